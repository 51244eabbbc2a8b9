/**
 * The newsroom's folder beside the repository (../shared): the seed texts, the leads and the
 * copied-prose hook. A public clone has none of it, so every check that needs it asks here
 * first and, when something is missing, skips with the reason printed in the run's output.
 * SHARED_DIR points elsewhere; CI points it at an empty folder once to prove the suite is
 * green without the folder.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ROOT } from './paths.ts';

const SHARED = resolve(process.env.SHARED_DIR ?? join(ROOT, '../shared'));

/** The path of `relative` inside the shared folder. */
export const sharedPath = (relative: string) => join(SHARED, relative);

/**
 * Why the checks named `what` cannot run, or undefined when every path exists. The reason is
 * printed as a warning as well, since not every reporter prints skip notes.
 */
export function missingShared(what: string, relatives: string[]): string | undefined {
  const missing = relatives.map(sharedPath).filter((path) => !existsSync(path));
  if (missing.length === 0) return undefined;
  const reason = `${what}: ${missing.join(' and ')} not found (the newsroom's shared folder is not beside this clone)`;
  console.warn(`SKIPPED ${reason}`);
  return reason;
}
