/** Findings as pages show them: the project's own observations, labelled as such, never as a verdict. */
import type { Finding } from '../../schema/index.ts';
import type { SiteIndex } from '../site-index/build.ts';
import { routes } from '../routing/routes.ts';
import { formatDate } from './format.ts';

const FINDING_KIND_LABELS: Record<Finding['kind'], string> = {
  'copy-method': 'How the copy was made',
  omission: 'What the copy dropped',
  addition: 'What the copy added',
  framing: 'How the copy frames it',
  dateline: 'Dateline',
  naming: 'Names',
  spelling: 'Spelling',
  attribution: 'Attribution',
  arithmetic: 'Arithmetic',
  carrier: 'Where the text is carried',
};

/** "dateline" → "Dateline": the reader's words for a finding's kind. */
export const findingKindLabel = (kind: Finding['kind']): string => FINDING_KIND_LABELS[kind];

const CERTAINTY_LABELS: Record<Finding['certainty'], string> = {
  established: 'Established',
  probable: 'Probable, not confirmed',
  hypothesis: 'A hypothesis we have not confirmed',
};

export interface FindingView {
  id: string;
  anchor: string;
  href: string;
  statement: string;
  kind: string;
  certainty: string;
  basis: string;
  date: { value: string; text: string };
  sources: Array<{ href: string; text: string }>;
}

export function findingViews(site: Pick<SiteIndex, 'findingById' | 'sourceById'>, ids: readonly string[]): FindingView[] {
  return ids.flatMap((id) => {
    const f = site.findingById.get(id);
    if (!f) return [];
    const d = f.data;
    return [
      {
        id,
        anchor: `finding-${id}`,
        href: routes.finding(id),
        statement: d.statement,
        kind: findingKindLabel(d.kind),
        certainty: CERTAINTY_LABELS[d.certainty],
        basis: d.basis,
        date: { value: d.date, text: formatDate(d.date) },
        sources: d.sources.map((s) => {
          const src = site.sourceById.get(s.id);
          return { href: routes.source(s.id), text: src ? `${src.outlet}: ${src.title}` : s.id };
        }),
      },
    ];
  });
}
