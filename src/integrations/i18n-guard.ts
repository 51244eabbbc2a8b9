/**
 * The build stops when the interface catalogues disagree (src/lib/i18n/catalogue-check.ts), naming the
 * file and the key, before any page is rendered.
 */
import type { AstroIntegration } from 'astro';
import { catalogueProblems, describeCatalogueProblems } from '../lib/i18n/catalogue-check.ts';
import { CATALOGUES, type Catalogue } from '../lib/i18n/messages.ts';
import { DEFAULT_LOCALE, LOCALES } from '../lib/text/locales.ts';

export function checkCatalogues(catalogues: Readonly<Record<string, Catalogue>> = CATALOGUES): void {
  const problems = catalogueProblems(
    { locale: DEFAULT_LOCALE, messages: catalogues[DEFAULT_LOCALE] ?? {} },
    LOCALES.filter((l) => l !== DEFAULT_LOCALE).map((locale) => ({ locale, messages: catalogues[locale] ?? {} })),
  );
  if (problems.length) throw new Error(`The interface catalogues disagree (${problems.length}):\n${describeCatalogueProblems(problems)}`);
}

/** `catalogues` replaces the real ones only in the test that shows a missing key stops the build. */
export default function i18nGuard(options: { catalogues?: Readonly<Record<string, Catalogue>> } = {}): AstroIntegration {
  return {
    name: 'colony:i18n-guard',
    hooks: {
      'astro:config:setup': () => checkCatalogues(options.catalogues),
    },
  };
}
