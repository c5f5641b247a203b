// Flat ESLint config: typescript-eslint (type-aware off for speed), react-hooks, jsx-a11y.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'storybook-static/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['**/*.tsx'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
    },
  },
  {
    // The library packages never evaluate strings as code or inject raw HTML.
    files: ['packages/*/src/**/*.{ts,tsx}'],
    rules: {
      // Tested in tests/security/lintRules.test.ts (each rule must fire on a bad snippet).
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error', // new Function(…), Function(…), Function.call/apply/bind
      'no-script-url': 'error',
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Build DOM nodes instead of injecting HTML.' },
        { property: 'outerHTML', message: 'Build DOM nodes instead of injecting HTML.' },
        { property: 'insertAdjacentHTML', message: 'Build DOM nodes instead of injecting HTML.' },
        { property: 'createContextualFragment', message: 'Do not parse strings as HTML.' },
        { property: 'srcdoc', message: 'Do not inject HTML documents.' },
        { object: 'document', property: 'write', message: 'Never write markup into the page.' },
        { object: 'document', property: 'writeln', message: 'Never write markup into the page.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'dangerouslySetInnerHTML is not allowed in the library packages.',
        },
        {
          selector: "Property[key.name='dangerouslySetInnerHTML']",
          message: 'dangerouslySetInnerHTML is not allowed in the library packages.',
        },
        {
          selector: "JSXAttribute[name.name='style']",
          message: 'Use SVG presentation attributes: strict CSP pages block style attributes.',
        },
        {
          selector:
            "CallExpression[callee.property.name='setAttribute'][arguments.0.value=/^(style$|on)/i]",
          message: 'No style or on* attributes: strict CSP pages block them.',
        },
        {
          selector:
            "CallExpression[callee.property.name='setAttributeNS'][arguments.1.value=/^(style$|on)/i]",
          message: 'No style or on* attributes: strict CSP pages block them.',
        },
      ],
    },
  },
);
