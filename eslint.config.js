// Flat ESLint config: type-checked TypeScript, React hooks, TanStack Query, and the import boundaries between layers.
import { existsSync, readdirSync } from 'node:fs';
import { posix } from 'node:path';
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import pluginQuery from '@tanstack/eslint-plugin-query';
import globals from 'globals';

const TS_FILES = ['src/**/*.{ts,tsx}', 'scripts/**/*.ts', 'e2e/**/*.ts', '*.config.ts'];
const TEST_FILES = ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'src/testing/**'];

const MAX_DEPTH = 6;

/** Escapes a string for use inside a RegExp. */
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Config blocks for the folder `src/<dir>` that forbid relative imports of the `src/<banned>` folders.
 * Imports are matched as written, so one block per nesting depth spells out the exact `../` prefix that reaches each banned
 * folder (both the shortest form, e.g. `../other`, and the form through src, e.g. `../../features/other`).
 */
function boundaryBlocks({ name, dir, banned, message, paths = [], patterns = [], ignores = [] }) {
  const dirDepth = dir.split('/').length;
  return Array.from({ length: MAX_DEPTH + 1 }, (_, depth) => {
    const up = '../'.repeat(depth);
    const targets = banned.flatMap((target) => {
      const shortest = posix.relative(dir, target);
      const throughSrc = '../'.repeat(dirDepth) + target;
      return [...new Set([up + shortest, up + throughSrc])];
    });
    const regex = `^(\\./)?(${targets.map(escapeRegExp).join('|')})(/|$)`;
    const nested = '*/'.repeat(depth);
    const files = depth === MAX_DEPTH ? [`src/${dir}/${nested}**/*.{ts,tsx}`] : [`src/${dir}/${nested}*.{ts,tsx}`];
    return {
      name: `boundaries/${name}/depth-${depth}`,
      files,
      ignores,
      rules: {
        'no-restricted-imports': ['error', { paths, patterns: [...patterns, ...(banned.length > 0 ? [{ regex, message }] : [])] }],
      },
    };
  });
}

// One set of blocks per feature folder, read at load time, so a new feature is fenced off from its siblings automatically.
const FEATURES_DIR = 'src/features';
const featureNames = existsSync(FEATURES_DIR)
  ? readdirSync(FEATURES_DIR, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
  : [];
const featureBoundaries = featureNames.flatMap((name) =>
  boundaryBlocks({
    name: `features/${name}`,
    dir: `features/${name}`,
    banned: [...featureNames.filter((other) => other !== name).map((other) => `features/${other}`), 'app'],
    message: `Feature "${name}" may not import another feature or src/app: move shared code to src/components, src/lib or src/domain.`,
  }),
);

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
  ...boundaryBlocks({
    name: 'domain',
    dir: 'domain',
    banned: ['api', 'features', 'app', 'components', 'lib'],
    message: 'src/domain may not depend on the outer layers (api, features, app, components, lib).',
    paths: DOMAIN_BANNED_PACKAGES.map((name) => ({ name, message: DOMAIN_MESSAGE })),
    patterns: [{ group: [...DOMAIN_BANNED_PACKAGES.map((name) => `${name}/*`), '@tanstack/*'], message: DOMAIN_MESSAGE }],
    ignores: TEST_FILES,
  }),
  ...boundaryBlocks({
    name: 'api',
    dir: 'api',
    banned: ['features', 'app', 'components'],
    message: 'src/api may not import features, app or components.',
  }),
  ...featureBoundaries,
  ...['components', 'lib'].flatMap((dir) =>
    boundaryBlocks({
      name: dir,
      dir,
      banned: ['features', 'app'],
      message: `src/${dir} is shared code: it may not import features or app.`,
    }),
  ),
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
