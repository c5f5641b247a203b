/**
 * The data-free bundle's elements (dist/yhdyspinta-elements-core(.iife).js): each chart's core component
 * (no shipped data) with its validation and titles (core/). They draw `data`, or the responses of
 * `src`, whose reader and adapters (with the survey's definitions) load on demand from the file the
 * bundle names (setSourceSupportUrl; lazySource.ts); without either they show the error state saying
 * so. Each chart's code loads when its first element is connected (lazyChart.tsx: a chunk per chart in
 * the ES module). Tags as the full bundle's: a page loads one bundle or the other.
 */
import { ChartElementBase } from './ChartElementBase';
import type { ElementChart } from './elementChart';
import { loadSourceLazily } from './lazySource';
import type { SourceLimits, SourceProgress, SourceResult } from './sourceTypes';

export { setSourceSupportUrl } from './lazySource';

/** The classes of data-free elements (the ES module's charts load on demand, the classic script's not). */
export function coreChartElements(
  charts: readonly ElementChart[],
): Readonly<Record<string, CustomElementConstructor>> {
  return Object.fromEntries(charts.map((chart) => [chart.tag, coreElementClass(chart)]));
}

/** A data-free element's class. */
function coreElementClass(chart: ElementChart): CustomElementConstructor {
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
