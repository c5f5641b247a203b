#!/usr/bin/env node
// `corepack pnpm test:layout`: the layout checker of issue 12 (tests/layout/sweep/main.ts). Bundles the
// TypeScript sweep with esbuild (the charts' own dependencies inlined; React and playwright-core from the
// root) into node_modules/.cache/layout-check/ and runs it with the Chromium scripts/chromium.mjs finds.
// Arguments are passed on (see tests/layout/sweep/main.ts), e.g. --chart goal-bars --size slide-16x9.
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumLaunchOptions } from './chromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = join(root, 'node_modules', '.cache', 'layout-check', 'main.cjs');
await build({
  entryPoints: [join(root, 'tests', 'layout', 'sweep', 'main.ts')],
  outfile,
  bundle: true,
  // The workspace packages' sources (their `yhdyspinta-source` export condition).
  conditions: ['yhdyspinta-source'],
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  logLevel: 'error',
  external: ['react', 'react/*', 'react-dom', 'react-dom/*', 'playwright-core'],
});
process.env.NODE_ENV ??= 'production';
process.chdir(root);
const { main } = createRequire(import.meta.url)(outfile);
process.exitCode = await main(chromiumLaunchOptions(), process.argv.slice(2), outfile);
