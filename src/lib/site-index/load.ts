/** The published content and its cross-references, loaded once per build and language and shared by every page. */
import { getCollection } from 'astro:content';
import { buildIndex, type SiteIndex } from './build.ts';
import { currentLocale, type Locale } from '../text/locales.ts';
import { localiseRecords, type RecordKey } from '../i18n/records.ts';
import { plainRecords } from '../text/plain-words.ts';

export interface LocalisedSiteIndex extends SiteIndex {
  /** Records shown in English on this language's pages (src/lib/i18n/records.ts). */
  untranslated: ReadonlySet<RecordKey>;
}

const cached = new Map<Locale, Promise<LocalisedSiteIndex>>();

/** The index in the language of the page being rendered: Russian pages get Russian text where it exists. */
export function loadSiteIndex(): Promise<LocalisedSiteIndex> {
  const locale = currentLocale();
  // In dev, content changes between requests; in a build, every page of a language shares one index.
  let index = cached.get(locale);
  if (import.meta.env.DEV || !index) {
    index = (async () => {
      const [reports, sources, claims, findings, events, translations] = await Promise.all([
        getCollection('reports'),
        getCollection('sources'),
        getCollection('claims'),
        getCollection('findings'),
        getCollection('events'),
        locale === 'en' ? Promise.resolve([]) : getCollection('translations'),
      ]);
      const ofLocale = new Map(
        translations.filter((t) => t.id.startsWith(`${locale}/`)).map((t) => [t.id.slice(locale.length + 1), { id: t.id, data: t.data, body: t.body }]),
      );
      const localised = localiseRecords(locale, { claims, findings, reports: reports.map((a) => ({ id: a.id, data: a.data, body: a.body })) }, ofLocale);
      // Pages and open data show the records' free text in a reader's words (see plain-words.ts).
      const plain = plainRecords({ reports: localised.reports, sources, claims: localised.claims, findings: localised.findings, events });
      return {
        ...buildIndex(plain),
        untranslated: localised.untranslated,
      };
    })();
    cached.set(locale, index);
  }
  return index;
}
