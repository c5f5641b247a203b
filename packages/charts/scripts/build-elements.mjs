// Builds the browser bundles of the custom elements (<yhdyspinta-goal-bars> …) for pages that are not
// React: dist/yhdyspinta-elements.js (ES module) and dist/yhdyspinta-elements.iife.js (classic script).
// Both include React, are minified, define process.env.NODE_ENV as "production" and must contain no
// eval / new Function (pages with a strict Content-Security-Policy run them). Run by scripts/build.mjs,
// or alone: `node scripts/build-elements.mjs [--outdir DIR]` (DIR relative to the package; default dist).
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

export const ELEMENT_BUNDLES = [
  { file: 'yhdyspinta-elements.js', format: 'esm' },
  { file: 'yhdyspinta-elements.iife.js', format: 'iife' },
];

/** Code that a strict CSP (no 'unsafe-eval') would block. */
const EVAL_PATTERN = /\beval\s*\(|\bnew\s+Function\s*\(|\bFunction\s*\(\s*["'`]/;

export async function buildElementBundles(root, outdir = 'dist') {
  const sizes = [];
  for (const bundle of ELEMENT_BUNDLES) {
    const outfile = resolve(root, outdir, bundle.file);
    await build({
      absWorkingDir: root,
      entryPoints: ['src/elements/register.ts'],
      outfile,
      bundle: true,
      // The workspace packages' sources (their `yhdyspinta-source` export condition).
      conditions: ['yhdyspinta-source'],
      format: bundle.format,
      platform: 'browser',
      target: ['es2022', 'chrome111', 'firefox113', 'safari16.4'],
      jsx: 'automatic',
      minify: true,
      define: { 'process.env.NODE_ENV': '"production"' },
      charset: 'utf8',
      legalComments: 'eof',
      logLevel: 'warning',
    });
    const code = readFileSync(outfile);
    const text = code.toString('utf8');
    if (EVAL_PATTERN.test(text)) throw new Error(`${outfile} contains eval or new Function`);
    if (text.includes('process.env')) throw new Error(`${outfile} still reads process.env`);
    sizes.push({ file: outfile, bytes: code.length, gzip: gzipSync(code, { level: 9 }).length });
  }
  for (const { file, bytes, gzip } of sizes) {
    console.log(`${file}: ${(bytes / 1024).toFixed(1)} kB, ${(gzip / 1024).toFixed(1)} kB gzip`);
  }
  return sizes;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { outdir: { type: 'string', default: 'dist' } } });
  await buildElementBundles(resolve(dirname(fileURLToPath(import.meta.url)), '..'), values.outdir);
}
