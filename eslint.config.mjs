// The linter `npm test` runs (tests/architecture/lint.test.ts). An `eslint-disable` whose rule no
// longer fires is an error, and the test wants a reason after `--` on each one that stays.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: ['node_modules/', 'dist/', 'bench/bare-app/dist-bare/', '.localcloud/', 'cloudfunctions/*/index.js', 'docs/', 'tests/architecture/fixtures/'],
  },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // `_name` marks a parameter a signature needs and the body does not.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Chinese titles are spaced with U+3000 on purpose.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true }],
    },
  },
  {
    // The weapp's base.wxml carries no catch-view template (config/weapp-templates-plugin.ts): a View
    // with catchMove would render nothing on the phone.
    files: ['src/**/*.tsx'],
    rules: {
      'no-restricted-syntax': ['error', {
        selector: "JSXAttribute[name.name='catchMove']",
        message: 'catchMove needs the catch-view template: take catch-view out of unusedTemplates in config/weapp-templates-plugin.ts first.',
      }],
    },
  },
  {
    // The local cloud decodes the SDK's untyped wire messages and stored documents; tests
    // and benches read answers as the JSON they are. Typing them would restate the SDK's protocol by hand.
    files: ['localcloud/**', 'tests/**', 'bench/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Fixture functions are CommonJS bundles as CloudBase runs them.
    files: ['tests/localcloud/fixtures/**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
