// Flat ESLint config: typescript-eslint (type-aware off for speed), react-hooks, jsx-a11y, and the
// import boundaries of the packages (no cycles, the charts' layers, shipped data, package entries).
import { readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';
import ts from 'typescript';

// ---------------------------------------------------------------------------------------------------
// Import boundaries, tested in tests/structure/lintBoundaries.test.ts (each rule must fire).

/**
 * The layers of packages/charts/src, lowest first. A folder may import its own layer and those below,
 * never one above: 1 the pure basics, 2 layout and accessibility, 3 the shared chart parts, 4 the charts.
 * The entries (ENTRY_FOLDERS, ENTRY_FILES) may import anything.
 */
const CHART_LAYERS = [
  ['dev', 'geometry', 'locale', 'text', 'theme'],
  ['layout', 'a11y'],
  ['common', 'interaction', 'chart'],
  ['GoalBarChart', 'ThemeHeatmap', 'RescueRadar', 'ResponseCoverage'],
];
const CHART_FOLDERS = CHART_LAYERS[CHART_LAYERS.length - 1];
const ENTRY_FOLDERS = ['static', 'elements'];
const ENTRY_FILES = ['catalogue', 'core', 'index'];
const CHARTS_SRC = 'packages/charts/src';
/** Folder depths below src/ given their own (exact) relative-path patterns. */
const DEPTHS = [1, 2, 3, 4];

/**
 * The shipped data of @yhdyspinta/data: the 2024 survey, the 2025 negotiation memos and the theme
 * taxonomy. A chart folder is a chart for any data; only its definition file (definition.ts/tsx) and its
 * shipped/ adapters (shipped data by default) bind it to the shipped data. Types stay importable
 * everywhere.
 */
const SHIPPED_DATA = {
  name: '@yhdyspinta/data',
  importNames: [
    'survey2024',
    'SURVEY_2024_FILE',
    'negotiations2025',
    'negotiationPointById',
    'MEMO_SECTIONS',
    'themeCounts',
    'themes',
    'THEME_IDS',
    'themeById',
  ],
  allowTypeImports: true,
  message:
    'Shipped data is bound to a chart in its definition.ts and shipped/ only; take the data as an argument.',
};

const escapeRegex = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternatives = (names) => names.map(escapeRegex).join('|');
/** "../" `n` times, as a regex. */
const up = (n) => '\\.\\./'.repeat(n);

/** The no-restricted-imports patterns of a file `depth` folders below packages/<pkg>/src. */
function packagePatterns(depth) {
  return [
    {
      regex: `^${up(depth + 1)}`,
      message: 'Stay inside the package: import another package by its name and entry.',
    },
    {
      regex: '^@yhdyspinta/[^/]+/(src|dist)(/|$)',
      message: 'Import a package through its entries (package.json exports), not its files.',
    },
  ];
}

/** The patterns of a chart source `depth` folders below src/, in layer `layer` (0-based). */
function layerPatterns(layer, depth) {
  const above = [...CHART_LAYERS.slice(layer + 1).flat(), ...ENTRY_FOLDERS];
  const patterns = [
    ...packagePatterns(depth),
    {
      regex: `^${up(depth)}(${alternatives(above)})(/|$)`,
      message: `A layer may import only its own and lower layers (${CHART_LAYERS.map((l) => l.join(' ')).join(' < ')} < entries).`,
    },
    {
      regex: `^${up(depth)}(${alternatives(ENTRY_FILES)})$`,
      message: 'Only the entries import the entries.',
    },
    {
      regex: '^@yhdyspinta/charts(/|$)',
      message: 'Inside the charts package, import the module itself, not the package entry.',
    },
  ];
  if (layer === CHART_LAYERS.length - 1) {
    patterns.push({
      regex: `^${up(depth)}(${alternatives(CHART_FOLDERS)})/`,
      message:
        "Another chart folder only through its public face (its index.ts): '../GoalBarChart'.",
    });
  }
  return patterns;
}

/** Files `depth` folders below src/ in `folder`. */
const filesAt = (folder, depth) => [`${CHARTS_SRC}/${folder}/${'*/'.repeat(depth - 1)}*.{ts,tsx}`];

function boundaryConfigs() {
  const configs = [];
  const restrict = (files, options, ignores = []) =>
    configs.push({ files, ignores, rules: { 'no-restricted-imports': ['error', options] } });
  CHART_LAYERS.forEach((folders, layer) => {
    for (const folder of folders) {
      for (const depth of DEPTHS) {
        const files = filesAt(folder, depth);
        if (CHART_FOLDERS.includes(folder)) {
          // Shipped data in definition.ts (depth 1) and shipped/ (depth 2 and below) only.
          const patterns = layerPatterns(layer, depth);
          const shipped =
            depth === 1
              ? [`${CHARTS_SRC}/${folder}/definition.{ts,tsx}`]
              : filesAt(`${folder}/shipped`, depth - 1);
          // A chart's public face (index.ts) reaches neither its definition nor its shipped/ adapters,
          // so the core entry (made of the faces) carries no shipped data.
          const face = depth === 1 ? [`${CHARTS_SRC}/${folder}/index.ts`] : [];
          restrict(files, { paths: [SHIPPED_DATA], patterns }, [...shipped, ...face]);
          restrict(shipped, { patterns });
          if (face.length > 0) {
            restrict(face, {
              paths: [SHIPPED_DATA],
              patterns: [
                ...patterns,
                {
                  regex: '^\\./(definition|shipped)(/|$)',
                  message:
                    "A chart's public face does not export its definition or shipped/ adapters: the core entry stays free of shipped data.",
                },
              ],
            });
          }
        } else {
          restrict(files, { patterns: layerPatterns(layer, depth) });
        }
      }
    }
  });
  // The CLI and the data package: other packages by their entries only.
  for (const pkg of ['cli', 'data']) {
    for (const depth of [0, ...DEPTHS]) {
      const files = [`packages/${pkg}/src/${'*/'.repeat(depth)}*.{ts,tsx}`];
      restrict(files, { patterns: packagePatterns(depth) });
    }
  }
  return configs;
}

/**
 * Import cycles through type-only imports. import-x/no-cycle skips every `import type` (a type-only
 * edge never runs), but a cycle of types is still two modules that cannot be read or moved apart (the
 * layout types of GoalBarChart's compute ↔ build ↔ stack were one). This rule takes the edges
 * import-x/no-cycle skips: it reports a type-only import (or type re-export) whose module leads back,
 * through any imports, to the importing file. Relative imports only; a cycle between packages runs
 * through their entries and is import-x/no-cycle's.
 */
const typeCycleRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Forbid type-only imports that close an import cycle.' },
    schema: [],
    messages: { cycle: 'Import cycle through a type-only import: {{route}}.' },
  },
  create(context) {
    const file = context.physicalFilename;
    const check = (node) => {
      const typeOnly =
        node.importKind === 'type' ||
        node.exportKind === 'type' ||
        (node.type === 'ImportDeclaration' &&
          node.specifiers.length > 0 &&
          node.specifiers.every((s) => s.importKind === 'type')) ||
        (node.type === 'ExportNamedDeclaration' &&
          node.specifiers.length > 0 &&
          node.specifiers.every((s) => s.exportKind === 'type'));
      if (!typeOnly || !node.source) return;
      const target = resolveRelative(file, node.source.value);
      if (!target) return;
      const route = pathBack(target, file);
      if (route) {
        const names = [file, ...route].map((f) => relative(dirname(file), f));
        context.report({ node, messageId: 'cycle', data: { route: names.join(' → ') } });
      }
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check };
  },
};

const SOURCE_EXTENSIONS = ['.ts', '.tsx', '/index.ts', '/index.tsx'];

/** The file a relative specifier names (TypeScript sources), or null. */
function resolveRelative(from, specifier) {
  if (!specifier.startsWith('.')) return null;
  const base = resolve(dirname(from), specifier);
  for (const candidate of [base, ...SOURCE_EXTENSIONS.map((ext) => base + ext)]) {
    if (/\.tsx?$/.test(candidate) && isFile(candidate)) return candidate;
  }
  return null;
}

function isFile(path) {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Each file's relative imports (type or value), re-read when the file changes. */
const importsCache = new Map();
function importsOf(file) {
  let mtime;
  try {
    mtime = statSync(file).mtimeMs;
  } catch {
    return [];
  }
  const cached = importsCache.get(file);
  if (cached && cached.mtime === mtime) return cached.imports;
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  const imports = importedFiles
    .map((imported) => resolveRelative(file, imported.fileName))
    .filter((path) => path !== null);
  importsCache.set(file, { mtime, imports });
  return imports;
}

/** The shortest import route from `start` to `goal` (both included), or null. */
function pathBack(start, goal) {
  const previous = new Map([[start, null]]);
  const queue = [start];
  while (queue.length > 0) {
    const current = queue.shift();
    if (current === goal) {
      const route = [];
      for (let at = current; at !== null; at = previous.get(at)) route.unshift(at);
      return route;
    }
    for (const next of importsOf(current)) {
      if (!previous.has(next)) {
        previous.set(next, current);
        queue.push(next);
      }
    }
  }
  return null;
}

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
