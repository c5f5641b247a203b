#!/usr/bin/env node
// Entry of `pnpm bench`: bundles the TypeScript runner (src/main.ts) with esbuild and runs it. Everything
// else (the child bundles, the browser page) is built by the runner itself. Build output goes to
// node_modules/.cache/bench/ (src/paths.ts says why).
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const benchDir = dirname(fileURLToPath(import.meta.url));
const outfile = join(benchDir, 'node_modules', '.cache', 'bench', 'main.mjs');
await build({
  entryPoints: [join(benchDir, 'src', 'main.ts')],
  outfile,
  bundle: true,
  // The workspace packages' sources (their `yhdyspinta-source` export condition).
  conditions: ['yhdyspinta-source'],
  platform: 'node',
  target: 'node20',
  format: 'esm',
  packages: 'external',
  logLevel: 'error',
});
process.env.YHDYSPINTA_BENCH_DIR = benchDir;
await import(pathToFileURL(outfile).href);
