// The data-free element's ThemeHeatmap (a chunk of its own in the ES module bundle; ../bundles/chartParts.ts).
import { ThemeHeatmap } from '../../ThemeHeatmap/ThemeHeatmap';
import { validateThemeHeatmapData } from '../../ThemeHeatmap/validate';
import { bundleChart } from '../bundles/chartParts';

export const { parts, chart } = bundleChart(
  'theme-heatmap',
  ThemeHeatmap,
  validateThemeHeatmapData,
);
