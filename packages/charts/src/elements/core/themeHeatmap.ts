// The data-free element's ThemeHeatmap (a chunk of its own in the ES module bundle; onDemandSourceElements.ts).
import type { AnyChartDefinition } from '../../chart/ChartDefinition';
import { ThemeHeatmap } from '../../ThemeHeatmap/ThemeHeatmap';
import { validateThemeHeatmapData } from '../../ThemeHeatmap/validate';
import { coreChart } from './coreChart';
import { CORE_TITLES } from './titles';

export const chart = coreChart({
  id: 'theme-heatmap',
  Chart: ThemeHeatmap as AnyChartDefinition['Chart'],
  validate: validateThemeHeatmapData,
  titles: CORE_TITLES['theme-heatmap'],
});
