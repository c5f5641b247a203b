import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * `YHDYSPINTA_MUTATION_TESTS=GoalBarChart,RescueRadar`: only the test files whose names start with one of
 * those words (in tests/, tests/internals/, tests/charts/, tests/static/), for a chart folder's run with
 * its own tests, without the slow whole-library ones (properties, every chart's SVG and slide parts) and
 * without timings (`*.timing.test.ts`: thousands of items, the slowest under instrumentation; they
 * catch code gone quadratic, which no other test does). The score of such a run is a lower bound of the
 * score with every test (ARCHITECTURE.md, "Mutation testing"). Its test files share one module graph
 * per run (`isolate: false`, about twice as fast): each Stryker run starts afresh, so only the files of
 * one mutant's run share state, and Stryker's initial run checks that they pass together. The whole
 * set keeps isolation (a test of the Swedish patterns' loading needs them not loaded yet).
 */
const own = process.env.YHDYSPINTA_MUTATION_TESTS?.split(',').filter(Boolean) ?? [];
const ownTests = own.flatMap((name) =>
  ['tests', 'tests/internals', 'tests/charts', 'tests/static'].flatMap((dir) => [
    `${dir}/${name}*.test.ts`,
    `${dir}/${name}*.ssr.test.tsx`,
  ]),
);

/**
 * The tests Stryker runs against each mutant (stryker.config.mjs, `corepack pnpm test:mutation`): node
 * only, no browser and no DOM. Extend `include` when `mutate` grows (e.g. the charts' compute tests).
 */
export default defineConfig({
  resolve: {
    // Stryker runs in a copy of the repository (.stryker-tmp/sandbox-…) whose node_modules link back to the
    // real packages: without this alias `@yhdyspinta/data` would load the unmutated source.
    alias: {
      '@yhdyspinta/data': fileURLToPath(new URL('packages/data/src/index.ts', import.meta.url)),
      // The charts' entries likewise; the subpaths first (an alias matches its key and key/…).
      '@yhdyspinta/charts/core': fileURLToPath(
        new URL('packages/charts/src/core.ts', import.meta.url),
      ),
      '@yhdyspinta/charts/static': fileURLToPath(
        new URL('packages/charts/src/static/index.ts', import.meta.url),
      ),
      '@yhdyspinta/charts/elements/register': fileURLToPath(
        new URL('packages/charts/src/elements/register.ts', import.meta.url),
      ),
      '@yhdyspinta/charts/elements': fileURLToPath(
        new URL('packages/charts/src/elements/index.ts', import.meta.url),
      ),
      '@yhdyspinta/charts': fileURLToPath(new URL('packages/charts/src/index.ts', import.meta.url)),
    },
  },
  test: {
    name: 'mutation',
    environment: 'node',
    isolate: own.length === 0,
    globals: false,
    // The tests' time limits ten times as long under instrumentation (see the file).
    setupFiles: ['tests/setup/mutation.ts'],
    // Likewise vitest's 5 s a test (the fuzz tests take seconds under instrumentation); a mutant that
    // hangs is stopped by Stryker's own timeout (timeoutMS in stryker.config.mjs).
    testTimeout: 30000,
    include:
      own.length > 0
        ? ownTests
        : [
            'tests/data/**/*.test.ts',
            'tests/properties/dataCompute.test.ts',
            'tests/properties/importCsv.fuzz.test.ts',
            'tests/properties/importJson.fuzz.test.ts',
            // The charts' pure modules: compute, describe and server-rendering tests (node, no DOM).
            'tests/*.test.ts',
            'tests/*.ssr.test.tsx',
            'tests/charts/**/*.test.ts',
            'tests/charts/**/*.ssr.test.tsx',
            'tests/internals/**/*.test.ts',
            'tests/internals/**/*.ssr.test.tsx',
            'tests/static/**/*.test.ts',
            'tests/static/**/*.ssr.test.tsx',
            'tests/properties/chartCompute*.test.ts',
            'tests/properties/renderToSvg*.test.tsx',
          ],
    exclude: [
      ...(own.length > 0 ? ['tests/**/*.timing.test.ts'] : []),
      // Not the mutated code: the browser finder (scripts/) and warnDev's esbuild bundle.
      'tests/internals/chromium.test.ts',
      'tests/internals/warnDev.bundle.test.ts',
      // 10 000 items per chart (12 s a run) checked only for "no throw, no NaN": every chart mutant would
      // rerun it; the exact compute, describe and server-markup tests cover the same modules.
      'tests/properties/extremeInputs.ssr.test.tsx',
    ],
  },
});
