// Entry of dist/yhdyspinta-elements.js (ES module, with the shipped data): defines every chart element.
// Loaded on demand: each chart's definition (its code, shipped data and adapters; a chunk, when its
// first element is connected), the reader of `src` (yhdyspinta-elements-source.js next to this file, when an
// element has a `src`) and the Swedish hyphenation patterns (a chunk, when an element is drawn in
// Swedish); the classic-script bundle (elementsIife.ts) has the charts and patterns inside.
import type { AnyChartDefinition } from '../../chart/ChartDefinition';
import { CORE_TITLES } from '../core/titles';
import { defineElements } from '../defineElements';
import { elementChart } from '../elementChart';
import type { ElementChart } from '../elementChart';
import { lazyChart } from '../lazyChart';
import { onDemandSourceElements, setSourceSupportUrl } from '../onDemandSourceElements';

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

setSourceSupportUrl(new URL('./yhdyspinta-elements-source.js', import.meta.url).href);
defineElements(onDemandSourceElements(CHARTS));
