/**
 * Mutation testing with StrykerJS (`corepack pnpm test:mutation`; not part of `npm test`). Reports go to
 * reports/mutation/ (HTML and JSON); the sandbox copies to .stryker-tmp/ (both git-ignored).
 *
 * To cover more code, add globs to `mutate` and the tests that exercise them to
 * vitest.mutation.config.ts's `include` (node tests only: the storybook project needs a browser).
 *
 * Mutated: every module of packages/data/src, data tables in TS included (their literals are pinned value
 * by value by tests/data/survey2024.*.test.ts, negotiations2025.*.test.ts and themes.test.ts; Stryker makes
 * no mutants of type-only files). Not mutated: the transcribed JSON data (packages/data/src/**\/*.json):
 * Stryker mutates code, not JSON; the typed loaders that read it (negotiations/load.ts, survey2024/goals.ts)
 * are mutated.
 */

import { fileURLToPath } from 'node:url';

/** What Stryker mutates: one list, one glob or exclusion (`!…`) per line. */
const mutate = [
  'packages/data/src/**/*.ts',
  // The charts' pure modules: the non-React .ts that compute layout and words (ARCHITECTURE.md,
  // "Mutation testing"). Not the React parts (.tsx, use*.ts hooks), a chart's index.ts/definition.ts, its
  // about.ts (texts, like the locale modules'), or type-only files; not text/fontMetrics.generated.ts (advance widths generated from the font file:
  // data, pinned through the measured widths the tests assert).
  'packages/charts/src/geometry/*.ts',
  'packages/charts/src/text/measureText.ts',
  'packages/charts/src/text/wrapText.ts',
  'packages/charts/src/text/lineLimit.ts',
  'packages/charts/src/layout/*.ts',
  'packages/charts/src/locale/format.ts',
  'packages/charts/src/locale/keyboardHint.ts',
  'packages/charts/src/a11y/rovingFocus.ts',
  'packages/charts/src/interaction/tooltipLayout.ts',
  'packages/charts/src/theme/contrast.ts',
  'packages/charts/src/theme/resolveTheme.ts',
  'packages/charts/src/common/validation.ts',
  'packages/charts/src/common/seriesStyle.ts',
  'packages/charts/src/common/swatchLegendLayout.ts',
  'packages/charts/src/{GoalBarChart,ThemeHeatmap,RescueRadar,ResponseCoverage}/*.ts',
  '!packages/charts/src/*/{index,definition,about,types,layoutTypes}.ts',
  '!packages/charts/src/*/use*.ts',
];

export default {
  packageManager: 'pnpm',
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate,
  coverageAnalysis: 'perTest',
  // Static mutants (code that runs only while a module loads: the literal tables of themes.ts,
  // municipalities.ts, survey2024/*.ts, negotiations/sections.ts, and the loaders' calls for the shipped
  // data) would each rerun every test (about 2 h in all). They are reported as Ignored; the tables are
  // pinned value by value by the tests, and the loaders are also called by tests/data/internals, so
  // their mutants are tested there (Stryker runs a mutant with both kinds of coverage per test).
  ignoreStatic: true,
  concurrency: 2,
  timeoutMS: 10000,
  reporters: ['clear-text', 'progress-append-only', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  // The sandbox needs the packages, the tests and their fixtures, not the built or browser-only parts.
  ignorePatterns: [
    'storybook-static',
    'stories',
    '.storybook',
    'bench',
    'coverage',
    'reports',
    '**/dist',
    '.vitest-report.json',
  ],
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
  thresholds: { high: 90, low: 80, break: null },
};

// StrykerJS 10 refuses Node.js < 22 in its command line only: `stryker run` and the package's entry point
// (index.js) stop on the Node 20 this repository uses, while the runner itself works on it. So
// `corepack pnpm test:mutation` runs this file, which starts the `Stryker` class (dist/src/stryker.js,
// beside the entry point) with the options above. On Node >= 22, `npx stryker run` does the same.
// No top-level await: Stryker imports this file for its options, which must not wait for Stryker.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const entry = import.meta.resolve('@stryker-mutator/core');
  import(new URL('stryker.js', entry).href)
    .then(({ Stryker }) => {
      // `corepack pnpm test:mutation --mutate <glob> …`: only those files (e.g. while writing tests).
      const at = process.argv.indexOf('--mutate');
      const only = at === -1 ? {} : { mutate: process.argv.slice(at + 1) };
      return new Stryker({ configFile: fileURLToPath(import.meta.url), ...only }).runMutationTest();
    })
    .catch((/** @type {unknown} */ error) => {
      console.error(error);
      process.exitCode = 1;
    });
}
