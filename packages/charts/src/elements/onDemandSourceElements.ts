/**
 * Element classes that read `src` through the reader loaded on demand from the file the bundle names
 * (setSourceSupportUrl; lazySource.ts) instead of a reader bundled with them: the browser bundles'
 * elements (bundles/). The data-free bundles' charts (core/) draw `data`, or the responses of `src`
 * through the reader's adapters, and without either show the error state saying so; the full bundles'
 * charts are their definitions. Tags as the package's: a page loads one bundle.
 */
import { ChartElementBase } from './ChartElementBase';
import type { ElementChart } from './elementChart';
import { loadSourceLazily } from './lazySource';
import type { SourceLimits, SourceProgress, SourceResult } from './sourceTypes';

export { setSourceSupportUrl } from './lazySource';

/** Tag name → element class, for each chart (its code loaded on demand when it is a lazyChart). */
export function onDemandSourceElements(
  charts: readonly ElementChart[],
): Readonly<Record<string, CustomElementConstructor>> {
  return Object.fromEntries(charts.map((chart) => [chart.tag, onDemandSourceElement(chart)]));
}

/** An element class reading `src` with the on-demand reader. */
function onDemandSourceElement(chart: ElementChart): CustomElementConstructor {
  return class extends ChartElementBase {
    protected get chart(): ElementChart {
      return chart;
    }

    protected loadSource(
      url: string,
      limits: SourceLimits,
      onProgress: SourceProgress,
    ): Promise<SourceResult> {
      return loadSourceLazily(url, limits, onProgress);
    }
  };
}
