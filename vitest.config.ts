import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          // Builds the fixture sites once for every build and browser test.
          globalSetup: ['tests/support/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          // Builds and Chromium are heavy: one file at a time on a 2-core machine.
          fileParallelism: false,
          // Browser assertions poll until the page shows what they expect. Pagefind redraws
          // results after fetching index chunks, which on a loaded 2-core machine can take
          // several seconds; the default of one second gave up before the redraw.
          expect: { poll: { timeout: 20_000, interval: 100 } },
        },
      },
    ],
  },
});
