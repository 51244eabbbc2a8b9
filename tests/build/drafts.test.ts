/**
 * Drafts are not in the build at all: not their pages, and not the photos they show (which
 * Astro would otherwise copy to dist/_astro/, camera metadata and all).
 */
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../scripts/support/astro-run.ts';
import { FIXTURE_CONTENT, OUTPUT } from '../support/paths.ts';

const content = join(OUTPUT, 'drafts', 'content');
const dist = join(OUTPUT, 'drafts', 'dist');
let photo: Buffer;
let build: Awaited<ReturnType<typeof buildSite>>;

beforeAll(async () => {
  rmSync(join(OUTPUT, 'drafts'), { recursive: true, force: true });
  cpSync(FIXTURE_CONTENT, content, { recursive: true });
  photo = await sharp({ create: { width: 40, height: 30, channels: 3, background: { r: 201, g: 14, b: 77 } } })
    .withMetadata({ exif: { IFD0: { Copyright: 'draft-camera-serial-0014' } } })
    .png()
    .toBuffer();
  writeFileSync(join(content, 'reports', 'draft-secret-photo.png'), photo);
  writeFileSync(
    join(content, 'reports', 'unpublished-photo-report.mdx'),
    [
      '---',
      'title: An unpublished report with a photo',
      'summary: Not ready.',
      'published: 2024-02-03',
      'sources: [fixture-original]',
      'verification: { status: reported, basis: One source. }',
      'draft: true',
      '---',
      '',
      '![A secret photo](./draft-secret-photo.png)',
      '',
    ].join('\n'),
  );
  build = await buildSite({ contentDir: content, outDir: dist });
}, 600_000);

describe('a draft report with a photo', () => {
  it('builds', () => {
    expect(build.code, build.output).toBe(0);
  });

  it('has no page', () => {
    expect(readdirSync(join(dist, 'reports'))).not.toContain('unpublished-photo-report');
  });

  it('leaves its photo out of dist/, in any form', () => {
    const files = readdirSync(dist, { recursive: true, withFileTypes: true }).filter((f) => f.isFile());
    expect(files.map((f) => f.name).filter((n) => n.startsWith('draft-secret-photo'))).toEqual([]);
    for (const f of files) {
      const bytes = readFileSync(join(f.parentPath, f.name));
      expect(bytes.includes(photo), f.name).toBe(false);
      expect(bytes.includes('draft-camera-serial-0014'), f.name).toBe(false);
    }
  });
});
