/** The pure half of `npm run new`: ids, records, YAML appends and the placeholder rule. */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { claimSchema, sourceSchema } from '../../src/schema/index.ts';
import { buildClaim, buildReport, buildSource, guessLanguage, makeSlug, ScaffoldError, uniqueId } from '../../src/lib/editor/scaffold.ts';
import { appendYamlRecord } from '../../src/lib/editor/yaml-append.ts';
import { checkPlaceholders, placeholderPaths } from '../../src/lib/content/placeholders.ts';
import { readReport } from '../../src/lib/content/read-files.ts';

const reasonsOf = (fn: () => unknown): string[] => {
  try {
    fn();
  } catch (error) {
    if (error instanceof ScaffoldError) return error.reasons;
    throw error;
  }
  throw new Error('expected a ScaffoldError');
};

describe('makeSlug', () => {
  it('makes URL-safe ids from titles, transliterating Cyrillic and accents', () => {
    expect(makeSlug('Russia’s prisons: “Wagner” & the colonies — 2024')).toBe('russias-prisons-wagner-and-the-colonies-2024');
    expect(makeSlug('Как вербуют заключённых')).toBe('kak-verbuyut-zaklyuchyonnykh');
    expect(makeSlug('Ça va, Zürich?')).toBe('ca-va-zuerich');
  });
  it('cuts long ids at a word boundary', () => {
    const id = makeSlug('word '.repeat(40), 20);
    expect(id).toBe('word-word-word-word');
    expect(makeSlug('a'.repeat(80), 20)).toHaveLength(20);
  });
});

describe('uniqueId', () => {
  it('keeps a free id and suffixes a taken one', () => {
    expect(uniqueId('cnn-2022', new Set())).toBe('cnn-2022');
    expect(uniqueId('cnn-2022', new Set(['cnn-2022', 'cnn-2022-2']))).toBe('cnn-2022-3');
  });
});

describe('buildSource', () => {
  const existing = { sourceIds: new Set(['mediazona-2024-recruitment']) };
  it('builds a valid record with a unique id from outlet, year and title', () => {
    const { id, record } = buildSource({ outlet: 'Mediazona', title: 'Recruitment', published: '2024-06-17', kind: 'original-reporting' }, existing);
    expect(id).toBe('mediazona-2024-recruitment-2');
    expect(record).toEqual({ id, outlet: 'Mediazona', title: 'Recruitment', published: '2024-06-17', language: 'en', kind: 'original-reporting' });
    expect(sourceSchema.safeParse(record).success).toBe(true);
  });
  it('guesses Russian for a Cyrillic title', () => {
    expect(guessLanguage('Как вербуют')).toBe('ru');
    expect(guessLanguage('How they recruit')).toBe('en');
  });
  it('refuses what the schema refuses, naming the field', () => {
    const reasons = reasonsOf(() => buildSource({ outlet: 'X', title: 'Y', published: '17/06/2024', kind: 'blog' }, existing));
    expect(reasons.join('\n')).toMatch(/published: .*17\/06\/2024/);
    expect(reasons.join('\n')).toMatch(/kind: expected one of the source kinds/);
  });
  it('refuses an explicit id that is taken, offering a free one', () => {
    expect(
      reasonsOf(() => buildSource({ id: 'mediazona-2024-recruitment', outlet: 'X', title: 'Y', published: '2024', kind: 'research' }, existing))[0],
    ).toContain('mediazona-2024-recruitment-2');
  });
});

describe('buildClaim', () => {
  const existing = {
    claimIds: new Set<string>(),
    sources: new Map([
      ['cnn-2022', { outlet: 'CNN', published: '2022-08-10' }],
      ['undated-copy', { outlet: 'Copy', published: 'undated' }],
    ]),
  };
  it('defaults the date and claimant from the first source, and stays a draft without a basis', () => {
    const { record, defaults } = buildClaim({ statement: 'A pardon was promised.', sources: ['cnn-2022'], status: 'reported' }, existing);
    expect(record).toMatchObject({ id: 'a-pardon-was-promised', date: '2022-08-10', claimant: { name: 'CNN', identification: 'institution' }, draft: true });
    expect(String(record.basis)).toMatch(/^TODO:/);
    expect(defaults).toHaveLength(2);
    expect(claimSchema.safeParse(record).success).toBe(true);
  });
  it('is not a draft when the basis is given', () => {
    const { record } = buildClaim(
      {
        statement: 'S',
        sources: ['cnn-2022'],
        status: 'reported',
        basis: 'One outlet.',
        claimant: 'Anna',
        identification: 'changed-name',
        identityNote: 'Name changed by CNN',
        kind: 'relative',
      },
      existing,
    );
    expect(record.draft).toBeUndefined();
    expect(record.claimant).toEqual({ name: 'Anna', identification: 'changed-name', identityNote: 'Name changed by CNN', kind: 'relative' });
  });
  it('asks who a named claimant is, since the kind decides "claimed" or "reported"', () => {
    expect(() =>
      buildClaim(
        {
          statement: 'S',
          sources: ['cnn-2022'],
          status: 'reported',
          basis: 'B.',
          claimant: 'Anna',
          identification: 'changed-name',
          identityNote: 'Name changed by CNN',
        },
        existing,
      ),
    ).toThrow(/--kind: expected who the claimant is/);
    const { record } = buildClaim({ statement: 'A pardon was promised.', sources: ['cnn-2022'], status: 'reported' }, existing);
    expect(record.claimant).toMatchObject({ name: 'CNN', kind: 'outlet' });
    // An outlet's own report is never "claimed": the table of claimant kinds decides.
    expect(() => buildClaim({ statement: 'S', sources: ['cnn-2022'], status: 'claimed' }, existing)).toThrow(
      /status: expected one of reported, .* for a claim by a claimant of kind "outlet", found "claimed"/,
    );
  });
  it('reports every mistake at once, with the nearest source ids', () => {
    const reasons = reasonsOf(() => buildClaim({ statement: 'S', sources: ['cnn-2021'], status: 'probable', identification: 'secret' }, existing));
    expect(reasons).toHaveLength(3);
    expect(reasons[0]).toContain('nearest: cnn-2022');
    expect(reasons[1]).toContain('probable');
    expect(reasons[2]).toContain('secret');
  });
  it('asks for a date when the source is undated', () => {
    expect(reasonsOf(() => buildClaim({ statement: 'S', sources: ['undated-copy'], status: 'reported' }, existing))[0]).toMatch(/^--date/);
  });
});

describe('buildReport', () => {
  const existing = { reportIds: new Set(['how-they-recruit']), sourceIds: new Set(['cnn-2022']), claimIds: new Set(['a-claim']) };
  it('writes a draft MDX file whose frontmatter the check reads back', () => {
    const { id, text } = buildReport({ title: 'How they recruit', sources: ['cnn-2022'], claims: ['a-claim'] }, existing, '2024-07-01');
    expect(id).toBe('how-they-recruit-2');
    const problems: never[] = [];
    const dir = mkdtempSync(join(tmpdir(), 'report-'));
    writeFileSync(`${dir}/${id}.mdx`, text);
    const article = readReport(dir, `${dir}/${id}.mdx`, problems);
    expect(problems).toEqual([]);
    // Read as Astro reads frontmatter: an unquoted date is a Date, which the schema accepts.
    expect(article?.data).toMatchObject({
      title: 'How they recruit',
      published: new Date('2024-07-01'),
      sources: ['cnn-2022'],
      claims: ['a-claim'],
      verification: { status: 'reported' },
      draft: true,
    });
    expect(article?.body).toMatch(/^\s*TODO:/);
  });
  it('refuses unknown sources and claims', () => {
    const reasons = reasonsOf(() => buildReport({ title: 'T', sources: ['cnn-2023'], claims: ['b-claim'] }, existing, '2024-07-01'));
    expect(reasons).toEqual([expect.stringContaining('nearest: cnn-2022'), expect.stringContaining('nearest: a-claim')]);
  });
});

describe('appendYamlRecord', () => {
  const record = { id: 'new-one', title: 'T: with a colon', published: '2024-06-17' };
  it('keeps every existing byte, comments and blank lines included, and adds a blank line when items are spaced', () => {
    const before = '# Sources from 2022.\n- id: a # first\n  title: A\n\n- id: b\n  notes: >-\n    folded text\n    on two lines\n';
    const { text, line } = appendYamlRecord(before, record);
    expect(text.startsWith(before)).toBe(true);
    expect(text.split('\n')[line - 1]).toBe('- id: new-one');
    expect(text.split('\n')[line - 2]).toBe('');
    expect(parseDocument(text).toJS()).toEqual([{ id: 'a', title: 'A' }, { id: 'b', notes: 'folded text on two lines' }, record]);
  });
  it('creates a list in a new or comment-only file', () => {
    expect(appendYamlRecord(null, record).text).toBe('- id: new-one\n  title: "T: with a colon"\n  published: 2024-06-17\n');
    expect(appendYamlRecord('# header', record).text.startsWith('# header\n- id: new-one')).toBe(true);
  });
  it('turns a single-record file into a list, keeping its comment at the top', () => {
    const { text } = appendYamlRecord('# header\nid: a\ntitle: A # note\n', record);
    expect(text.startsWith('# header\n')).toBe(true);
    expect(text).toContain('# note');
    expect(parseDocument(text).toJS()).toEqual([{ id: 'a', title: 'A' }, record]);
  });
  it('refuses a file with YAML errors', () => {
    expect(() => appendYamlRecord('- id: [unclosed\n', record)).toThrow(/YAML errors/);
  });
});

describe('placeholders', () => {
  const lineOf = () => 3;
  it('finds placeholders at any depth', () => {
    expect(placeholderPaths({ a: 'x', b: { c: ['TODO: y'] } })).toEqual([['b', 'c', 0]]);
  });
  it('refuses them in published records and reports bodies, not in drafts', () => {
    const published = checkPlaceholders([{ file: 'a.mdx', data: { summary: 'TODO: s' }, lineOf, body: 'Text\nTODO: write', bodyLine: 10 }]);
    expect(published.map((p) => [p.field, p.line])).toEqual([
      ['summary', 3],
      ['body', 11],
    ]);
    expect(checkPlaceholders([{ file: 'a.mdx', data: { summary: 'TODO: s', draft: true }, lineOf, body: 'TODO: write', bodyLine: 10 }])).toEqual([]);
  });
});
