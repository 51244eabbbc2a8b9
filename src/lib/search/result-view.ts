/**
 * How one search result is shown, computed from Pagefind's result data (url, meta, filters,
 * excerpt, sub_results) as meta.ts set it: a claim shows its type and status from its filters,
 * its claimant from the metadata and its date from the sort date; a long report lists the
 * sections (headings with ids) where the words were found. The search page's script turns this
 * into DOM nodes with textContent: nothing here is HTML.
 */
// No schema imports here: this module is bundled into the search page's script.
import { dateText } from '../text/dates.ts';
import { SORT_DATE_META } from './order.ts';
import type { SearchState } from './query-url.ts';

/** The part of Pagefind's result data the page shows. */
export interface ResultData {
  url: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[] | undefined>;
  excerpt: string;
  sub_results?: Array<{ url: string; title: string; excerpt: string }>;
}

/** A run of excerpt text, highlighted (a <mark>) where the search words were found. */
export interface ExcerptSegment {
  text: string;
  mark: boolean;
}

export interface ResultView {
  href: string;
  title: string;
  /** "Claim", "Source · Original reporting · Fixture Ledger Weekly". */
  kind: string;
  /** The status's label ("Disputed"); the page draws the site's own badge for it. */
  status?: string | undefined;
  claimant?: string | undefined;
  date?: string | undefined;
  excerpt: ExcerptSegment[];
  sections: Array<{ href: string; title: string; excerpt: ExcerptSegment[] }>;
}

/** Sections listed under a result at most; more would bury the next result. */
const MAX_SECTIONS = 3;

/** Pagefind's only escapes in an excerpt: it writes < and > as entities so its own <mark> tags stand out (& is left as written). */
const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>' };

/**
 * Pagefind's excerpt as text and highlighted runs. The excerpt is the page's text, which is
 * content and so untrusted, with < and > written as &lt; and &gt; and the matched words
 * wrapped in <mark>…</mark>. Only those two tags are read as markup; everything else is text,
 * so a page's "<img onerror=…>" is shown, never run.
 */
export function excerptSegments(excerpt: string): ExcerptSegment[] {
  const segments: ExcerptSegment[] = [];
  let mark = false;
  // A web address read aloud from a page is noise in a snippet: dropped, highlighted words in it too.
  const withoutUrls = excerpt.replace(/\b(?:https?:\/\/|www\.)(?:[^\s<]|<\/?mark>)+/g, '').replace(/ {2,}/g, ' ');
  for (const part of withoutUrls.split(/(<\/?mark>)/)) {
    if (part === '<mark>' || part === '</mark>') {
      mark = part === '<mark>';
      continue;
    }
    if (!part) continue;
    const text = part.replace(/&lt;|&gt;/g, (entity) => ENTITIES[entity]!);
    const last = segments.at(-1);
    if (last && last.mark === mark) last.text += text;
    else segments.push({ text, mark });
  }
  return segments;
}

/**
 * A link target only if it stays on this site or goes to the web: a root-relative path, or
 * http(s). Anything else (javascript:, data:, a protocol-relative //host) is dropped.
 */
export function safeHref(href: string | undefined): string | null {
  if (!href) return null;
  if (href.startsWith('/') && !href.startsWith('//') && !href.startsWith('/\\')) return href;
  return /^https?:\/\//i.test(href) ? href : null;
}

/** The sort date as meta.ts writes it ("20230314", "202303", "2023") in words; anything else is not shown. */
export function sortDateText(sortDate: string | undefined): string | undefined {
  const m = /^(\d{4})(?:(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])?)?$/.exec(sortDate ?? '');
  if (!m) return undefined;
  return dateText(Number(m[1]), m[2] ? Number(m[2]) : undefined, m[3] ? Number(m[3]) : undefined);
}

export function resultView(data: ResultData): ResultView | null {
  const href = safeHref(data.meta['url'] || data.url);
  if (!href) return null;
  const m = data.meta;
  const first = (filter: string) => data.filters?.[filter]?.[0];
  const sections = (data.sub_results ?? [])
    // The page's own entry (no #section) repeats the result itself.
    .filter((s) => s.url.includes('#') && s.title)
    .slice(0, MAX_SECTIONS)
    .flatMap((s) => {
      const sectionHref = safeHref(s.url);
      return sectionHref ? [{ href: sectionHref, title: s.title, excerpt: excerptSegments(s.excerpt) }] : [];
    });
  return {
    href,
    title: m['title'] || href,
    kind: [first('type'), m['kind'], m['outlet']].filter(Boolean).join(' · '),
    status: first('status'),
    claimant: m['claimant'] || undefined,
    date: sortDateText(m[SORT_DATE_META]),
    excerpt: excerptSegments(data.excerpt ?? ''),
    sections,
  };
}

/**
 * A count with thousands separators ("23,000"). Not Intl.NumberFormat: in Chromium the first
 * Intl object a page builds loads locale data on the main thread, 35–130 ms in profiles of this
 * page (the Component UI built one per count, 19 ms in all); English grouping is one regex.
 */
export const formatCount = (n: number): string => String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/**
 * The status line's words in the page's language (the Russian search page passes its own,
 * from src/lib/i18n/ru.ts): "{n}" forms by plural category, "{term}" the words searched.
 */
export interface StatusWords {
  /** "one", "few", "many", "other" forms present in the language. */
  results: Partial<Record<'one' | 'few' | 'many' | 'other', string>>;
  none: string;
  forTerm: string;
  filtered: string;
  /** A thousands separator. */
  group: string;
}

const ENGLISH_STATUS: StatusWords = {
  results: { one: '{n} result', other: '{n} results' },
  none: 'No results',
  forTerm: ' for “{term}”',
  filtered: ' with the filters chosen',
  group: ',',
};

/**
 * English and Russian plural categories by rule, not Intl.PluralRules (whose first use loads
 * locale data on the main thread, as formatCount says).
 */
function pluralCategory(n: number, words: StatusWords): 'one' | 'few' | 'many' | 'other' {
  if (!('few' in words.results)) return n === 1 ? 'one' : 'other';
  const [ten, hundred] = [n % 10, n % 100];
  if (ten === 1 && hundred !== 11) return 'one';
  if (ten >= 2 && ten <= 4 && (hundred < 12 || hundred > 14)) return 'few';
  return 'many';
}

/** The live status line: how many results, and for what. */
export function statusText(count: number, state: Pick<SearchState, 'term' | 'filters'>, words: StatusWords = ENGLISH_STATUS): string {
  const term = state.term.trim();
  const filtered = Object.values(state.filters).some((values) => values?.length);
  if (!term && !filtered) return '';
  const what = term ? words.forTerm.replace('{term}', term) : '';
  const narrowed = filtered ? words.filtered : '';
  if (count === 0) return `${words.none}${what}${narrowed}.`;
  const form = words.results[pluralCategory(count, words)] ?? words.results.other ?? '{n}';
  return `${form.replace('{n}', formatCount(count).replaceAll(',', words.group))}${what}${narrowed}.`;
}
