/** Presenting sources. */
import type { Source } from '../../schema/index.ts';
import { SOURCE_KIND_LABELS } from './labels.ts';

export function sourceKindLabel(kind: Source['kind']): string {
  return SOURCE_KIND_LABELS[kind];
}
