/** `npm run new -- entity`: what it writes passes `npm run check`; a wrong spelling without its source is refused. */
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkCli, run } from '../../scripts/support/astro-run.ts';
import { FIXTURE_CONTENT, OUTPUT, ROOT } from '../support/paths.ts';

const content = join(OUTPUT, 'new-entity', 'content');
const newCli = (...args: string[]) => run([join(ROOT, 'scripts/new.ts'), ...args], { CONTENT_DIR: content });

describe('npm run new -- entity', () => {
  beforeAll(() => {
    rmSync(join(OUTPUT, 'new-entity'), { recursive: true, force: true });
    cpSync(FIXTURE_CONTENT, content, { recursive: true });
  });

  it('writes an entity with its Cyrillic and wrong spellings that passes the check', async () => {
    const result = await newCli(
      'entity',
      '--name',
      'Saltmarsh ferry',
      '--kind',
      'place',
      '--description',
      'Ferry that carried inmates towards the front.',
      '--source',
      'fixture-river-radio',
      '--alias',
      'Солончаковый паром',
      '--wrong',
      'Saltmash@fixture-river-radio',
      '--part-of',
      'ostrogorsk',
      '--file',
      'entities/transport.yaml',
    );
    expect(result.code, result.output).toBe(0);
    expect(result.stdout).toContain('wrote entity "saltmarsh-ferry" to');
    const [record] = load(readFileSync(join(content, 'entities/transport.yaml'), 'utf8')) as Array<Record<string, unknown>>;
    expect(record).toEqual({
      id: 'saltmarsh-ferry',
      name: 'Saltmarsh ferry',
      kind: 'place',
      description: 'Ferry that carried inmates towards the front.',
      names: [
        { name: 'Солончаковый паром', script: 'cyrillic', language: 'ru' },
        { name: 'Saltmash', script: 'latin', language: 'en', wrong: true, source: 'fixture-river-radio' },
      ],
      sources: ['fixture-river-radio'],
      partOf: 'ostrogorsk',
    });
    const check = await checkCli(content);
    expect(check.code, check.output).toBe(0);
  });

  it('refuses a wrong spelling without its source, and a name another entity has', async () => {
    const wrong = await newCli(
      'entity',
      '--name',
      'Lakeside colony',
      '--kind',
      'institution',
      '--description',
      'd',
      '--source',
      'fixture-original',
      '--wrong',
      'Lakesyde',
    );
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('--wrong: expected "spelling@source-id"');
    const taken = await newCli(
      'entity',
      '--name',
      'Vorkhovo camp',
      '--kind',
      'place',
      '--description',
      'd',
      '--source',
      'fixture-original',
      '--alias',
      'ВОРХОВО',
      '--file',
      'entities/dup.yaml',
    );
    expect(taken.code).toBe(1);
    expect(taken.stderr).toContain('"ВОРХОВО" is already a name of the entity "vorkhovo-transit-camp"');
    expect(existsSync(join(content, 'entities/dup.yaml'))).toBe(false);
  });
});
