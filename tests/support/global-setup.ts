/**
 * Builds the fixture content once at the domain root and once under a subpath, and serves
 * both over HTTP for the build and browser tests.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite } from '../../scripts/support/astro-run.ts';
import { CONTENT, FIXTURE_CONTENT, OUTPUT, SUBPATH } from './paths.ts';
import { serveStatic, type StaticServer } from '../../scripts/support/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    rootDist: string;
    subpathDist: string;
    rootUrl: string;
    subpathUrl: string;
    /** The project's own content/, built at the root. */
    contentDist: string;
    contentUrl: string;
  }
}

export default async function setup(project: TestProject) {
  await rm(OUTPUT, { recursive: true, force: true });
  const rootDist = join(OUTPUT, 'root/dist');
  const subpathDist = join(OUTPUT, 'subpath/dist');
  const contentDist = join(OUTPUT, 'content/dist');
  for (const [contentDir, outDir, base] of [
    [FIXTURE_CONTENT, rootDist, ''],
    [FIXTURE_CONTENT, subpathDist, SUBPATH],
    [CONTENT, contentDist, ''],
  ] as const) {
    const result = await buildSite({ contentDir, outDir, base });
    if (result.code !== 0) throw new Error(`build of ${contentDir} failed (base "${base}"):\n${result.output}`);
  }
  const servers: StaticServer[] = [await serveStatic(rootDist, '/'), await serveStatic(subpathDist, SUBPATH), await serveStatic(contentDist, '/')];
  project.provide('rootDist', rootDist);
  project.provide('subpathDist', subpathDist);
  project.provide('rootUrl', servers[0]!.url);
  project.provide('subpathUrl', servers[1]!.url);
  project.provide('contentDist', contentDist);
  project.provide('contentUrl', servers[2]!.url);
  return async () => {
    await Promise.all(servers.map((s) => s.close()));
  };
}
