/**
 * Issue 14: content is code. The MDX rules read the tree the build compiles, and whatever
 * they pass compiles to nothing executable; files, text, URLs, CSV cells and charts are inert.
 */
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluate } from 'satteri';
import { describe, expect, it } from 'vitest';
import { analyseMdx, checkMdx } from '../../src/lib/content/rules/mdx/mdx-rules.ts';
import { MDX_FEATURES } from '../../src/lib/content/mdx-processor.ts';
import { EDITOR_FILE, listCollectionFiles } from '../../src/lib/content/read-files.ts';
import { parseLocatedYaml } from '../../src/lib/content/yaml.ts';
import { textProblems } from '../../src/lib/content/validate.ts';
import { httpUrl, isMixedScriptHost, textFault } from '../../src/schema/fields.ts';
import { claimSchema } from '../../src/schema/index.ts';
import { csvField, toCsv } from '../../src/lib/output/csv.ts';
import { buildChart, valueTicks } from '../../src/lib/views/figure-chart.ts';
import { ALLOWED_ELEMENTS } from '../../src/lib/content/rules/mdx/mdx-element.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const mdx = (body: string) => analyseMdx({ file: 'x.mdx', body, bodyLine: 1, absolutePath: `${ROOT}tests/fixtures/site/reports/x.mdx`, root: ROOT });
const rules = (body: string) => mdx(body).problems.map((p) => `${p.rule} ${p.field}`);

describe('the MDX rules read what GFM builds', () => {
  it.each([
    [
      'a backtick opened in one table cell and closed in the next',
      '| a | b |\n|---|---|\n| `x | <span title={process.env.HOME}>y</span> ` |',
      'mdx-expression <span title>',
    ],
    ['a www. autolink swallowing a backtick', 'www.example.org/`a <b title={process.env.HOME}>x</b> `', 'mdx-expression <b title>'],
    [
      '<meta http-equiv=refresh> through the table split',
      '| a | b |\n|---|---|\n| `x | <meta http-equiv="refresh" content="0;url=https://x.example/" /> ` |',
      'mdx-element <meta>',
    ],
    ['<Claim set:html>', '<Claim id="a" set:html="<b>x</b>" />', 'mdx-directive <Claim set:html>'],
    ['<span is:raw>', '<span is:raw="">x</span>', 'mdx-directive <span is:raw>'],
    ['define:vars', '<span define:vars="x">x</span>', 'mdx-directive <span define:vars>'],
    ['<Claim title="a>b">', '<Claim title="a>b" id="a" />', 'mdx-attribute <Claim title>'],
    ['a repeated id', '<Claim id="a" id="b" />', 'mdx-attribute <Claim id>'],
    ['a Claim without an id', '<Claim />', 'claim-id <Claim id>'],
    ['a malformed % escape in an image path', '![x](./a%zz.jpg)', 'image-path image'],
    ['an export', 'export const x = 1\n\nText', 'mdx-export export'],
    ['a link with a user name', '[BBC](https://bbc.com@evil.example/)', 'deceptive-url link'],
    ['a JSX link to a mixed-script host', '<a href="https://раypal.com/">PayPal</a>', 'deceptive-url <a href>'],
  ])('refuses %s', (_, body, expected) => {
    expect(rules(body)).toContain(expected);
  });

  it('reads placed claims from the tree, not from text that only looks like one', () => {
    const { claims, problems } = mdx(
      'One <Claim id="first" />, and `<Claim id="in-code" />` in code.\n\n| a | b |\n|---|---|\n| <Claim id="in-table" /> | x |',
    );
    expect(problems).toEqual([]);
    expect(claims.map((c) => c.id)).toEqual(['first', 'in-table']);
    expect(claims[1]!.line).toBe(5);
  });

  it('refuses an image that is a symbolic link, even to a real image', () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-'));
    writeFileSync(join(dir, '.payload.js'), 'throw 1');
    symlinkSync('.payload.js', join(dir, 'photo.jpg'));
    const problems = checkMdx({ file: 'x.mdx', body: '![x](./photo.jpg)', bodyLine: 1, absolutePath: join(dir, 'x.mdx'), root: ROOT });
    expect(problems.map((p) => p.message).join()).toContain('symbolic link');
    rmSync(dir, { recursive: true });
  });
});

/* A generative test: whatever the check passes compiles (with the build's own compiler) to elements from the allowlist, plain props, and no code that runs. */
const MARKDOWN_OUTPUT = [
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'a',
  'img',
  'ul',
  'ol',
  'li',
  'code',
  'pre',
  'em',
  'strong',
  'del',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'blockquote',
  'hr',
  'br',
  'input',
  'section',
  'sup',
];
const LIVE = 'globalThis.__colonyRan = true';
const FRAGMENTS = [
  'text',
  '*em*',
  '**strong**',
  '~~gone~~',
  '`code`',
  '`',
  '``',
  'www.example.org/`a',
  'https://example.org/x',
  '[l](https://example.org/)',
  '[l](javascript:alert(1))',
  '<span title="a>b">t</span>',
  '<span>',
  '</span>',
  `<b title={${LIVE}}>x</b>`,
  `{${LIVE}}`,
  '<meta http-equiv="refresh" content="0" />',
  '<script>{"x"}</script>',
  '<Claim id="c" />',
  '<Claim id="c" set:html="<i>x</i>" />',
  '<Claim id="c" title="a>b" />',
  '<i client:load="">x</i>',
  '<a href="https://example.org/" onclick="x()">a</a>',
  '| a | b |',
  '|---|---|',
  '| `x | y ` |',
  '- [ ] task',
  '> quote',
  '# heading',
  '\\<',
  '\\{',
  `export const x = (${LIVE})`,
  '&lt;b&gt;',
  '<',
];
const SEPARATORS = [' ', '\n', '\n\n', ' | '];

function compileAndRender(source: string): { types: string[]; props: Array<Record<string, unknown>> } {
  const types: string[] = [];
  const props: Array<Record<string, unknown>> = [];
  const record = (type: unknown, p: unknown) => {
    types.push(typeof type === 'function' ? type.name : String(type));
    props.push((p ?? {}) as Record<string, unknown>);
    return { type, props: p };
  };
  const Claim = function Claim() {
    return null;
  };
  const module = evaluate(source, { features: { ...MDX_FEATURES }, Fragment: Symbol.for('fragment'), jsx: record, jsxs: record }) as Record<string, unknown>;
  // The report page provides Claim the same way.
  (module.default as (p: unknown) => unknown)({ components: { Claim } });
  return { types, props };
}

describe('whatever the check passes is inert once compiled', () => {
  it('holds for random MDX made of GFM constructs, code spans, JSX and autolinks', () => {
    const allowed = new Set([...ALLOWED_ELEMENTS, ...MARKDOWN_OUTPUT, 'Claim', String(Symbol.for('fragment'))]);
    let passed = 0;
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...FRAGMENTS), fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 12 }), (parts) => {
        const source = parts.map(([f, s]) => f + s).join('');
        if (mdx(source).problems.length) return;
        passed++;
        delete (globalThis as Record<string, unknown>).__colonyRan;
        const { types, props } = compileAndRender(source);
        expect((globalThis as Record<string, unknown>).__colonyRan, source).toBeUndefined();
        for (const t of types) expect(allowed, `${t} in ${JSON.stringify(source)}`).toContain(t);
        for (const p of props) {
          for (const [name, value] of Object.entries(p)) {
            if (name === 'children') continue;
            expect(name, source).not.toMatch(/^on|:/i);
            expect(typeof value, `${name} in ${JSON.stringify(source)}`).not.toBe('function');
            if (name === 'href' && typeof value === 'string') expect(value, source).not.toMatch(/^\s*javascript:/i);
          }
        }
      }),
      { numRuns: 400, seed: 14 },
    );
    // The generator is useful only if it produces passing documents too.
    expect(passed).toBeGreaterThan(20);
  });
});

describe('a closed world', () => {
  const folder = () => {
    const root = mkdtempSync(join(tmpdir(), 'content-'));
    mkdirSync(join(root, 'reports'));
    return root;
  };
  it('ignores editor files and refuses other hidden files, links and non-slug report names', () => {
    const root = folder();
    const dir = join(root, 'reports');
    for (const name of ['.DS_Store', '.report.mdx.swp', '.#report.mdx', 'report.mdx~']) writeFileSync(join(dir, name), 'x');
    writeFileSync(join(dir, '.env'), 'SECRET=1');
    writeFileSync(join(dir, 'Andrei.mdx'), '');
    writeFileSync(join(dir, 'аndrei.mdx'), ''); // Cyrillic а
    writeFileSync(join(dir, `${'a'.repeat(101)}.mdx`), '');
    writeFileSync(join(dir, 'ok.mdx'), '');
    symlinkSync('/etc/hostname', join(dir, 'linked.jpg'));
    symlinkSync('nowhere.mdx', join(dir, 'dangling.mdx'));
    const problems: Parameters<typeof listCollectionFiles>[3] = [];
    const files = listCollectionFiles(root, root, 'reports', problems);
    expect(files.map((f) => f.slice(dir.length + 1))).toEqual(['ok.mdx']);
    const byFile = Object.fromEntries(problems.map((p) => [p.file.replace('reports/', ''), p.rule]));
    expect(byFile).toEqual({
      '.env': 'unexpected-file',
      'Andrei.mdx': 'file-name',
      'аndrei.mdx': 'file-name',
      [`${'a'.repeat(101)}.mdx`]: 'file-name',
      'linked.jpg': 'symlink',
      'dangling.mdx': 'symlink',
    });
    expect(EDITOR_FILE.test('.DS_Store')).toBe(true);
    rmSync(root, { recursive: true });
  });
});

describe('text that is text', () => {
  it.each([
    ['NUL', 'a\u0000b', 'U+0000'],
    ['ESC', 'a\u001b[31mb', 'U+001B'],
    ['a right-to-left override', 'evil\u202Etxt.exe', 'U+202E'],
    ['an isolate', 'a\u2066b', 'U+2066'],
    ['zero-width only', '\u200B\u200B', 'invisible'],
    ['a Hangul filler', '\u3164', 'invisible'],
  ])('refuses %s', (_, value, says) => {
    expect(textFault(value)).toContain(says);
  });
  it('accepts ordinary text in any script, with line breaks', () => {
    expect(textFault('Вагнер набирал заключённых\n— 2022')).toBeNull();
  });
  it('names the field, wherever it is', () => {
    const problems = textProblems({ claimant: { name: 'x\u202Ey' } }, { file: 'f.yaml', lineOf: () => 3 });
    expect(problems).toEqual([expect.objectContaining({ field: 'claimant.name', rule: 'text', line: 3 })]);
  });
  it('normalises URLs and refuses user names and mixed-script hosts', () => {
    expect(httpUrl.parse('https://Президент.рф/x y')).toBe('https://xn--d1abbgf6aiiy.xn--p1ai/x%20y');
    expect(httpUrl.safeParse('https://bbc.com@evil.example/').success).toBe(false);
    expect(httpUrl.safeParse('https://раypal.com/').success).toBe(false);
    expect(isMixedScriptHost('xn--pypal-4ve.com')).toBe(true);
    expect(isMixedScriptHost('example.org')).toBe(false);
  });
  it('bounds figures and dates', () => {
    const base = {
      id: 'x',
      statement: 'S.',
      claimant: { name: 'X', identification: 'institution', kind: 'outlet' },
      date: '2022',
      sources: [{ id: 's' }],
      status: 'reported',
      basis: 'B.',
    };
    const figure = (value: number) => ({ ...base, figure: { value, unit: 'u', measure: 'other', kind: 'count', asOf: '2022' } });
    expect(claimSchema.safeParse(figure(1e308)).success).toBe(false);
    expect(claimSchema.safeParse(figure(Infinity)).success).toBe(false);
    expect(claimSchema.safeParse(figure(50_000)).success).toBe(true);
    expect(claimSchema.safeParse({ ...base, date: '0001' }).success).toBe(false);
    expect(claimSchema.safeParse({ ...base, date: '9999-12-31' }).success).toBe(false);
  });
});

describe('every problem a problem', () => {
  it('refuses an alias bomb without expanding it', () => {
    const bomb =
      'a: &a [x,x,x,x,x,x,x,x,x]\n' +
      'bcdefghi'
        .split('')
        .map((c, i) => `${c}: &${c} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`)
        .join('\n');
    expect(parseLocatedYaml(bomb).errors).toEqual([expect.objectContaining({ rule: 'yaml-alias' })]);
  });
  it('refuses deep nesting with a sentence, not a stack overflow', () => {
    const deep = parseLocatedYaml(`x: ${'['.repeat(20000)}${']'.repeat(20000)}`);
    expect(deep.errors[0]?.rule).toBe('yaml-depth');
    expect(parseLocatedYaml(`x: ${'['.repeat(40)}${']'.repeat(40)}`).errors[0]?.message).toContain('nesting');
  });
});

describe('open data a spreadsheet cannot run', () => {
  it.each(['=HYPERLINK("https://x.example/","click")', '+1+1', '-1+1', '@SUM(A1)', '\tx', '\rx'])('neutralises %j', (cell) => {
    const out = csvField(cell);
    expect(out.startsWith(`"'`)).toBe(true);
    expect(out.slice(2, -1).replaceAll('""', '"')).toBe(cell);
  });
  it('leaves ordinary text and numbers alone', () => {
    expect(toCsv(['a', 'b'], [['Wagner, 2022', 50000]])).toBe('a,b\r\n"Wagner, 2022",50000\r\n');
  });
});

describe('a chart that cannot loop or balloon', () => {
  it('keeps ticks few for any maximum', () => {
    for (const max of [Infinity, NaN, -1, 1e308, Number.MAX_VALUE]) expect(valueTicks(max).length).toBeLessThanOrEqual(13);
  });
  it('keeps year lines few for any span', () => {
    const chart = buildChart([
      { claimId: 'a', seriesKey: 's', seriesLabel: 'S', date: '0001', value: 1, label: 'a' },
      { claimId: 'b', seriesKey: 's', seriesLabel: 'S', date: '9999', value: 1e308, label: 'b' },
    ]);
    expect(chart.yearLines.length).toBeLessThanOrEqual(32);
    expect(chart.yTicks.length).toBeLessThanOrEqual(13);
  });
});

describe('images are images', () => {
  it('refuses a .jpg that holds something else, so its text never reaches the build log', () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-'));
    writeFileSync(join(dir, 'notes.jpg'), 'SECRET=hunter2\n');
    const problems = checkMdx({ file: 'x.mdx', body: '![x](./notes.jpg)', bodyLine: 1, absolutePath: join(dir, 'x.mdx'), root: ROOT });
    expect(problems.map((p) => p.rule)).toEqual(['image-format']);
    expect(JSON.stringify(problems)).not.toContain('hunter2');
    rmSync(dir, { recursive: true });
  });
  it('accepts the fixture photo', () => {
    expect(rules('![x](./fixture-gate.jpg)')).toEqual([]);
  });
});
