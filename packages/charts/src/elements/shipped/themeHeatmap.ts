// The full bundles' ThemeHeatmap element: the coded 2025 memos without `data` (as the chart's definition).
import { themeHeatmapFromThemeCounts } from '../../ThemeHeatmap/shipped/fromThemeCounts';
import { shippedChart } from '../bundles/chartParts';
import { parts } from '../core/themeHeatmap';

export const chart = shippedChart(parts, (locale) =>
  themeHeatmapFromThemeCounts(undefined, locale),
);
