import type { RecordRule } from './rule.ts';

/** Kinds that are copies of another text and so must name it in derivedFrom. */
const DERIVED_KINDS = ['republication', 'excerpt', 'translation', 'rewrite'] as const;

export const copyNeedsOriginal: RecordRule<{ kind: string; derivedFrom?: string | undefined }> = {
  id: 'copy-needs-original',
  statement: 'A republication, excerpt, translation or rewrite names the text it copies (derivedFrom), so it counts as that original for corroboration.',
  fixture: 'copy-without-original',
  check: (s) =>
    (DERIVED_KINDS as readonly string[]).includes(s.kind) && !s.derivedFrom
      ? [{ path: ['derivedFrom'], at: ['kind'], message: `expected derivedFrom for a source of kind "${s.kind}": name the source it copies, found nothing` }]
      : [],
};
