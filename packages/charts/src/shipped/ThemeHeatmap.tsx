import { useMemo } from 'react';
import { resolveLocale } from '../locale/resolve';
import { themeHeatmapFromThemeCounts } from '../ThemeHeatmap/fromThemeCounts';
import { ThemeHeatmap as ThemeHeatmapCore } from '../ThemeHeatmap/ThemeHeatmap';
import type { ThemeHeatmapProps as ThemeHeatmapCoreProps } from '../ThemeHeatmap/ThemeHeatmap';
import type { HeatmapData } from '../ThemeHeatmap/types';

export interface ThemeHeatmapProps extends Omit<ThemeHeatmapCoreProps, 'data'> {
  /**
   * Rows × columns of values (see HeatmapData). Omit to draw the shipped data: the ten municipalities ×
   * the memo themes, counting the points of the 2025 §14 negotiation memos coded to each theme
   * (`themeHeatmapFromThemeCounts()`; only 3/10 municipalities have a memo, the rest are drawn as no data).
   * For a goal × municipality matrix of ratings use `themeHeatmapFromResponses(responses)`.
   */
  readonly data?: HeatmapData;
}

/**
 * ThemeHeatmap with the shipped data as its default: `<ThemeHeatmap />` draws the coded 2025 memos.
 * Everything else is the chart of `@yhdyspinta/charts/core` (see there), which leaves the memos out of a
 * bundle that passes its own data.
 */
export function ThemeHeatmap(props: ThemeHeatmapProps) {
  const locale = resolveLocale(props.locale);
  const data = useMemo(
    () => props.data ?? themeHeatmapFromThemeCounts(undefined, locale),
    [props.data, locale],
  );
  return <ThemeHeatmapCore {...props} locale={locale} data={data} />;
}
