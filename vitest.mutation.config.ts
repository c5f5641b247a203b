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
    ],
  },
});
