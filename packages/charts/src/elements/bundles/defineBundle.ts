/**
 * What every browser bundle's entry does (the files beside this one): says where the `src` reader and
 * the locale texts are (yhdyspinta-elements-source.js and -locale-<sv|en>.js next to the bundle,
 * imported by URL when an element has a `src` or is drawn in Swedish or English) and
 * defines the chart elements, each reading `src` with that reader. The data-free ES module's charts load
 * their code on demand (`lazyCharts`: a chunk per chart); the other bundles have every chart inside.
 */
import { CORE_TITLES } from './titles';
import type { BundleChartId } from './titles';
import { defineElements } from '../defineElements';
import type { ElementChart } from '../elementChart';
import { lazyChart } from '../lazyChart';
import { setLocalePackBase } from '../localePacks';
import { onDemandSourceElements, setSourceSupportUrl } from '../onDemandSourceElements';

/** A chart's module (core/<chart>.ts or shipped/<chart>.ts). */
export interface ChartModule {
  readonly chart: ElementChart;
}

/**
 * Defines the elements of `charts`; `sourceUrl`: the `src` reader's URL (none outside a page), beside
 * which are the Swedish and English texts too (yhdyspinta-elements-locale-<sv|en>.js, ../localePacks.ts).
 */
export function defineBundle(sourceUrl: string | undefined, charts: readonly ElementChart[]): void {
  if (sourceUrl) setSourceSupportUrl(sourceUrl);
  setLocalePackBase(sourceUrl);
  defineElements(onDemandSourceElements(charts));
}

/** Each chart's module in core/ and shipped/ (its file name without `.ts`). */
const MODULE_FILES: { readonly [Id in BundleChartId]: string } = {
  'goal-bars': 'goalBars',
  'theme-heatmap': 'themeHeatmap',
  'rescue-radar': 'rescueRadar',
  coverage: 'coverage',
};

/**
 * Each chart with its code loaded when its first element is connected: `load(file)` imports the chart's
 * module (the entry's `import(\`../core/${file}.ts\`)`, which esbuild makes a chunk per file of the
 * folder): a page loads the code of the charts it shows, not of all four.
 */
export function lazyCharts(load: (file: string) => Promise<unknown>): ElementChart[] {
  return (Object.keys(CORE_TITLES) as BundleChartId[]).map((id) =>
    lazyChart(id, CORE_TITLES[id], () =>
      load(MODULE_FILES[id]).then((module) => (module as ChartModule).chart),
    ),
  );
}
