/**
 * The open-data page (/data/): every dataset with its files, record count, column dictionary and
 * citation; the licence; the schema's changelog. The files' sizes and sums are filled in after the
 * build (src/integrations/data-checksums.ts), when the files exist.
 */
import type { SiteIndex } from '../site-index/build.ts';
import type { EntityIndex } from '../site-index/entity-index.ts';
import { absoluteUrl, url } from '../routing/url.ts';
import { pageUrls } from '../routing/routes.ts';
import { claimRecords, claimsCsv, findingRecords, findingsCsv, sourceRecords, sourcesCsv, DATA_SCHEMA_VERSION } from '../output/open-data.ts';
import { entitiesCsv, entityRecords } from '../output/entity-data.ts';
import { csvHeader, dataCatalogue, datasetCitation, DATA_LICENCE, SCHEMA_CHANGELOG } from '../output/data-catalogue.ts';
import { jsonColumns } from '../output/data-dictionary.ts';
import { formatDate } from '../text/format.ts';
import type { Locale } from '../text/locales.ts';
import { t } from '../i18n/messages.ts';
import { lastUpdated } from './home.ts';

/** The open-data page's one call. `site` is the origin for the citations' absolute URLs. */
export function dataRoute(index: SiteIndex, entityIndex: EntityIndex, site: URL | string, locale: Locale) {
  const urls = pageUrls(site);
  const records = {
    claims: claimRecords(index, urls),
    findings: findingRecords(index, urls),
    sources: sourceRecords(index, urls),
    entities: entityRecords(entityIndex, urls),
  };
  // A dataset's columns: the union of its JSON paths and its CSV header (the same for any rows,
  // so read off an empty file rather than the whole one).
  const columns = {
    claims: [...jsonColumns(records.claims), ...csvHeader(claimsCsv([]))],
    findings: [...jsonColumns(records.findings), ...csvHeader(findingsCsv([]))],
    sources: [...jsonColumns(records.sources), ...csvHeader(sourcesCsv([]))],
    entities: [...jsonColumns(records.entities), ...csvHeader(entitiesCsv([]))],
  };
  const updated = lastUpdated(index.reports);
  const year = (updated?.value ?? '').slice(0, 4);
  const siteName = t(locale, 'site.name');
  const count = (name: string) => (name in records ? records[name as keyof typeof records].length : 0);
  return {
    updated,
    siteName,
    licenceUrl: DATA_LICENCE.url,
    version: DATA_SCHEMA_VERSION,
    datasets: dataCatalogue(columns, locale).map((d) => ({
      ...d,
      count: count(d.name),
      files: d.files.map((name) => ({ name, href: url(`/data/${name}`) })),
      citation: datasetCitation({ siteName, title: d.title, year, url: absoluteUrl(`/data/${d.files[0]}`, site) }, locale),
    })),
    changelog: SCHEMA_CHANGELOG.map((v) => ({ version: v.version, date: v.date, dateText: formatDate(v.date, locale), changes: v.changes[locale] })),
  };
}
