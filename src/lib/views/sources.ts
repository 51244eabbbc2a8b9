/** Presenting sources. */
import type { Source } from '../../schema/index.ts';

const KIND_LABELS: Record<Source['kind'], string> = {
  'original-reporting': 'Original reporting',
  republication: 'Republication',
  excerpt: 'Excerpt',
  translation: 'Translation',
  rewrite: 'Rewrite',
  aggregation: 'Aggregation',
  'official-statement': 'Official statement',
  research: 'Research',
  dataset: 'Dataset',
};

export function sourceKindLabel(kind: Source['kind']): string {
  return KIND_LABELS[kind];
}
