// Entry of dist/yhdyspinta-elements.js (ES module, with the shipped data): defines every chart element.
// Loaded on demand: each chart's definition (its code, shipped data and adapters; a chunk, when its
// first element is connected), the reader of `src` (yhdyspinta-elements-source.js next to this file, when an
// element has a `src`) and the Swedish hyphenation patterns (a chunk, when an element is drawn in
// Swedish); the classic-script bundle (../register.ts) has both inside.
import type { AnyChartDefinition } from '../../chart/ChartDefinition';
import { ChartElementBase } from '../ChartElementBase';
import { CORE_TITLES } from '../core/titles';
import { defineElements } from '../defineElements';
import { elementChart } from '../elementChart';
import type { ElementChart } from '../elementChart';
import { lazyChart } from '../lazyChart';
import { loadSourceLazily, setSourceSupportUrl } from '../lazySource';
import type { SourceLimits, SourceProgress, SourceResult } from '../sourceTypes';

/** A chart's definition (its code, shipped data and adapters: a chunk), loaded on demand. */
const fromDefinition = (definition: unknown) =>
  elementChart(definition as unknown as AnyChartDefinition);

const CHARTS: readonly ElementChart[] = [
  lazyChart('goal-bars', CORE_TITLES['goal-bars'], () =>
    import('../../GoalBarChart/definition').then((m) => fromDefinition(m.goalBarsChart)),
  ),
  lazyChart('theme-heatmap', CORE_TITLES['theme-heatmap'], () =>
    import('../../ThemeHeatmap/definition').then((m) => fromDefinition(m.themeHeatmapChart)),
  ),
  lazyChart('rescue-radar', CORE_TITLES['rescue-radar'], () =>
    import('../../RescueRadar/definition').then((m) => fromDefinition(m.rescueRadarChart)),
  ),
  lazyChart('coverage', CORE_TITLES.coverage, () =>
    import('../../ResponseCoverage/definition').then((m) => fromDefinition(m.coverageChart)),
  ),
];

function elementClass(chart: ElementChart): [string, CustomElementConstructor] {
  const element = class extends ChartElementBase {
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
  return [chart.tag, element];
}

setSourceSupportUrl(new URL('./yhdyspinta-elements-source.js', import.meta.url).href);
defineElements(Object.fromEntries(CHARTS.map(elementClass)));
