import { ChartElementBase } from './ChartElementBase';
import { loadResponses } from './responsesSource';
import type { SourceLimits, SourceProgress, SourceResult } from './sourceTypes';

/**
 * Base class of the chart elements of `@yhdyspinta/charts/elements` and the full browser bundles: a
 * ChartElementBase reading `src` with the importers of @yhdyspinta/data, bundled with it (one fetch per
 * URL shared by the elements; responsesSource.ts).
 */
export abstract class YhdyspintaChartElement extends ChartElementBase {
  protected loadSource(
    url: string,
    limits: SourceLimits,
    onProgress: SourceProgress,
  ): Promise<SourceResult> {
    return loadResponses(url, limits, onProgress);
  }
}
