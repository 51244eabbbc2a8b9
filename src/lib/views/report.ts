/** A report's citation and its log of publication, updates and corrections. */
import type { Article } from '../../schema/index.ts';
import { formatDate } from './format.ts';

export interface CitationInput {
  siteName: string;
  title: string;
  published: string;
  updated?: string | undefined;
  url: string;
}

/**
 * A plain citation: publisher, title, dates, URL. No author field: reports are published
 * by the project as a whole.
 */
export function citation(c: CitationInput): string {
  const dates = c.updated && c.updated !== c.published ? `${formatDate(c.published)}, updated ${formatDate(c.updated)}` : formatDate(c.published);
  return `${c.siteName}, “${c.title.replace(/[.\s]+$/, '')}”, ${dates}. ${c.url}`;
}

export interface LogEntry {
  date: string;
  kind: 'published' | 'updated' | 'correction';
  note: string;
}

/**
 * Newest first: corrections with their notes, the last update if no correction explains
 * it, and first publication.
 */
export function reportLog(a: Pick<Article, 'published' | 'updated' | 'corrections'>): LogEntry[] {
  const entries: LogEntry[] = a.corrections.map((c) => ({ date: c.date, kind: 'correction' as const, note: c.note }));
  if (a.updated && a.updated !== a.published && !a.corrections.some((c) => c.date === a.updated)) {
    entries.push({ date: a.updated, kind: 'updated', note: 'Updated.' });
  }
  entries.push({ date: a.published, kind: 'published', note: 'First published.' });
  const order = { correction: 0, updated: 1, published: 2 };
  return entries.sort((x, y) => y.date.localeCompare(x.date) || order[x.kind] - order[y.kind]);
}
