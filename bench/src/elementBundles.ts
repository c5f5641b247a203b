/**
 * The custom elements' browser bundles as a page loads them (dist/yhdyspinta-elements*.js of the packed
 * charts tarball): weighed as they are, with the chunks they import statically.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Suffix of the informational bundle cases of our main entry (components with the shipped data). */
export const WITH_DATA_SUFFIX = '-with-data';

/**
 * Our custom elements as a page loads them: the browser bundles of the packed tarball (their runtime,
 * preact/compat, included). An ES module row weighs the file with the chunks it imports statically (what
 * every page loads); its `-all-charts` row adds every chunk it can import on demand (each chart's code:
 * a page showing all four charts) except the Swedish patterns (their own row). The `src` reader
 * (yhdyspinta-elements-source.js, imported by URL) is in neither, nor the Swedish and English texts
 * (yhdyspinta-elements-locale-<sv|en>.js, imported by URL for an element in that locale: rows of their
 * own; Finnish, the default, is in every bundle). Issue 14's budgets: with the shipped
 * data ≤ 100 kB gzip, without ≤ 70 kB.
 */
export const ELEMENTS_WITH_DATA_CASE = `bundle-elements${WITH_DATA_SUFFIX}`;
export const ELEMENTS_CASE = 'bundle-elements';
/** Suffix of the rows of a page with all four charts. */
export const ALL_CHARTS_SUFFIX = '-all-charts';
/** The classic-script bundles (no chunks: everything in one file). */
export const ELEMENTS_IIFE_WITH_DATA_CASE = `bundle-elements-iife${WITH_DATA_SUFFIX}`;
export const ELEMENTS_IIFE_CASE = 'bundle-elements-iife';

/** [case, file, every chart loaded]. */
export const ELEMENT_FILES: readonly (readonly [string, string, boolean])[] = [
  [ELEMENTS_WITH_DATA_CASE, 'yhdyspinta-elements.js', false],
  [`${ELEMENTS_WITH_DATA_CASE}${ALL_CHARTS_SUFFIX}`, 'yhdyspinta-elements.js', true],
  [ELEMENTS_CASE, 'yhdyspinta-elements-core.js', false],
  [`${ELEMENTS_CASE}${ALL_CHARTS_SUFFIX}`, 'yhdyspinta-elements-core.js', true],
  [ELEMENTS_IIFE_WITH_DATA_CASE, 'yhdyspinta-elements.iife.js', false],
  [ELEMENTS_IIFE_CASE, 'yhdyspinta-elements-core.iife.js', false],
  // The Swedish and English texts, which every bundle imports by URL for an element in that locale.
  [`${ELEMENTS_CASE}-locale-sv`, 'yhdyspinta-elements-locale-sv.js', false],
  [`${ELEMENTS_CASE}-locale-en`, 'yhdyspinta-elements-locale-en.js', false],
];

/** What measureShippedFile reports (bundles.ts's BundleSize). */
export interface ShippedFileSize {
  readonly minified: number;
  readonly gzip: number;
  /** Bytes per file loaded. */
  readonly breakdown: Record<string, number>;
  /** The chunks the file can import on demand and does not load with it. */
  readonly onDemand: { readonly minified: number; readonly gzip: number };
}

/** Static imports of a minified ES module (`import"./x.js"`, `from"./x.js"`; not `import("./x.js")`). */
export function staticImports(code: string): string[] {
  return [...code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+)["']/g)].map(
    (m) => m[1] ?? '',
  );
}

/** Dynamic imports of relative chunks (`import("./x.js")`). */
export function dynamicImports(code: string): string[] {
  return [...code.matchAll(/\bimport\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g)].map((m) => m[1] ?? '');
}

/** The Swedish hyphenation patterns' chunk (weighed as its own row). */
const SWEDISH_CHUNK = /(^|\/)hyphenationSv-[\w-]+\.js$/;

/**
 * A browser bundle of the charts package as a page loads it: the file and the chunks it imports
 * statically, transitively (gzip of them together, like measureBundle's); chunks it imports
 * dynamically are weighed apart. The breakdown is by file.
 */
export function measureShippedFile(
  packageDir: string,
  file: string,
  allCharts = false,
): ShippedFileSize {
  const dist = join(packageDir, 'dist');
  const loaded: string[] = [];
  const dynamic: string[] = [];
  const visit = (path: string) => {
    if (loaded.includes(path)) return;
    loaded.push(path);
    const code = readFileSync(join(dist, path), 'utf8');
    for (const imported of staticImports(code)) visit(join(dirname(path), imported));
    for (const imported of dynamicImports(code)) dynamic.push(join(dirname(path), imported));
  };
  visit(file);
  // A page with every chart: each chunk imported on demand too (and theirs), not the Swedish patterns.
  while (allCharts && dynamic.some((path) => !loaded.includes(path) && !SWEDISH_CHUNK.test(path))) {
    const next = dynamic.find((path) => !loaded.includes(path) && !SWEDISH_CHUNK.test(path));
    if (next) visit(next);
  }
  const read = (paths: readonly string[]) =>
    Buffer.concat(paths.map((path) => readFileSync(join(dist, path))));
  const code = read(loaded);
  const reachable = new Set<string>();
  const reach = (path: string) => {
    if (reachable.has(path) || loaded.includes(path) || !existsSync(join(dist, path))) return;
    reachable.add(path);
    const text = readFileSync(join(dist, path), 'utf8');
    for (const p of [...staticImports(text), ...dynamicImports(text)])
      reach(join(dirname(path), p));
  };
  for (const path of dynamic) reach(path);
  const later = read([...reachable]);
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
