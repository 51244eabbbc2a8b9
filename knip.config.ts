import type { KnipConfig } from 'knip';

// Astro's and Vitest's plugins find the pages, integrations, config and tests themselves;
// the entries here are what nothing imports: the npm scripts' files, the bench's tools run by
// path (the heap summary, the memory probe the bench preloads into the build), the log
// destination Astro loads by path and the browser script.
const config: KnipConfig = {
  entry: ['scripts/*.ts', 'scripts/bench/heap-summary.ts', 'scripts/bench/memory-probe.ts', 'src/integrations/log-destination.ts', 'src/client/search.ts'],
  project: ['src/**/*.{ts,astro,mdx}', 'scripts/**/*.ts', 'tests/**/*.ts', '*.{ts,js,mjs}'],
  // Read from disk by path (tests/support/browser.ts injects axe.min.js into pages), not imported.
  ignoreDependencies: ['axe-core'],
  // Debian's package manager, run only where the tests' Chromium or nginx is missing.
  ignoreBinaries: ['apt-get'],
};

export default config;
