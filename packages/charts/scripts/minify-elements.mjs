// A second minification pass over the element bundles' files (build-elements.mjs): esbuild bundles and
// minifies them, then Oxc's minifier (the one Vite ships, `minify` from 'vite') compresses what esbuild
// leaves (about 3 kB gzip less per bundle); on the ES modules terser's (two passes, its safe defaults) then
// takes about 0.4 kB gzip more off a page with all four charts (what keeps it under issue 14's 70 kB). Not
// on the classic scripts: there terser's output broke the `src` reader (an element with `src` drew "no
// data"; tests/embedding/elementsCore.browser.test.ts), and they are within their budget without it.
// Same semantics: no `drop` of console calls (production errors are still reported), no property
// renaming, none of terser's `unsafe` options.
import { readFileSync, writeFileSync } from 'node:fs';
import { minify as terser } from 'terser';
import { minify } from 'vite';

/**
 * Oxc prints `import("./x.js")` as ``import(`./x.js`)``; a plain string again, so a page's bundler and
 * any reader of the chunk graph (the bench, the tests) see the usual form. Only literals without `${`.
 */
const restoreImportQuotes = (code) => code.replace(/\bimport\(`([^`$\\"]*)`\)/g, 'import("$1")');

/** Minifies the file at `path` in place: `module` for an ES module (its top-level names are its own). */
export async function minifyAgain(path, module) {
  const code = readFileSync(path, 'utf8');
  const result = await minify(path, code, {
    module,
    compress: { target: 'es2022' },
    mangle: { toplevel: module },
    codegen: { removeWhitespace: true },
  });
  if (result.errors.length > 0) {
    throw new Error(`${path}: ${result.errors.map((error) => error.message).join('; ')}`);
  }
  if (!module) return void writeFileSync(path, restoreImportQuotes(result.code));
  const compressed = await terser(result.code, {
    module,
    ecma: 2020,
    compress: { passes: 2 },
    mangle: true,
  });
  if (compressed.code === undefined) throw new Error(`${path}: terser returned no code`);
  writeFileSync(path, restoreImportQuotes(compressed.code));
}
