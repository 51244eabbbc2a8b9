/**
 * Addresses that changed: a record renamed, two records merged, an observation that moved
 * from claims to findings. Its old address stays a page that sends the reader on, so a
 * citation of the old link still arrives. Paths are without the base, as in `paths`.
 */
import { isPublished } from '../../schema/index.ts';
import { paths } from './routes.ts';

export interface MovedPage {
  /** The old address, e.g. "/claims/cnn-2024-convict-soldiers/". */
  from: string;
  /** Where the record is now. */
  to: string;
  /** What a reader is sent to: the claim's statement, the source's title. */
  title: string;
  kind: 'claim' | 'finding' | 'source';
}

interface Records {
  claims: ReadonlyArray<{ id: string; data: { statement: string; formerIds: readonly string[]; draft?: boolean } }>;
  findings: ReadonlyArray<{ id: string; data: { statement: string; formerClaimIds: readonly string[]; draft?: boolean } }>;
  sources: ReadonlyArray<{ id: string; data: { title: string; formerIds: readonly string[] } }>;
}

/** Every old address of a published record, in a stable order. The check refuses an old id a record still uses. */
export function movedPages({ claims, findings, sources }: Records): MovedPage[] {
  const pages: MovedPage[] = [
    ...claims
      .filter(isPublished)
      .flatMap((c) => c.data.formerIds.map((old) => ({ from: paths.claim(old), to: paths.claim(c.id), title: c.data.statement, kind: 'claim' as const }))),
    ...findings
      .filter(isPublished)
      .flatMap((f) =>
        f.data.formerClaimIds.map((old) => ({ from: paths.claim(old), to: paths.finding(f.id), title: f.data.statement, kind: 'finding' as const })),
      ),
    ...sources.flatMap((s) =>
      s.data.formerIds.map((old) => ({ from: paths.source(old), to: paths.source(s.id), title: s.data.title, kind: 'source' as const })),
    ),
  ];
  return pages.sort((a, b) => a.from.localeCompare(b.from));
}

/** The route parameter of an old address for a rest route ("/claims/x/" → "claims/x"). */
export function movedParam(from: string): string {
  return from.replace(/^\/+|\/+$/g, '');
}
