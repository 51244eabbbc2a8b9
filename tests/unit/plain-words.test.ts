import { describe, expect, it } from 'vitest';
import { NEWSROOM_PHRASES, plainRecords, plainWords } from '../../src/lib/text/plain-words.ts';

describe('plainWords', () => {
  it('says the newsroom’s placeholders in a reader’s words', () => {
    expect(plainWords("Olga Romanova's October 2022 estimate (title not given in the leads)")).toBe(
      "Olga Romanova's October 2022 estimate (our description: the original headline is not known)",
    );
    expect(plainWords('Judith Pallot (carrying outlet not named in the leads)')).toBe('Judith Pallot (the outlet that carried this is not known)');
  });

  it('names the leads and the stored pages as research notes and archived pages, keeping capitals and articles right', () => {
    expect(plainWords("Known only from the project's collected leads, which say so.")).toBe("Known only from the project's research notes, which say so.");
    expect(plainWords('The leads give no date; the leads’ source is unclear.')).toBe('The research notes give no date; the research notes’ source is unclear.');
    expect(plainWords('Found among the stored pages. A stored page shows it; read in a stored page.')).toBe(
      'Found among the archived pages. An archived page shows it; read in an archived page.',
    );
    expect(plainWords('Stored public pages that carry figures')).toBe('Archived public pages that carry figures');
  });

  it('leaves words that only look alike, and undefined, alone', () => {
    expect(plainWords('This misleads readers; it leads to the colony.')).toBe('This misleads readers; it leads to the colony.');
    expect(plainWords(undefined)).toBeUndefined();
  });

  it('leaves none of the listed phrases behind', () => {
    const text = "(title not given in the leads) (carrying outlet not named in the leads) the project's collected leads, the stored pages, the leads";
    const out = plainWords(text).toLowerCase();
    for (const phrase of NEWSROOM_PHRASES) expect(out).not.toContain(phrase);
  });
});

describe('plainRecords', () => {
  it('rewrites what a reader reads and keeps ids, quotes and the rest as recorded', () => {
    const out = plainRecords({
      reports: [
        {
          id: 'r',
          data: { verification: { basis: 'Most known through the leads.' }, corrections: [{ date: '2026-11-27', note: 'Read in the stored page.' }] },
        },
      ],
      sources: [
        {
          id: 's',
          data: { title: 'Figures (title not given in the leads)', outlet: 'Judith Pallot (carrying outlet not named in the leads)', notes: undefined },
        },
      ],
      claims: [
        {
          id: 'c',
          data: {
            statement: 'A figure the leads date to 2023.',
            figure: { method: 'Not detailed in the leads.' },
            basis: 'From the leads.',
            sources: [{ id: 's', section: "as summarised in the project's collected leads", quote: 'the leads' }, { id: 't' }],
          },
        },
      ],
      findings: [],
      events: [{ id: 'e', data: { title: 'Kirby speaks', description: 'The leads place it in January.' } }],
    });
    expect(out.events[0]!.data).toEqual({ title: 'Kirby speaks', description: 'The research notes place it in January.' });
    expect(out.reports[0]!.data.verification.basis).toBe('Most known through the research notes.');
    expect(out.reports[0]!.data.corrections[0]).toEqual({ date: '2026-11-27', note: 'Read in the archived page.' });
    expect(out.sources[0]!.data).toEqual({
      title: 'Figures (our description: the original headline is not known)',
      outlet: 'Judith Pallot (the outlet that carried this is not known)',
      notes: undefined,
    });
    expect(out.claims[0]!.data.sources).toEqual([{ id: 's', section: "as summarised in the project's research notes", quote: 'the leads' }, { id: 't' }]);
    expect(out.claims[0]!.data.basis).toBe('From the research notes.');
    expect(out.claims[0]!.data.statement).toBe('A figure the research notes date to 2023.');
    expect(out.claims[0]!.data.figure).toEqual({ method: 'Not detailed in the research notes.' });
  });
});
