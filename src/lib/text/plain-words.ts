/**
 * The desk's working words, said in a reader's words. The records keep the newsroom's own
 * phrasing (the check and the desk's tests read it: a source section citing "the collected
 * leads" marks a figure known only through them); pages show what a reader can follow.
 * The methodology page's glossary explains the terms that remain ("research notes",
 * "archived page").
 */
const RULES: Array<[RegExp, string | ((match: string, ...groups: string[]) => string)]> = [
  [/\s*\(title not given in the leads\)/g, ' (our description: the original headline is not known)'],
  [/\s*\(carrying outlet not named in the leads\)/g, ' (the outlet that carried this is not known)'],
  [/\bcollected leads\b/g, 'research notes'],
  [/\b([Tt])he leads’/g, '$1he research notes’'],
  [/\b([Tt])he leads'/g, "$1he research notes'"],
  [/\b([Tt])he leads\b/g, '$1he research notes'],
  [/\b([Aa]) stored page\b/g, (_, a) => `${a === 'A' ? 'An' : 'an'} archived page`],
  [/\bstored page/g, 'archived page'],
  [/\bStored page/g, 'Archived page'],
  [/\bstored public page/g, 'archived public page'],
  [/\bStored public page/g, 'Archived public page'],
];

export function plainWords(text: string): string;
export function plainWords(text: string | undefined): string | undefined;
export function plainWords(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  return RULES.reduce((t, [pattern, replacement]) => t.replace(pattern, replacement as string), text);
}

/** The newsroom phrases plainWords() rewrites: what no page may show (the build test's list). */
export const NEWSROOM_PHRASES = [
  'title not given in the leads',
  'carrying outlet not named in the leads',
  'collected leads',
  'stored page',
  'the leads',
] as const;

type WithSections = { sources: Array<{ section?: string | undefined }> };

/**
 * Published records as pages and open data show them: the free-text fields a reader reads
 * (titles, outlets, notes, bases, sections, correction notes) in plain words. Ids, quotes,
 * dates and addresses are left exactly as recorded.
 */
export function plainRecords<
  R extends { data: { verification: { basis: string }; corrections: Array<{ note: string }> } },
  S extends { data: { title: string; outlet: string; notes?: string | undefined } },
  C extends { data: WithSections & { basis: string; statement: string; figure?: { method?: string | undefined } | undefined } },
  F extends { data: WithSections & { basis: string; statement: string } },
  E extends { data: { title: string; description?: string | undefined } },
>(records: { reports: R[]; sources: S[]; claims: C[]; findings: F[]; events: E[] }): { reports: R[]; sources: S[]; claims: C[]; findings: F[]; events: E[] } {
  const sections = <T extends WithSections>(d: T): T => ({ ...d, sources: d.sources.map((s) => (s.section ? { ...s, section: plainWords(s.section) } : s)) });
  return {
    reports: records.reports.map((r) => ({
      ...r,
      data: {
        ...r.data,
        verification: { ...r.data.verification, basis: plainWords(r.data.verification.basis) },
        corrections: r.data.corrections.map((c) => ({ ...c, note: plainWords(c.note) })),
      },
    })),
    sources: records.sources.map((s) => ({
      ...s,
      data: { ...s.data, title: plainWords(s.data.title), outlet: plainWords(s.data.outlet), notes: plainWords(s.data.notes) },
    })),
    claims: records.claims.map((c) => ({
      ...c,
      data: {
        ...sections(c.data),
        statement: plainWords(c.data.statement),
        basis: plainWords(c.data.basis),
        ...(c.data.figure ? { figure: { ...c.data.figure, method: plainWords(c.data.figure.method) } } : {}),
      },
    })),
    findings: records.findings.map((f) => ({ ...f, data: { ...sections(f.data), statement: plainWords(f.data.statement), basis: plainWords(f.data.basis) } })),
    events: records.events.map((e) => ({ ...e, data: { ...e.data, title: plainWords(e.data.title), description: plainWords(e.data.description) } })),
  };
}
