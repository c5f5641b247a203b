/**
 * The custom elements' browser bundles as a page loads them (dist/yhdyspinta-elements*.js of the packed
 * charts tarball): weighed as they are, with the chunks they import statically.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Suffix of the informational bundle cases of our main entry (components with the shipped data). */
export const WITH_DATA_SUFFIX = '-with-data';

/**
 * Our custom elements as a page loads them: the browser bundles of the packed tarball (their runtime,
 * preact/compat, included), the ES module with the chunks it imports statically (on-demand chunks, the
 * Swedish patterns and the data-free bundle's `src` reader, are not loaded with it). Issue 14's budgets:
 * with the shipped data ≤ 100 kB gzip, without ≤ 70 kB.
 */
export const ELEMENTS_WITH_DATA_CASE = `bundle-elements${WITH_DATA_SUFFIX}`;
export const ELEMENTS_CASE = 'bundle-elements';
/** The classic-script bundles (no chunks: everything in one file), for information. */
export const ELEMENTS_IIFE_WITH_DATA_CASE = `bundle-elements-iife${WITH_DATA_SUFFIX}`;
export const ELEMENTS_IIFE_CASE = 'bundle-elements-iife';

export const ELEMENT_FILES: readonly (readonly [string, string])[] = [
  [ELEMENTS_WITH_DATA_CASE, 'yhdyspinta-elements.js'],
  [ELEMENTS_CASE, 'yhdyspinta-elements-core.js'],
  [ELEMENTS_IIFE_WITH_DATA_CASE, 'yhdyspinta-elements.iife.js'],
  [ELEMENTS_IIFE_CASE, 'yhdyspinta-elements-core.iife.js'],
];

/** What measureShippedFile reports (bundles.ts's BundleSize). */
export interface ShippedFileSize {
  readonly minified: number;
  readonly gzip: number;
  /** Bytes per file loaded. */
  readonly breakdown: Record<string, number>;
  /** The chunks in elements-chunks/ the file does not load with it (on demand). */
  readonly onDemand: { readonly minified: number; readonly gzip: number };
}

/** Static imports of a minified ES module (`import"./x.js"`, `from"./x.js"`; not `import("./x.js")`). */
export function staticImports(code: string): string[] {
  return [...code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+)["']/g)].map(
    (m) => m[1] ?? '',
  );
}

/**
 * A browser bundle of the charts package as a page loads it: the file and the chunks it imports
 * statically, transitively (gzip of them together, like measureBundle's); chunks it imports
 * dynamically are weighed apart. The breakdown is by file.
 */
export function measureShippedFile(packageDir: string, file: string): ShippedFileSize {
  const dist = join(packageDir, 'dist');
  const loaded: string[] = [];
  const visit = (path: string) => {
    if (loaded.includes(path)) return;
    loaded.push(path);
    const code = readFileSync(join(dist, path), 'utf8');
    for (const imported of staticImports(code)) visit(join(dirname(path), imported));
  };
  visit(file);
  const read = (paths: readonly string[]) =>
    Buffer.concat(paths.map((path) => readFileSync(join(dist, path))));
  const code = read(loaded);
  const chunks = existsSync(join(dist, 'elements-chunks'))
    ? readdirSync(join(dist, 'elements-chunks')).map((name) => join('elements-chunks', name))
    : [];
  const later = read(chunks.filter((chunk) => !loaded.includes(chunk)));
  return {
    minified: code.byteLength,
    gzip: gzipSync(code, { level: 9 }).byteLength,
    breakdown: Object.fromEntries(loaded.map((path) => [path, statSync(join(dist, path)).size])),
    onDemand: {
      minified: later.byteLength,
      gzip: later.byteLength === 0 ? 0 : gzipSync(later, { level: 9 }).byteLength,
    },
  };
}
