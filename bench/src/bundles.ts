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
import { ELEMENT_FILES, WITH_DATA_SUFFIX, measureShippedFile } from './elementBundles';
import type { LibraryId } from './libraries';
import { REPO_DIR, SRC_DIR } from './paths';
import { packOurPackages } from './tarballs';
import type { BundleRow } from './results';
import { ratio } from './stats';

export interface BundleEntry {
  /** "bundle-heatmap", "bundle-bars", "bundle-radar", "bundle-coverage" or "bundle-all". */
  readonly case: string;
  readonly library: LibraryId;
  readonly exports: readonly string[];
  /** The entry module's source. */
  readonly contents: string;
  /** React is bundled too. */
  readonly bundlesReact?: boolean;
  /**
   * A file of the charts package's dist/ that a page loads as it is (the custom elements' browser
   * bundles): weighed with the chunks it imports statically, not bundled again.
   */
  readonly shippedFile?: string;
  /** With `shippedFile`: every chunk it can import on demand loaded too (a page with every chart). */
  readonly allCharts?: boolean;
}

const baselineModule = (name: string) => JSON.stringify(join(SRC_DIR, 'libs/baseline', name));

function reExport(names: readonly string[], from: string): string {
  return `export { ${names.join(', ')} } from ${JSON.stringify(from)};`;
}

function echartsEntry(chart: string[], components: string[]): string {
  return `import { use, init } from 'echarts/core';
import { ${chart.join(', ')} } from 'echarts/charts';
import { ${components.join(', ')} } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
use([${[...chart, ...components, 'SVGRenderer'].join(', ')}]);
export { init };`;
}

const RECHARTS_BARS = [
  'BarChart',
  'Bar',
  'CartesianGrid',
  'LabelList',
  'Tooltip',
  'XAxis',
  'YAxis',
];
const RECHARTS_RADAR = [
  'RadarChart',
  'Radar',
  'PolarGrid',
  'PolarAngleAxis',
  'PolarRadiusAxis',
  'Legend',
  'Tooltip',
];
const ECHARTS = {
  heatmap: { chart: ['HeatmapChart'], components: ['GridComponent', 'VisualMapComponent'] },
  bars: { chart: ['BarChart'], components: ['GridComponent'] },
  radar: { chart: ['RadarChart'], components: ['RadarComponent', 'LegendComponent'] },
};

export {
  ALL_CHARTS_SUFFIX,
  WITH_DATA_SUFFIX,
  ELEMENTS_CASE,
  ELEMENTS_WITH_DATA_CASE,
  ELEMENTS_IIFE_CASE,
  ELEMENTS_IIFE_WITH_DATA_CASE,
} from './elementBundles';

/** The bundle entries; ours only for the charts exported now. */
export function bundleEntries(ourExports: ReadonlySet<string>): BundleEntry[] {
  const entries: BundleEntry[] = [];
  const ours: [string, string][] = [
    ['bundle-heatmap', 'ThemeHeatmap'],
    ['bundle-bars', 'GoalBarChart'],
    ['bundle-radar', 'RescueRadar'],
    ['bundle-coverage', 'ResponseCoverage'],
  ];
  const oursNow = ours.filter(([, name]) => ourExports.has(name));
  // The chart alone is the component from `@yhdyspinta/charts/core` (data passed in, as every peer's
  // chart); `-with-data` rows weigh the main entry's component, which carries the shipped data as its
  // default (for information: the data is content, not chart code).
  const ourSources: [string, string][] = [
    ['', '@yhdyspinta/charts/core'],
    [WITH_DATA_SUFFIX, '@yhdyspinta/charts'],
  ];
  for (const [suffix, from] of ourSources) {
    for (const [id, name] of oursNow) {
      entries.push({
        case: `${id}${suffix}`,
        library: 'ours',
        exports: [name],
        contents: reExport([name], from),
      });
    }
    if (oursNow.length > 1) {
      const names = oursNow.map(([, name]) => name);
      entries.push({
        case: `bundle-all${suffix}`,
        library: 'ours',
        exports: names,
        contents: reExport(names, from),
      });
    }
  }
  for (const [id, file, allCharts] of ELEMENT_FILES) {
    entries.push({
      case: id,
      library: 'ours',
      exports: [`@yhdyspinta/charts/dist/${file}${allCharts ? ' + every chart' : ''}`],
      contents: '',
      shippedFile: file,
      allCharts,
    });
  }
  const baseline: [string, string, string][] = [
    ['bundle-heatmap', 'BaselineHeatmap', 'BaselineHeatmap.tsx'],
    ['bundle-bars', 'BaselineBars', 'BaselineBars.tsx'],
    ['bundle-radar', 'BaselineRadar', 'BaselineRadar.tsx'],
  ];
  for (const [id, name, file] of baseline) {
    entries.push({
      case: id,
      library: 'baseline',
      exports: [name],
      contents: `export { ${name} } from ${baselineModule(file)};`,
    });
  }
  entries.push({
    case: 'bundle-all',
    library: 'baseline',
    exports: baseline.map(([, name]) => name),
    contents: baseline
      .map(([, name, file]) => `export { ${name} } from ${baselineModule(file)};`)
      .join('\n'),
  });
  entries.push(
    {
      case: 'bundle-heatmap',
      library: 'nivo',
      exports: ['HeatMap'],
      contents: reExport(['HeatMap'], '@nivo/heatmap'),
    },
    {
      case: 'bundle-bars',
      library: 'nivo',
      exports: ['Bar'],
      contents: reExport(['Bar'], '@nivo/bar'),
    },
    {
      case: 'bundle-radar',
      library: 'nivo',
      exports: ['Radar'],
      contents: reExport(['Radar'], '@nivo/radar'),
    },
    {
      case: 'bundle-all',
      library: 'nivo',
      exports: ['HeatMap', 'Bar', 'Radar'],
      contents: [
        reExport(['HeatMap'], '@nivo/heatmap'),
        reExport(['Bar'], '@nivo/bar'),
        reExport(['Radar'], '@nivo/radar'),
      ].join('\n'),
    },
    {
      case: 'bundle-bars',
      library: 'recharts',
      exports: RECHARTS_BARS,
      contents: reExport(RECHARTS_BARS, 'recharts'),
    },
    {
      case: 'bundle-radar',
      library: 'recharts',
      exports: RECHARTS_RADAR,
      contents: reExport(RECHARTS_RADAR, 'recharts'),
    },
    {
      case: 'bundle-all',
      library: 'recharts',
      exports: [...new Set([...RECHARTS_BARS, ...RECHARTS_RADAR])],
      contents: reExport([...new Set([...RECHARTS_BARS, ...RECHARTS_RADAR])], 'recharts'),
    },
  );
  for (const [kind, spec] of Object.entries(ECHARTS)) {
    entries.push({
      case: `bundle-${kind}`,
      library: 'echarts',
      exports: [...spec.chart, ...spec.components, 'SVGRenderer'],
      contents: echartsEntry(spec.chart, spec.components),
    });
  }
  const all = Object.values(ECHARTS);
  entries.push({
    case: 'bundle-all',
    library: 'echarts',
    exports: ['HeatmapChart', 'BarChart', 'RadarChart'],
    contents: echartsEntry(
      all.flatMap((s) => s.chart),
      [...new Set(all.flatMap((s) => s.components))],
    ),
  });
  return entries;
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
