// Flat ESLint config: typescript-eslint (type-aware off for speed), react-hooks, jsx-a11y, and the
// import boundaries of the packages (no cycles, the charts' layers, shipped data, package entries), the
// last two and the security rules in eslint/.
import { resolve } from 'node:path';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';
import { boundaryConfigs } from './eslint/boundaries.js';
import { securityConfig } from './eslint/security.js';
import { typeCycleRule } from './eslint/typeCycle.js';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'storybook-static/**',
      'coverage/**',
      '.stryker-tmp/**',
    ],
  },
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
  securityConfig,
  {
    // No import cycles in the packages: import-x/no-cycle for imports that run, the local rule for
    // type-only ones (import-x skips those).
    files: ['packages/*/src/**/*.{ts,tsx}'],
    plugins: {
      'import-x': importX,
      boundaries: { rules: { 'no-type-import-cycle': typeCycleRule } },
    },
    settings: {
      // Without the extensions, import-x reads no .ts module and finds no cycle at all.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: [resolve(import.meta.dirname, 'tsconfig.json')],
          alwaysTryTypes: false,
          // The workspace packages' sources, as tsconfig's customConditions.
          conditionNames: ['yhdyspinta-source', 'types', 'import', 'default'],
        }),
      ],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'boundaries/no-type-import-cycle': 'error',
    },
  },
  ...boundaryConfigs(),
);
