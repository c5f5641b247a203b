/** Absolute paths of the benchmark. */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * bench/. This file runs bundled from BUILD_DIR/main.mjs (see run.mjs) or, in tests, from bench/src/;
 * run.mjs passes bench/ in BENCH_DIR so both agree.
 */
export const BENCH_DIR =
  process.env.YHDYSPINTA_BENCH_DIR ?? resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const REPO_DIR = resolve(BENCH_DIR, '..');
export const SRC_DIR = join(BENCH_DIR, 'src');
/**
 * Bundles, rendered outputs and CPU profiles. Under node_modules/.cache because the repository's ESLint
 * and Prettier (which lint and check every other path, dot-directories included) and git all ignore it:
 * a generated bench/.build/ would fail `pnpm run check` with thousands of lint errors.
 */
export const BUILD_DIR = join(BENCH_DIR, 'node_modules', '.cache', 'bench');
export const CHARTS_INDEX = join(REPO_DIR, 'packages/charts/src/index.ts');
export const RESULTS_JSON = join(BENCH_DIR, 'results.json');
export const RESULTS_MD = join(BENCH_DIR, 'RESULTS.md');
/** The repository's browser finder, imported at run time from its own place (see browser/run.ts). */
export const CHROMIUM_FINDER = join(REPO_DIR, 'scripts', 'chromium.mjs');
