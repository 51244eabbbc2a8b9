/**
 * The open-data files as the /data/ page presents them: what each holds, its columns and
 * their meaning, the schema versions, the licence and how to cite each one. Sizes and
 * SHA-256 sums are added after the build from the files written (src/lib/output/checksums.ts).
 */
import type { z } from 'zod';
import { claimSchema, findingSchema, sourceSchema } from '../../schema/index.ts';
import { entitySchema } from '../../schema/entity.ts';
import { dataDictionary, type DictionaryEntry } from './data-dictionary.ts';
import { DATA_SCHEMA_VERSION } from './open-data.ts';
import { t } from '../i18n/messages.ts';
import type { Locale } from '../text/locales.ts';

/** The data's licence (its full name in each language is the catalogues' data.licenceName). The site's prose is not covered: it stays the publisher's. */
export const DATA_LICENCE = {
  short: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

/**
 * Schema versions, newest first, each change in every language (this is the data's own history, kept
 * beside it rather than in the interface catalogues). The first entry's version is DATA_SCHEMA_VERSION
 * (a unit test holds them together).
 */
export const SCHEMA_CHANGELOG: ReadonlyArray<{ version: number; date: string; changes: Record<Locale, string> }> = [
  {
    version: 2,
    date: '2026-11-27',
    changes: {
      en: 'The project’s own observations about texts left claims for findings (their ids unchanged). Added claimant.kind, consistentWith, change and the figure’s period, from, population and series; added the status “misleading”.',
      ru: 'Собственные наблюдения проекта о текстах перенесены из утверждений в наблюдения (с прежними идентификаторами). Добавлены claimant.kind, consistentWith, change, а у цифр — period, from, population и series; добавлен статус «misleading».',
    },
  },
  {
    version: 1,
    date: '2026-11-21',
    changes: { en: 'First published: claims and sources as JSON and CSV.', ru: 'Первая публикация: утверждения и источники в JSON и CSV.' },
  },
];

/** Columns the export adds to the records (addresses, labels, back-links): not content fields, so not in the schema. */
const DERIVED: Record<string, string> = {
  pageUrl: 'The absolute address of the record’s page on this site.',
  statusLabel: 'The status as a reader sees it (“Reported”).',
  verdict:
    'True where the status is a judgement of the claim’s truth (confirmed, corroborated, disputed, misleading, false, superseded); false where it describes sourcing.',
  'sources.pageUrl': 'The address of each cited source’s page on this site.',
  'sources.outlet': 'The outlet of each cited source.',
  'sources.title': 'The title of each cited source.',
  reports: 'The reports that place or list the record (id, title, pageUrl).',
  'reports.id': 'The reports that place or list the record.',
  'reports.title': 'The titles of those reports.',
  'reports.pageUrl': 'The addresses of those reports.',
  kindLabel: 'The kind of text as a reader sees it.',
  claims: 'The claims that cite this source.',
  claimsMade: 'The claims this entity made (its id as the claimant’s entity).',
  claimsAbout: 'The claims about this entity.',
  responses: 'Responses to the claim, as “party: kind (date)” (the JSON gives each response’s fields).',
  'names.name': 'A spelling of the name, as a text gives it.',
  'names.script': 'The script of that spelling.',
  'names.language': 'The language of that spelling.',
  'names.wrong': 'True where the spelling is a mistake some text made.',
  'names.source': 'The source where that spelling appears.',
  'names.note': 'A note on that spelling.',
};

export interface Dataset {
  /** "claims": the name of the files, claims.json and claims.csv. */
  name: string;
  title: string;
  description: string;
  files: string[];
  dictionary: DictionaryEntry[];
}

/** Each dataset's name and schema; its title and description are in the catalogues (dataset.<name>.title, .description). */
const INPUTS: ReadonlyArray<{ name: 'claims' | 'findings' | 'sources' | 'entities'; schema: z.ZodType }> = [
  { name: 'claims', schema: claimSchema },
  { name: 'findings', schema: findingSchema },
  { name: 'sources', schema: sourceSchema },
  { name: 'entities', schema: entitySchema },
];

/**
 * The catalogue in a language, given each dataset's columns (the union of its JSON paths and CSV
 * header). The columns' descriptions are the schema's .describe() texts and DERIVED: English in every language.
 */
export function dataCatalogue(columnsOf: Readonly<Record<string, readonly string[]>>, locale: Locale): Dataset[] {
  return INPUTS.map((d) => ({
    name: d.name,
    title: t(locale, `dataset.${d.name}.title`),
    description: t(locale, `dataset.${d.name}.description`),
    files: [`${d.name}.json`, `${d.name}.csv`],
    dictionary: dataDictionary([...new Set(columnsOf[d.name] ?? [])], d.schema, DERIVED),
  }));
}

/** One citation per dataset, in the form data repositories use, in the page's language. */
export function datasetCitation(c: { siteName: string; title: string; year: string; url: string }, locale: Locale): string {
  return t(locale, 'data.citation', { site: c.siteName, year: c.year, title: c.title, version: DATA_SCHEMA_VERSION, licence: DATA_LICENCE.short, url: c.url });
}

/** A CSV file's column names, from its header line. */
export function csvHeader(csv: string): string[] {
  return csv
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/, 1)[0]!
    .split(',')
    .map((c) => c.replace(/^"|"$/g, ''));
}
