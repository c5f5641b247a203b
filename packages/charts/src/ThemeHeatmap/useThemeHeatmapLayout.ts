import { useMemo } from 'react';
import { computeThemeHeatmapLayout } from './compute';
import type { HeatmapLayout, HeatmapOptions } from './compute';
import type { HeatmapData } from './types';

/** Memoises computeThemeHeatmapLayout on the data and each option (the layout of a 300 × 300 grid is not free). */
export function useThemeHeatmapLayout(data: HeatmapData, options: HeatmapOptions): HeatmapLayout {
  const { width, height, locale, theme, title, hideTitle, illustrative, missingFill } = options;
  const { thresholds, collapseMissing, orientation } = options;
  return useMemo(
    () =>
      computeThemeHeatmapLayout(data, {
        width,
        height,
        locale,
        theme,
        title,
        hideTitle,
        illustrative,
        missingFill,
        thresholds,
        collapseMissing,
        orientation,
      }),
    [
      data,
      width,
      height,
      locale,
      theme,
      title,
      hideTitle,
      illustrative,
      missingFill,
      thresholds,
      collapseMissing,
      orientation,
    ],
  );
}
