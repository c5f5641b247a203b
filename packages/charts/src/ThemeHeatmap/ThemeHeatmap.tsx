import { defineChart } from '../chart/defineChart';
import type { CommonChartProps } from '../common/ChartProps';
import { themeHeatmapMessages } from '../locale/themeHeatmap';
import { ThemeHeatmapSvg } from './ThemeHeatmapSvg';
import type { ThemeHeatmapOptions } from './ThemeHeatmapSvg';
import { layoutHeatmapFrame } from './compute';
import type { HeatmapData } from './types';
import { validateThemeHeatmapData } from './validate';

export interface ThemeHeatmapProps extends CommonChartProps {
  /**
   * Rows × columns of values (see HeatmapData): `themeHeatmapFromThemeCounts()` for the coded 2025 §14
   * negotiation memos, `themeHeatmapFromResponses(responses)` for a goal × municipality matrix of ratings,
   * or by hand. (The main entry's ThemeHeatmap draws the memo themes when this is omitted; this one, from
   * `@yhdyspinta/charts/core`, carries no data.)
   */
  readonly data: HeatmapData;
}

/**
 * A heatmap of rows × columns: colour bands from the theme's sequential palette with a legend, values
 * printed in cells where they fit, missing cells hatched and labelled "ei tietoa" (never drawn as 0).
 * Dense grids (up to hundreds of rows and columns) thin, rotate and cut their labels so none collide.
 * One Tab stop: the arrow keys move between cells, and the focused cell's name, the tooltip and the
 * hidden data table give every value in words.
 */
export const ThemeHeatmap = defineChart<HeatmapData, ThemeHeatmapProps, ThemeHeatmapOptions>({
  name: 'ThemeHeatmap',
  validate: validateThemeHeatmapData,
  defaultTitle(props, { locale, valid }) {
    // The data's own title, even when the data is invalid (its error state is named after it).
    const given = (props.data ?? null) as Partial<HeatmapData> | null;
    const messages = themeHeatmapMessages(locale);
    return (
      valid?.title ??
      (typeof given?.title === 'string' && given.title ? given.title : null) ??
      (given?.kind === 'rating' ? messages.ratingTitle : messages.countTitle)
    );
  },
  options: (props, { title }) => ({
    title,
    hideTitle: props.hideTitle,
    illustrative: props.illustrative,
  }),
  naturalHeight: (data, width, { locale, theme }, options) =>
    layoutHeatmapFrame(data, { ...options, locale, theme, width }).naturalHeight,
  Svg: ThemeHeatmapSvg,
});
