/**
 * Which arrangement the radar is drawn in, pure. A radar holds up to three overlaid series; with more,
 * the polygons and markers hide each other, so every series gets its own small radar (small multiples,
 * the same scale, the goals numbered with a key). The same small multiples are used when the width
 * leaves the overlaid plot smaller than MIN_OVERLAY_DIAMETER across (about 240 px at the default type):
 * the goals' numbers take far less room around the plot than their texts, so the plot keeps a legible
 * size, and the texts are read in full in the key. Both cases say so on the chart and in the description.
 *
 * Why not the bar twin: the twin (RescueBars, `twin="bars"` of the main entry) is a second chart that a
 * page asks for; switching to it silently would change the chart's kind, its keyboard model and its
 * table under the same title. The small multiples keep the radar's shape and scale, and the bar twin
 * stays one prop away for readers who need the numbers as bars.
 */
import type { ChartTheme } from '../theme/ChartTheme';
import type { MultiplesReason, RescueRadarLayoutInput } from './layoutTypes';

/** The most series one radar overlays. */
export const MAX_OVERLAY_SERIES = 3;

/** The smallest overlaid plot at the default type, in px (scaled with the theme's type). */
export const MIN_OVERLAY_DIAMETER = 240;

/** A diameter given at the default type (12 px ticks), scaled to the theme's type (slides: × 1.8). */
export function minPlotDiameter(atDefault: number, theme: ChartTheme): number {
  return atDefault * Math.max(1, theme.fontSize.tick / 12);
}

/** Multiples before any layout is tried: forced, or more series than one radar holds. */
export function multiplesBeforeLayout(input: RescueRadarLayoutInput): MultiplesReason | null {
  const { arrangement } = input.options;
  const many = input.data.series.length > MAX_OVERLAY_SERIES;
  if (arrangement === 'overlay') return null;
  // Asked for (a part of a split chart, or the caller): one figure per series when there are several.
  if (arrangement === 'multiples' || many)
    return input.data.series.length > 1 ? 'series' : 'narrow';
  const room = input.width - 2 * input.theme.spacing.md;
  return room < minPlotDiameter(MIN_OVERLAY_DIAMETER, input.theme) ? 'narrow' : null;
}

/** True when an overlaid plot of `radius` (whose labels fit or not) is too small to read. */
export function overlayTooSmall(
  input: RescueRadarLayoutInput,
  radius: number,
  labelsFit: boolean,
): boolean {
  if (input.options.arrangement === 'overlay') return false;
  return !labelsFit || 2 * radius < minPlotDiameter(MIN_OVERLAY_DIAMETER, input.theme);
}

/** The style index of the first series: the option when it is a whole number ≥ 0, else 0. */
export function styleOffset(options: { readonly firstSeriesStyle?: number }): number {
  const offset = options.firstSeriesStyle;
  return offset !== undefined && Number.isInteger(offset) && offset > 0 ? offset : 0;
}
