import { useMemo } from 'react';
import { computeThemeHeatmapLayout } from './compute';
import type { HeatmapLayout, HeatmapOptions } from './compute';
import type { HeatmapData } from './types';

/** The options the layout depends on, one by one (the options object itself is new on every render). */
const OPTION_KEYS = [
  'width',
  'height',
  'locale',
  'theme',
  'title',
  'hideTitle',
  'subtitle',
  'illustrative',
  'missingFill',
  'thresholds',
  'collapseMissing',
  'orientation',
  'keyColumns',
  'noTooltip',
] as const satisfies readonly (keyof HeatmapOptions)[];

/**
 * Memoises computeThemeHeatmapLayout on the data and each option (the layout of a 300 × 300 grid is not
 * free), and on whether the locale's hyphenation patterns were loaded (Swedish arrives on demand).
 */
export function useThemeHeatmapLayout(
  data: HeatmapData,
  options: HeatmapOptions,
  hyphenated?: boolean,
): HeatmapLayout {
  const deps = [data, hyphenated, ...OPTION_KEYS.map((key) => options[key])];
  return useMemo(() => computeThemeHeatmapLayout(data, options), deps);
}
