/**
 * What a report shows around its text for a reader finding their way: its length in words and
 * minutes, a contents list from its headings, and the dates its card gives.
 */
import type { Report } from '../../schema/index.ts';
import type { Entry } from '../site-index/build.ts';
import { formatDate, plural } from '../text/format.ts';

/** Words a reader reads at an ordinary pace; the same rate as before, now over prose alone. */
const WORDS_PER_MINUTE = 230;

/**
 * The words of an MDX body as a reader sees them: no import or export lines, no comments,
 * no tags (a claim's own words inside <Claim> stay), no link targets, no markdown markers.
 */
export function proseWords(mdx: string): number {
  const text = mdx
    .replace(/^(?:import|export)\s.*$/gm, ' ')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(?:#{1,6}|[-*+]|\d+[.)]|>)\s+/gm, ' ')
    .replace(/[*_`~|]+/g, ' ');
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

export interface ReadingLength {
  words: number;
  minutes: number;
  /** "2,662 words, 12 min read" */
  text: string;
}

export function readingLength(mdx: string): ReadingLength {
  const words = proseWords(mdx);
  const minutes = Math.max(1, Math.round(words / WORDS_PER_MINUTE));
  return { words, minutes, text: `${plural(words, 'word')}, ${minutes} min read` };
}

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface ContentsEntry {
  href: string;
  text: string;
  children: Array<{ href: string; text: string }>;
}

/**
 * The report's sections (h2) with their subsections (h3), in order. A subsection before any
 * section is a section of its own; deeper headings are left out.
 */
export function contentsList(headings: readonly Heading[]): ContentsEntry[] {
  const entries: ContentsEntry[] = [];
  for (const h of headings) {
    const item = { href: `#${h.slug}`, text: h.text };
    if (h.depth === 2 || (h.depth === 3 && entries.length === 0)) entries.push({ ...item, children: [] });
    else if (h.depth === 3) entries[entries.length - 1]!.children.push(item);
  }
  return entries;
}

export interface ReportCardDates {
  published: { value: string; text: string };
  /** The last update, when it is later than first publication. */
  updated: { value: string; text: string } | null;
  /** "3 corrections", or null. */
  corrections: string | null;
  /** "2,662 words, 12 min read" */
  reading: string;
  /** The same length as numbers, for a page that words it in its own language. */
  words: number;
  minutes: number;
}

/** A report card's dates: every report's own, not only the first-publication date they may share. */
export function reportCardDates(report: Entry<Pick<Report, 'published' | 'updated' | 'corrections'>> & { body?: string | undefined }): ReportCardDates {
  const d = report.data;
  const latest = [d.updated ?? '', ...d.corrections.map((c) => c.date)]
    .filter((x) => x > d.published)
    .sort()
    .at(-1);
  return {
    published: { value: d.published, text: formatDate(d.published) },
    updated: latest ? { value: latest, text: formatDate(latest) } : null,
    corrections: d.corrections.length ? plural(d.corrections.length, 'correction') : null,
    ...readingOf(readingLength(report.body ?? '')),
  };
}

function readingOf(length: ReadingLength): Pick<ReportCardDates, 'reading' | 'words' | 'minutes'> {
  return { reading: length.text, words: length.words, minutes: length.minutes };
}

const CERTAINTY_ORDER = { established: 0, probable: 1, hypothesis: 2 } as const;

/**
 * The findings a report's "What we found" box gives first: established before probable before
 * hypotheses, each group in the report's own order, at most `limit`; `more` is how many the
 * full list after the text adds.
 */
export function leadFindings(
  ids: readonly string[],
  certaintyOf: (id: string) => keyof typeof CERTAINTY_ORDER | undefined,
  limit = 3,
): { ids: string[]; more: number } {
  const known = ids.filter((id) => certaintyOf(id) !== undefined);
  const ranked = known.map((id, i) => ({ id, i })).sort((a, b) => CERTAINTY_ORDER[certaintyOf(a.id)!] - CERTAINTY_ORDER[certaintyOf(b.id)!] || a.i - b.i);
  return { ids: ranked.slice(0, limit).map((r) => r.id), more: Math.max(0, known.length - limit) };
}

/**
 * One claim's citation, for the "copy link / cite" control: the report's citation with the
 * claim's statement and its place in the page, so no address has to sit on screen.
 */
export function claimCitation(c: { siteName: string; reportTitle: string; published: string; statement: string; url: string }): string {
  return `${c.siteName}, “${c.reportTitle.replace(/[.\s]+$/, '')}”, ${formatDate(c.published)}: “${c.statement.replace(/[.\s]+$/, '')}”. ${c.url}`;
}
