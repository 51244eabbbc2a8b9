/** The fast YAML reader must mean the same as the located one it stands in for. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLocatedYaml, parseLocatedYamlDocument } from '../../src/lib/content/yaml.ts';
import { files } from '../../scripts/bench/measure.ts';
import { BAD_FIXTURES, FIXTURE_CONTENT } from '../support/paths.ts';

const yamlFiles = [...files(FIXTURE_CONTENT), ...files(BAD_FIXTURES)].filter((f) => /\.ya?ml$/.test(f));

describe('parseLocatedYaml', () => {
  it.each(yamlFiles)('reads %s as the located reader does', (file) => {
    const text = readFileSync(file, 'utf8');
    const fast = parseLocatedYaml(text);
    const exact = parseLocatedYamlDocument(text);
    expect(fast.errors.length > 0).toBe(exact.errors.length > 0);
    expect(fast.value).toEqual(exact.value);
  });

  it('keeps dates, "false" and numbers as the core schema reads them', () => {
    const { value } = parseLocatedYaml('date: 2024-02-30\nstatus: false\nn: 0x10\nempty:\n');
    expect(value).toEqual({ date: '2024-02-30', status: false, n: 16, empty: null });
  });

  it('refuses duplicate keys, naming the line', () => {
    const { errors } = parseLocatedYaml('id: a\ntitle: x\nid: b\n');
    expect(errors[0]?.line).toBe(3);
  });

  it('finds lines on demand for a valid file', () => {
    const y = parseLocatedYaml('- id: a\n  sources:\n    - id: s1\n    - id: s2\n', 1);
    expect(y.lineOf([0, 'sources', 1, 'id'])).toBe(5);
  });
});
