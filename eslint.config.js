// @ts-check
import { defineConfig, globalIgnores } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import boundaries from 'eslint-plugin-boundaries';

/**
 * The one direction of src/: each folder of src/lib may import only the folders listed
 * against it (and itself), so no folder imports one that imports it back. The order is the
 * pipeline: schema → text (labels, formatting) → routing → content (files, rules) →
 * site-index → search and output → views → pages. Each folder's README.md says the same.
 */
const LAYERS = {
  schema: [],
  config: [],
  text: ['schema'],
  // The interface's words in each language (catalogues, t()), and records in the page's language.
  i18n: ['schema', 'config', 'text'],
  // The alignment of two texts: pure computation on strings.
  collation: ['schema', 'text'],
  routing: ['schema', 'config', 'text'],
  markdown: ['schema', 'config', 'text'],
  content: ['schema', 'config', 'text', 'markdown', 'collation'],
  'site-index': ['schema', 'config', 'text', 'i18n', 'content', 'collation'],
  search: ['schema', 'config', 'text', 'i18n', 'routing', 'content', 'site-index', 'collation'],
  output: ['schema', 'config', 'text', 'i18n', 'routing', 'content', 'site-index', 'collation'],
  views: ['schema', 'config', 'text', 'i18n', 'routing', 'content', 'site-index', 'collation', 'search', 'output'],
  editor: ['schema', 'config', 'text', 'content'],
  deploy: ['schema', 'config', 'text', 'routing'],
};
const LIB = Object.keys(LAYERS).filter((l) => l !== 'schema' && l !== 'config');

export default defineConfig(
  globalIgnores(['dist/', '.astro/', 'tests/.output/', 'tests/fixtures/', 'content/', 'json-schema/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // `_` marks a parameter or binding kept for its position, not its value.
      // Escaped control characters are deliberate here: the content rules exist to find them.
      'no-control-regex': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  // Promise mistakes need types to see: a handler whose rejection nobody hears, a forgotten
  // await (an index process never closed, a build that exits before its files are written).
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
    },
  },
  // Import boundaries (eslint-plugin-boundaries): the layers above, and scripts/ never reaching
  // into tests/ (the npm scripts run without the test suite's helpers).
  {
    files: ['src/**/*.{ts,astro,mjs}', 'scripts/**/*.ts', 'tests/**/*.ts', '*.{ts,js,mjs}'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': [
        { type: 'schema', pattern: 'src/schema' },
        { type: 'config', pattern: 'src/config' },
        ...LIB.map((type) => ({ type, pattern: `src/lib/${type}` })),
        { type: 'app', pattern: 'src/{pages,components,layouts,integrations,client,styles}' },
        { type: 'scripts', pattern: 'scripts' },
        { type: 'tests', pattern: 'tests' },
      ],
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          policies: [
            ...Object.entries(LAYERS)
              .filter(([, allowed]) => allowed.length > 0)
              .map(([type, allowed]) => ({ from: { element: { type } }, allow: { to: { element: { types: { anyOf: allowed } } } } })),
            {
              from: { element: { type: 'app' } },
              allow: { to: { element: { types: { anyOf: ['app', ...Object.keys(LAYERS)] } } } },
            },
            {
              from: { element: { type: 'scripts' } },
              allow: { to: { element: { types: { anyOf: ['app', ...Object.keys(LAYERS)] } } } },
            },
            {
              from: { element: { type: 'tests' } },
              allow: { to: { element: { types: { anyOf: ['app', 'scripts', ...Object.keys(LAYERS)] } } } },
            },
          ],
        },
      ],
    },
  },
  // A new folder of src/lib must take its place in LAYERS before anything in it lints.
  { files: ['src/lib/**/*.ts'], rules: { 'boundaries/no-unknown-files': 'error' } },
  // The one browser script: no Node globals there.
  { files: ['src/client/**'], languageOptions: { globals: { ...globals.browser } } },
);
