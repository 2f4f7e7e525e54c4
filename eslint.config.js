// Flat ESLint config: type-checked TypeScript, React hooks, TanStack Query, and the import boundaries between layers.
import { existsSync, readdirSync } from 'node:fs';
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import pluginQuery from '@tanstack/eslint-plugin-query';
import globals from 'globals';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

const TS_FILES = ['src/**/*.{ts,tsx}', 'scripts/**/*.ts', 'e2e/**/*.ts', '*.config.ts'];
const TEST_FILES = ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'src/testing/**'];

// The layers, innermost first: each may import only the layers before it (and itself).
const LAYERS = [
  { dir: 'src/domain', name: 'domain' },
  { dir: 'src/service', name: 'service' },
  { dir: 'src/api', name: 'api' },
  { dir: 'src/shared', name: 'shared' },
  { dir: 'src/features', name: 'features' },
  { dir: 'src/app', name: 'app' },
];

// One zone per feature folder, read at load time, so a new feature is fenced off from its siblings automatically.
const FEATURES_DIR = 'src/features';
const featureNames = existsSync(FEATURES_DIR)
  ? readdirSync(FEATURES_DIR, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
  : [];

const layerZones = LAYERS.slice(0, -1).map((layer, i) => ({
  target: `./${layer.dir}`,
  from: [...LAYERS.slice(i + 1).map((outer) => `./${outer.dir}`), './src/main.tsx'],
  message: `src/${layer.name} may import only ${
    LAYERS.slice(0, i)
      .map((inner) => inner.name)
      .join(', ') || 'itself'
  }${i > 0 ? ' and itself' : ''}: imports flow domain → service → api → shared → features → app.`,
}));
const featureZones = featureNames.map((name) => ({
  target: `./${FEATURES_DIR}/${name}`,
  from: `./${FEATURES_DIR}`,
  except: [`./${name}`],
  message: `Feature "${name}" may not import another feature: move shared code down a layer (src/shared, src/api or src/domain).`,
}));

// import-x parses each imported module to follow cycles: it must know the TypeScript parser and extensions.
const IMPORT_SETTINGS = {
  'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
  'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
  'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.app.json' })],
};

const boundaryZones = [
  ...layerZones,
  ...featureZones,
  { target: './src', from: './scripts', message: 'src may not import scripts/: move what both need into src/domain.' },
];

const DOMAIN_BANNED_PACKAGES = ['react', 'react-dom', 'recharts', 'nuqs', 'react-router', 'msw'];
const DOMAIN_MESSAGE = 'src/domain is pure logic: no UI, network or framework imports.';

export default defineConfig(
  {
    name: 'ignores',
    ignores: [
      'dist/',
      'dist-subpath/',
      'node_modules/',
      'public/mockServiceWorker.js',
      'coverage/',
      'test-results/',
      'playwright-report/',
      'blob-report/',
      'bench-results/',
      'dummy-non-existing-folder/',
    ],
  },
  js.configs.recommended,
  {
    name: 'javascript',
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    name: 'typescript',
    files: TS_FILES,
    extends: [tseslint.configs.strictTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Numbers in messages and URLs are fine; objects and unions with undefined are still caught.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // `onClick={() => setOpen(true)}` is idiomatic React; void returns elsewhere are still reported.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // Unused arguments prefixed with an underscore document a required signature.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    name: 'browser-code',
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    name: 'node-code',
    files: ['scripts/**/*.ts', 'e2e/**/*.ts', '*.config.ts', 'src/testing/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    name: 'react',
    files: ['src/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended, pluginQuery.configs['flat/recommended']],
  },
  {
    name: 'tests',
    files: TEST_FILES,
    rules: {
      // Tests build deliberately odd inputs and assert on them; non-null assertions keep them short.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    name: 'playwright',
    files: ['e2e/**/*.ts'],
    rules: {
      // Playwright fixtures must destructure their first argument even when they use nothing from it.
      'no-empty-pattern': 'off',
    },
  },

  // ---- Import boundaries (core rules only) ----
  {
    name: 'boundaries/domain/purity',
    files: ['src/domain/**/*.{ts,tsx}'],
    ignores: TEST_FILES,
    rules: {
      'no-restricted-globals': [
        'error',
        ...['fetch', 'window', 'document', 'localStorage', 'sessionStorage', 'indexedDB', 'navigator', 'XMLHttpRequest'].map((name) => ({
          name,
          message: `src/domain is pure: pass data in instead of reading the global "${name}".`,
        })),
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'src/domain is deterministic: pass the current time in as an argument.' },
      ],
    },
  },
  {
    name: 'boundaries/domain/packages',
    files: ['src/domain/**/*.{ts,tsx}'],
    ignores: TEST_FILES,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: DOMAIN_BANNED_PACKAGES.map((name) => ({ name, message: DOMAIN_MESSAGE })),
          patterns: [{ group: [...DOMAIN_BANNED_PACKAGES.map((name) => `${name}/*`), '@tanstack/*'], message: DOMAIN_MESSAGE }],
        },
      ],
    },
  },
  {
    // Resolved paths, not import strings: an upward import is caught however it is spelt, and no module may take part in a cycle.
    name: 'boundaries/layers',
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: IMPORT_SETTINGS,
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: boundaryZones }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    // Test helpers are for tests: the app itself never imports them.
    name: 'boundaries/testing',
    files: ['src/**/*.{ts,tsx}'],
    ignores: [...TEST_FILES, 'src/**/*.reliability.test.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: IMPORT_SETTINGS,
    rules: {
      // The same zones as above plus this one: a later block's options replace an earlier one's for the files both match.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...boundaryZones,
            { target: './src', from: './src/testing', message: 'src/testing is for tests only: the app may not import it.' },
          ],
        },
      ],
    },
  },
  {
    name: 'type-imports-without-side-effects',
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      // `import { type X } from 'm'` still loads m at run time; `import type` does not. It decides what lands in the first load.
      '@typescript-eslint/no-import-type-side-effects': 'error',
    },
  },
  {
    name: 'zod-through-one-module',
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/domain/zod.ts'],
    rules: {
      // zod must be configured jitless before any schema is built, or the strict CSP reports its probe.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: [{ name: 'zod', message: 'Import z from src/domain/zod.ts (configured for the CSP).', allowTypeImports: true }] },
      ],
    },
  },
);
