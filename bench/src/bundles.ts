/**
 * Bundle weight: each chart alone and all together, esbuild-minified for the browser with react and
 * react-dom external, code splitting on (as an app's bundler does), gzip -9 bytes of what loads with the
 * entry: its chunk and the chunks it imports statically. Chunks loaded on demand (`import()`: the
 * Swedish hyphenation patterns) are weighed apart, as the `bundle-hyphenation-sv` row. Ours are bundled
 * from the packed tarballs (tarballs.ts), peers from their installed packages; peers get their
 * equivalent single-chart bundles (the same component the server-render cases use; ECharts:
 * echarts/core with just that chart, its components and the SVG renderer).
 */
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ourBundleEntries } from './bundleEntries';
import type { BundleEntry } from './bundleEntries';
import { peerBundleEntries } from './bundlePeers';
import { measureShippedFile } from './elementBundles';
import { REPO_DIR, SRC_DIR } from './paths';
import { packOurPackages } from './tarballs';
import type { BundleRow } from './results';
import { ratio } from './stats';

export type { BundleEntry } from './bundleEntries';
export {
  ALL_CHARTS_SUFFIX,
  WITH_DATA_SUFFIX,
  ELEMENTS_CASE,
  ELEMENTS_WITH_DATA_CASE,
  ELEMENTS_IIFE_CASE,
  ELEMENTS_IIFE_WITH_DATA_CASE,
} from './elementBundles';

/** The bundle entries: ours (only for the charts exported now), then the peers'. */
export function bundleEntries(ourExports: ReadonlySet<string>): BundleEntry[] {
  return [...ourBundleEntries(ourExports), ...peerBundleEntries()];
}

/**
 * Groups an input path of the bundle: a package ("d3-scale"), our data package's area
 * ("@yhdyspinta/data survey2024") or our charts package's folder ("@yhdyspinta/charts GoalBarChart").
 */
export function inputGroup(path: string): string {
  const nm = path.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const parts = path.slice(nm + 'node_modules/'.length).split('/');
    return parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1]}` : (parts[0] ?? path);
  }
  const ours = /packages\/(charts|data)\/src\/([^/]+)/.exec(path);
  if (ours) return `@yhdyspinta/${ours[1]} ${(ours[2] ?? '').replace(/\.tsx?$/, '')}`;
  return path;
}

export interface BundleSize {
  readonly minified: number;
  readonly gzip: number;
  /** Minified bytes per input group (inputGroup), largest first. */
  readonly breakdown: Record<string, number>;
  /** Chunks only loaded on demand (dynamic `import()`), apart from the above. */
  readonly onDemand: { readonly minified: number; readonly gzip: number };
}

/** Where an entry's imports resolve: the bench's sources by default, or the unpacked tarballs. */
export interface BundleResolution {
  readonly resolveDir: string;
  readonly nodePaths?: readonly string[];
  /** Extra export conditions: `yhdyspinta-source` picks the workspace sources instead of dist/. */
  readonly conditions?: readonly string[];
}

/** Minified bytes, gzip -9 bytes and the per-input breakdown of one entry. */
export async function measureBundle(
  entry: BundleEntry,
  resolution: BundleResolution = { resolveDir: SRC_DIR, conditions: ['yhdyspinta-source'] },
): Promise<BundleSize> {
  if (entry.shippedFile) {
    // The packed package, else the workspace's (its dist/ as last built).
    const packed = join(resolution.resolveDir, 'node_modules/@yhdyspinta/charts');
    const dir = existsSync(packed) ? packed : join(REPO_DIR, 'packages/charts');
    return measureShippedFile(dir, entry.shippedFile, entry.allCharts);
  }
  const result = await build({
    stdin: { contents: entry.contents, resolveDir: resolution.resolveDir, loader: 'tsx' },
    nodePaths: [...(resolution.nodePaths ?? [])],
    conditions: [...(resolution.conditions ?? [])],
    bundle: true,
    write: false,
    splitting: true,
    outdir: '/bundle',
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    jsx: 'automatic',
    external: entry.bundlesReact ? [] : ['react', 'react-dom', 'react/*', 'react-dom/*'],
    define: { 'process.env.NODE_ENV': '"production"' },
    legalComments: 'none',
    logLevel: 'error',
    metafile: true,
  });
  const outputs = result.metafile.outputs;
  const entryPath = Object.keys(outputs).find((path) => outputs[path]?.entryPoint === '<stdin>');
  // What loads with the entry: it and its static imports, transitively; the rest loads on demand.
  const loaded = new Set<string>();
  const visit = (path: string) => {
    if (loaded.has(path) || !outputs[path]) return;
    loaded.add(path);
    for (const imported of outputs[path]?.imports ?? []) {
      if (imported.kind === 'import-statement' && !imported.external) visit(imported.path);
    }
  };
  if (entryPath) visit(entryPath);
  const contents = (paths: readonly string[]) =>
    Buffer.concat(
      result.outputFiles
        .filter((file) => paths.includes(relativeOutput(file.path)))
        .map((file) => Buffer.from(file.contents)),
    );
  const all = Object.keys(outputs);
  const code = contents(all.filter((path) => loaded.has(path)));
  const later = contents(all.filter((path) => !loaded.has(path) && path.endsWith('.js')));
  const groups = new Map<string, number>();
  for (const [path, output] of Object.entries(outputs)) {
    if (!loaded.has(path)) continue;
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const group = inputGroup(input);
      groups.set(group, (groups.get(group) ?? 0) + bytesInOutput);
    }
  }
  const breakdown = Object.fromEntries([...groups.entries()].sort((a, b) => b[1] - a[1]));
  return {
    minified: code.byteLength,
    gzip: gzipSync(code, { level: 9 }).byteLength,
    breakdown,
    onDemand: {
      minified: later.byteLength,
      gzip: later.byteLength === 0 ? 0 : gzipSync(later, { level: 9 }).byteLength,
    },
  };
}

/** An output file's path as the metafile names it (relative to the working directory). */
function relativeOutput(path: string): string {
  return relative(process.cwd(), path);
}

export async function runBundlePhase(
  ourExports: ReadonlySet<string>,
  libraries: ReadonlySet<string>,
  log: (line: string) => void,
): Promise<BundleRow[]> {
  // Ours from the packed tarballs (their dist/), as users install them.
  const packed = libraries.has('ours') ? packOurPackages(log) : undefined;
  // esbuild builds in its own service process: measure all entries at once.
  const entries = bundleEntries(ourExports).filter((entry) => libraries.has(entry.library));
  const sizes = await Promise.all(
    entries.map((entry) =>
      measureBundle(entry, entry.library === 'ours' && packed ? packed : undefined),
    ),
  );
  const measured = entries.map((entry, i) => ({ ...entry, ...(sizes[i] as BundleSize) }));
  for (const m of measured) {
    log(`  ${m.case} ${m.library}: ${m.gzip} B gzip (${m.minified} B minified)`);
  }
  // The Swedish hyphenation patterns: loaded on demand by any chart drawn in Swedish.
  const all = measured.find((m) => m.case === 'bundle-all' && m.library === 'ours');
  if (all && all.onDemand.gzip > 0) {
    measured.push({
      case: 'bundle-hyphenation-sv',
      library: 'ours',
      exports: ['(Swedish hyphenation patterns, loaded for locale="sv")'],
      contents: '',
      minified: all.onDemand.minified,
      gzip: all.onDemand.gzip,
      breakdown: {},
      onDemand: { minified: 0, gzip: 0 },
    });
    log(`  bundle-hyphenation-sv ours: ${all.onDemand.gzip} B gzip, on demand`);
  }
  return measured.map((m) => ({
    case: m.case,
    library: m.library,
    median: m.gzip,
    ratio: ratio(m.gzip, measured.find((b) => b.case === m.case && b.library === 'baseline')?.gzip),
    unit: 'gzip bytes',
    minified: m.minified,
    exports: m.exports,
    breakdown: m.breakdown,
  }));
}
