/** The sources page's diagram of what was copied from what, as nested items ready to print. */
import type { Source } from '../../schema/index.ts';
import { lineageForest, type LineageNode } from '../content/source-lineage.ts';
import type { SiteIndex } from '../site-index/build.ts';
import { routes } from '../routing/routes.ts';
import { formatDate } from '../text/format.ts';
import type { Locale } from '../text/locales.ts';
import { t, tn } from '../i18n/messages.ts';

export interface LineageItem {
  href: string;
  text: string;
  kind: string;
  /** " of Meduza": the outlet this text was derived from, said in words for screen readers and print; null for an original. */
  derivedFrom: string | null;
  date: string | null;
  dateText: string;
  children: LineageItem[];
}

export interface LineageTreeView {
  /** Originals that have copies, each with its copies nested beneath. */
  trees: LineageItem[];
  /** "One other source has no recorded copies.", in the page's language, or null when every source is in a tree. */
  standaloneNote: string | null;
}

function item(locale: Locale, node: LineageNode<Source & { id: string }>, parentOutlet: string | null): LineageItem {
  const s = node.source;
  return {
    href: routes.source(s.id),
    text: `${s.outlet}: ${s.title}`,
    kind: t(locale, `sourceKind.${s.kind}`),
    derivedFrom: parentOutlet === null ? null : t(locale, 'lineage.of', { outlet: parentOutlet }),
    date: s.published === 'undated' ? null : s.published,
    dateText: formatDate(s.published, locale),
    children: node.children.map((c) => item(locale, c, s.outlet)),
  };
}

export function lineageTree(site: Pick<SiteIndex, 'sourceById'>, locale: Locale): LineageTreeView {
  // Oldest first, so each tree reads in the order the texts appeared.
  const all = [...site.sourceById].map(([id, s]) => ({ ...s, id })).sort((a, b) => a.published.localeCompare(b.published) || a.id.localeCompare(b.id));
  const forest = lineageForest(all);
  const trees = forest.filter((t) => t.children.length > 0);
  const standalone = forest.length - trees.length;
  return {
    trees: trees.map((tree) => item(locale, tree, null)),
    standaloneNote: standalone === 0 ? null : tn(locale, 'lineage.standalone', standalone),
  };
}
