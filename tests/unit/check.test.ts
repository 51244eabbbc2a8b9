/** The content check over the valid fixture and the project's own content. */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import { checkMdx } from '../../src/lib/content/rules/mdx/mdx-rules.ts';
import { formatProblem, nearest } from '../../src/lib/content/problem.ts';
import { FIXTURE_CONTENT, ROOT } from '../support/paths.ts';
import { isUnsafeUrl } from '../../src/lib/content/rules/mdx/unsafe-url.ts';

describe('content check', () => {
  it('passes the valid fixture and counts every record', () => {
    const { problems, counts } = checkContent({ root: ROOT, contentDir: FIXTURE_CONTENT });
    expect(problems).toEqual([]);
    expect(counts).toEqual({ reports: 4, translations: 1, sources: 10, claims: 17, findings: 1, events: 5, entities: 6 });
  });
  it("passes the project's own content", () => {
    const { problems } = checkContent({ root: ROOT });
    expect(problems.map(formatProblem)).toEqual([]);
  });
});

describe('MDX safety rules', () => {
  const check = (body: string) => checkMdx({ file: 'x.mdx', body, bodyLine: 10, absolutePath: `${ROOT}content/reports/x.mdx`, root: ROOT });
  it('allows prose, links and claims', () => {
    expect(check('Text [a](https://example.org) and [b](/claims/) <Claim id="x">c</Claim>.\n\n> A quote.')).toEqual([]);
  });
  it('treats obfuscated schemes as unsafe', () => {
    expect(isUnsafeUrl('java\tscript:alert(1)')).toBe(true);
    expect(isUnsafeUrl(' JAVASCRIPT:alert(1)')).toBe(true);
    expect(isUnsafeUrl('vbscript:x')).toBe(true);
    expect(isUnsafeUrl('mailto:desk@example.org')).toBe(false);
    expect(isUnsafeUrl('#claim-a')).toBe(false);
  });
  it('reports lines in the file, not in the body', () => {
    const [p] = check('\n\n<script>x</script>');
    expect(p?.line).toBe(12);
  });
  it('refuses imports from outside the content components, even relative ones', () => {
    expect(check("import x from '../../src/lib/routing/url.ts'\n\nText")[0]?.rule).toBe('mdx-import');
    expect(check("import Claim from '../../src/components/content/Claim.astro'\n\nText")).toEqual([]);
  });
  it('refuses expression attributes and spreads', () => {
    expect(check('<Claim id={process.env.X} />').map((p) => p.rule)).toContain('mdx-expression');
    expect(check('<Claim {...props} />').map((p) => p.rule)).toContain('mdx-expression');
  });
});

describe('hints', () => {
  it('suggests the nearest ids for a typo', () => {
    expect(nearest('cnn-2022-prison-recruitmnet', ['cnn-2022-prison-recruitment', 'insider-2024', 'bbc'])).toEqual(['cnn-2022-prison-recruitment']);
  });
});
