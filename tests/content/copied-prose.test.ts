/**
 * The hook the newsroom runs before publishing: no run of twelve words in content/ copied from
 * the seed texts outside quotation marks. The hook and the seeds live in the shared folder
 * beside the repository; a clone without it skips this with the reason printed.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/paths.ts';
import { missingShared, sharedPath } from '../support/shared.ts';

const HOOK = 'hooks/copied-prose.py';
const skipped = missingShared('copied prose', [HOOK, 'seeds']);

describe.skipIf(skipped !== undefined)('the content’s prose', () => {
  it('copies no run of twelve words from the seed texts', () => {
    // The hook finds the seeds itself, in ../shared beside the folder it is given.
    const run = spawnSync('python3', [sharedPath(HOOK), ROOT], { encoding: 'utf8' });
    expect(run.stdout).toBe('');
    expect(run.status).toBe(0);
  });
});
