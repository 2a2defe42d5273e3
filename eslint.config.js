import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * What each layer may import (DESIGN.md §5, README "How the code is laid out"). Each entry is an
 * allow-list written as one regular expression that a forbidden import matches, so an import of
 * something new is refused until someone decides where it belongs.
 */
const LAYERS = [
  {
    files: ['src/domain/**'],
    // zod and the domain itself (its files sit side by side).
    forbidden: '^(?!zod(/|$)|\\./)',
    message: 'src/domain is pure: it imports only zod and itself.',
  },
  {
    files: ['src/crypto/**'],
    forbidden: '^(?!age-encryption$|@scure/base$|\\./|\\.\\./domain/index\\.ts$)',
    message: 'src/crypto imports only age, @scure/base, the domain and itself (no storage, no UI).',
  },
  {
    files: ['src/storage/**'],
    forbidden: '^(?!dexie$|zod(/|$)|\\./|\\.\\./domain/index\\.ts$|\\.\\./crypto/)',
    message: 'src/storage imports only Dexie, zod, the domain, crypto and itself (never UI or services).',
  },
  {
    files: ['src/services/**'],
    forbidden:
      '^(?!\\./|\\.\\./(domain/index|storage/[\\w.]+|crypto/[\\w.]+)\\.ts$|\\.\\./\\.\\./indicators/)',
    message: 'src/services combines domain, storage and crypto; it never imports React, UI or screens.',
  },
  {
    files: ['src/i18n/**'],
    forbidden: '^(?!i18next$|react-i18next$|\\./|\\.\\./domain/index\\.ts$|\\.\\./\\.\\./locales/)',
    message: 'src/i18n imports only i18next, the domain and its locale files.',
  },
  {
    files: ['src/ui/**'],
    forbidden:
      '^(?!react(-dom)?(/|$)|i18next$|react-i18next$|lean-qr(/|$)|qr/decode\\.js$|workbox-window$|\\./|\\.\\./(domain/index|services/[\\w.]+|i18n/[\\w.]+)\\.ts$)',
    message:
      'src/ui (the shared kit) imports the domain, services and i18n — never storage, crypto, screens or the shell.',
  },
  {
    files: ['src/features/**'],
    // Own folder, the kit, services, the domain, i18n; never storage, crypto, the shell or another feature.
    forbidden:
      '^(?!react(-dom)?(/|$)|i18next$|react-i18next$|\\./|\\.\\./\\.\\./(domain/index|services/[\\w.]+|ui/[\\w.]+|i18n/[\\w.]+)\\.(ts|tsx|css)$)',
    message:
      'A screen imports only its own folder, src/ui, src/services, the domain and i18n — never storage, crypto, src/app or another feature.',
  },
  {
    files: ['src/app/**'],
    forbidden:
      '^(?!react(-dom)?(/|$)|react-i18next$|virtual:pwa-register/react$|workbox-window$|\\./|\\.\\./(ui|services|i18n)/[\\w.]+\\.(ts|tsx)$|\\.\\./features/[\\w]+/index\\.ts$)',
    message:
      "The shell imports screens through each feature's index.ts, and never storage or crypto directly.",
  },
];

/**
 * One rule for every way a file can reach another: `import`, `export … from` and `import()` (a
 * lazily loaded module is still a dependency; `no-restricted-imports` does not see `import()`).
 */
const layersPlugin = {
  rules: {
    imports: {
      meta: {
        type: 'problem',
        schema: [
          {
            type: 'object',
            properties: { forbidden: { type: 'string' }, message: { type: 'string' } },
            additionalProperties: false,
          },
        ],
      },
      create(context) {
        const [{ forbidden, message }] = context.options;
        const pattern = new RegExp(forbidden);
        const check = (source) => {
          if (source?.type === 'Literal' && typeof source.value === 'string' && pattern.test(source.value)) {
            context.report({ node: source, message: `'${source.value}': ${message}` });
          }
        };
        return {
          ImportDeclaration: (node) => check(node.source),
          ExportNamedDeclaration: (node) => check(node.source),
          ExportAllDeclaration: (node) => check(node.source),
          ImportExpression: (node) => check(node.source),
        };
      },
    },
  },
};

/** Browser globals the pure domain must not touch (its tsconfig has no DOM library either). */
const BROWSER_GLOBALS = [
  'window',
  'document',
  'navigator',
  'location',
  'history',
  'indexedDB',
  'localStorage',
  'sessionStorage',
  'fetch',
  'XMLHttpRequest',
  'crypto',
  'self',
  'caches',
];

export default tseslint.config(
  { ignores: ['dist', 'dev-dist', 'node_modules', '.tmp', 'bench/.lighthouse'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
      // `onClick={() => setOpen(false)}` is how React code reads; a void returned from a one-line
      // arrow is not a mistake.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // Numbers in template strings are fine (ids, counts); objects and undefined are not.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'No dangerouslySetInnerHTML: all text goes through React.',
        },
        {
          // Chromium keeps what is typed in a field in its session files on disk unless the
          // field opts out: every text field the app draws says autoComplete (P4).
          selector:
            "JSXOpeningElement[name.name=/^(input|textarea)$/]:not(:has(JSXAttribute[name.name='autoComplete'])):not(:has(JSXAttribute[name.name='type'][value.value=/^(radio|checkbox|file|button|submit)$/]))",
          message:
            'A text field needs autoComplete ("off" unless it is the app\'s own passphrase): the browser may keep what she types on disk.',
        },
      ],
    },
  },
  ...LAYERS.map(({ files, forbidden, message }) => ({
    files,
    plugins: { layers: layersPlugin },
    rules: { 'layers/imports': ['error', { forbidden, message }] },
  })),
  {
    files: ['src/domain/**'],
    languageOptions: { globals: { ...globals.es2023 } },
    rules: {
      'no-restricted-globals': [
        'error',
        ...BROWSER_GLOBALS.map((name) => ({
          name,
          message: 'src/domain is pure: no browser or storage APIs.',
        })),
      ],
    },
  },
  {
    // Use-cases, not screens: the page, its address and its history belong to ui and the shell.
    files: ['src/services/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'history', 'location'].map((name) => ({
          name,
          message:
            'src/services holds use-cases: the page, its address and history belong to src/ui and src/app.',
        })),
      ],
    },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // Tests and tools: a missing fixture should fail loudly, so `!` is fine here.
    files: ['scripts/**', 'bench/**', 'tests/**'],
    rules: {
      'no-console': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Tests build malformed batteries, rows and files on purpose, as loose JSON.
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
    },
  },
);
