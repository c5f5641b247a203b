import { ThemeHeatmap } from '../../shipped/ThemeHeatmap';
import type { ThemeHeatmapProps } from '../../shipped/ThemeHeatmap';
import { themeHeatmapFromResponses } from '../../ThemeHeatmap/fromResponses';
import type { HeatmapData } from '../../ThemeHeatmap/types';
import { validateThemeHeatmapData } from '../../ThemeHeatmap/validate';
import type { CommonChartProps } from '../../common/ChartProps';
import type { ChartDefinition } from './types';

/** ThemeHeatmap's own options (none beyond the common props today). */
export type ThemeHeatmapOptions = Omit<ThemeHeatmapProps, keyof CommonChartProps | 'data'>;

export const themeHeatmap: ChartDefinition<HeatmapData, ThemeHeatmapOptions> = {
  component: 'ThemeHeatmap',
  description: 'Memo themes by municipality (2025); with --data: goal means by municipality',
  render: (props) => <ThemeHeatmap {...props} />,
  validate: validateThemeHeatmapData,
  fromResponses: (responses, locale) => themeHeatmapFromResponses(responses, { locale }),
  needs:
    "at least one row and one column with a value (from responses: ratings of the survey's goals by municipality)",
};
