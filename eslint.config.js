import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist', 'dev-dist', 'node_modules', '.tmp', 'bench/.lighthouse'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'No dangerouslySetInnerHTML: all text goes through React.',
        },
      ],
    },
  },
  {
    // The domain is pure: it imports only zod and itself (DESIGN.md §5).
    files: ['src/domain/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'react',
                'react-*',
                'dexie',
                'i18next',
                '*/storage/*',
                '*/features/*',
                '*/app/*',
                '*/i18n/*',
                '*/crypto/*',
              ],
              message: 'src/domain is pure: zod and itself only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/storage/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-*', '*/features/*', '*/app/*'], message: 'storage never imports UI.' },
          ],
        },
      ],
    },
  },
  {
    // Tests and tools: a missing fixture should fail loudly, so `!` is fine here.
    files: ['scripts/**', 'bench/**', 'tests/**'],
    rules: { 'no-console': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
