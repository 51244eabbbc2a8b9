/**
 * `npm run new` from the editor's side: what it writes passes `npm run check` and builds, a
 * draft stays unpublished until its placeholders are filled, and without a terminal missing
 * flags fail clearly.
 */
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, checkCli, run } from '../../scripts/support/astro-run.ts';
import { FIXTURE_CONTENT, OUTPUT, ROOT } from '../support/paths.ts';

const content = join(OUTPUT, 'new', 'content');
const dist = join(OUTPUT, 'new', 'dist');
const newCli = (...args: string[]) => run([join(ROOT, 'scripts/new.ts'), ...args], { CONTENT_DIR: content });

describe('npm run new', () => {
  beforeAll(() => {
    rmSync(join(OUTPUT, 'new'), { recursive: true, force: true });
    cpSync(FIXTURE_CONTENT, content, { recursive: true });
    writeFileSync(
      join(content, 'sources/sources.yaml'),
      `# Fixture sources: this comment must survive.\n${readFileSync(join(content, 'sources/sources.yaml'), 'utf8')}`,
    );
  });

  it('fails clearly without a terminal when required flags are missing, writing nothing', async () => {
    const before = readFileSync(join(content, 'sources/sources.yaml'), 'utf8');
    const result = await newCli('source', '--outlet', 'Mediazona');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('missing --title, --published, --kind for a source; stdin is not a terminal');
    expect(readFileSync(join(content, 'sources/sources.yaml'), 'utf8')).toBe(before);
  });

  it('refuses unknown ids with the nearest ones, writing nothing', async () => {
    const result = await newCli('claim', '--statement', 'S', '--source', 'fixture-orignal', '--status', 'reported');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('found "fixture-orignal" (nearest: fixture-original');
    expect(existsSync(join(content, 'claims/claims.yaml'))).toBe(true);
  });

  it('writes a source, claims and a report that pass the check', async () => {
    const source = await newCli(
      'source',
      '--outlet',
      'Медиазона',
      '--title',
      'Как вербуют заключённых',
      '--published',
      '2024-06-17',
      '--kind',
      'original-reporting',
      '--url',
      'https://example.org/a',
    );
    expect(source.code, source.output).toBe(0);
    expect(source.stdout).toMatch(/wrote source "mediazona-2024-kak-verbuyut-zaklyuchyonnykh" to .*sources\/sources\.yaml:\d+/);
    const sources = readFileSync(join(content, 'sources/sources.yaml'), 'utf8');
    expect(sources.startsWith('# Fixture sources: this comment must survive.\n- id: fixture-original')).toBe(true);

    const claim = await newCli(
      'claim',
      '--statement',
      'Recruiters promised a pardon.',
      '--source',
      'mediazona-2024-kak-verbuyut-zaklyuchyonnykh',
      '--status',
      'reported',
      '--basis',
      'One outlet reports it.',
      '--file',
      'claims/new.yaml',
    );
    expect(claim.code, claim.output).toBe(0);
    expect(claim.stdout).toMatch(/wrote claim "recruiters-promised-a-pardon" to .*claims\/new\.yaml:1/);
    // The same statement again gets a suffixed id.
    const again = await newCli(
      'claim',
      '--statement',
      'Recruiters promised a pardon.',
      '--source',
      'fixture-original',
      '--status',
      'claimed',
      '--claimant',
      'Ministry of Lakeside Affairs',
      '--identification',
      'institution',
      '--kind',
      'party-to-war',
      '--file',
      'claims/new.yaml',
    );
    expect(again.stdout).toContain('"recruiters-promised-a-pardon-2" (a draft)');

    const report = await newCli(
      'report',
      '--title',
      'How the colonies recruit',
      '--sources',
      'mediazona-2024-kak-verbuyut-zaklyuchyonnykh,fixture-original',
      '--claims',
      'recruiters-promised-a-pardon',
    );
    expect(report.code, report.output).toBe(0);
    expect(report.stdout).toMatch(/wrote report "how-the-colonies-recruit" \(a draft\) to .*reports\/how-the-colonies-recruit\.mdx:1/);

    const check = await checkCli(content);
    expect(check.code, check.output).toBe(0);
  });

  it('refuses to publish the report with its placeholders, and builds it once they are filled', async () => {
    const file = join(content, 'reports/how-the-colonies-recruit.mdx');
    const draft = readFileSync(file, 'utf8');
    writeFileSync(file, draft.replace('draft: true\n', ''));
    const refused = await checkCli(content);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/how-the-colonies-recruit\.mdx:3 {2}summary {2}expected real text in a published record/);
    expect(refused.stderr).toContain('  body  ');

    writeFileSync(
      file,
      draft
        .replace('draft: true\n', '')
        .replace(/"TODO: one or two[^"]*"/, 'How colonies recruit, from one outlet.')
        .replace(/"TODO: why this status[^"]*"/, 'One outlet.')
        .replace(/TODO: write the report here.*\n/, 'Recruiters <Claim id="recruiters-promised-a-pardon">promised a pardon</Claim>.\n'),
    );
    expect((await checkCli(content)).code).toBe(0);
    const built = await buildSite({ contentDir: content, outDir: dist });
    expect(built.code, built.output).toBe(0);
    expect(readFileSync(join(dist, 'reports/how-the-colonies-recruit/index.html'), 'utf8')).toContain('How the colonies recruit');
    expect(existsSync(join(dist, 'sources/mediazona-2024-kak-verbuyut-zaklyuchyonnykh/index.html'))).toBe(true);
    expect(existsSync(join(dist, 'claims/recruiters-promised-a-pardon/index.html'))).toBe(true);
    // The claim left as a draft is not published.
    expect(existsSync(join(dist, 'claims/recruiters-promised-a-pardon-2/index.html'))).toBe(false);
  });
});
