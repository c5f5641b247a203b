import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

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
    globals: false,
    include: [
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
      'tests/properties/extremeInputs*.test.tsx',
    ],
  },
});
