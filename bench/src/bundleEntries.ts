/**
 * The bundle-weight phase's entries (bundles.ts measures them): ours — each chart alone and all together
 * from `@yhdyspinta/charts/core` (data passed in) and, for information, from the main entry (with the
 * shipped data), and the custom elements' browser bundles as shipped (elementBundles.ts). The peers'
 * equivalents are in bundlePeers.ts.
 */
import { ELEMENT_FILES, WITH_DATA_SUFFIX } from './elementBundles';
import type { LibraryId } from './libraries';

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

/** `export { names } from "from";` */
export function reExport(names: readonly string[], from: string): string {
  return `export { ${names.join(', ')} } from ${JSON.stringify(from)};`;
}

/** Our bundle entries, for the charts exported now. */
export function ourBundleEntries(ourExports: ReadonlySet<string>): BundleEntry[] {
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
  return entries;
}
