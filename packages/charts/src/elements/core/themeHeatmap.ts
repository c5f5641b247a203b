// The data-free element's ThemeHeatmap (a chunk of its own in the ES module bundle; onDemandSourceElements.ts).
import type { AnyChartDefinition } from '../../chart/ChartDefinition';
import { ThemeHeatmap } from '../../ThemeHeatmap/ThemeHeatmap';
import { validateThemeHeatmapData } from '../../ThemeHeatmap/validate';
import { coreChart } from '../bundles/chartParts';
import type { ChartParts } from '../bundles/chartParts';
import { CORE_TITLES } from '../bundles/titles';

/** Its parts (the full bundles' chart, ../shipped/, draws them with the shipped data). */
export const parts: ChartParts = {
  id: 'theme-heatmap',
  Chart: ThemeHeatmap as AnyChartDefinition['Chart'],
  validate: validateThemeHeatmapData,
  titles: CORE_TITLES['theme-heatmap'],
};

export const chart = /* @__PURE__ */ coreChart(parts);
