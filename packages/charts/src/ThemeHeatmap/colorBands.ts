/**
 * The heatmap's colour scale, quantised into a few bands so each band's cells can be drawn as one SVG path.
 * Pure. The colours are the theme's sequential palette (single hue, light → dark, every step ≥ 3:1 on the
 * background): ordered by lightness, so readable without hue vision; values are also printed in the cells
 * where they fit, so colour is never the only channel.
 */
import { nearestScaleLevel } from '../locale/format';
import { readableTextColor } from '../theme/contrast';
import type { ChartTheme } from '../theme/ChartTheme';
import type { HeatmapKind } from './types';

export interface ColorBand {
  /** Inclusive value range of the band ('count': whole numbers; 'rating': the scale level). */
  readonly min: number;
  readonly max: number;
  readonly color: string;
  /** Colour of values printed on the band (theme text or background, whichever contrasts more). */
  readonly textColor: string;
}

export interface ColorBands {
  readonly kind: HeatmapKind;
  readonly bands: readonly ColorBand[];
  /** The band index of a value (values outside the domain go to the nearest band). */
  readonly bandOf: (value: number) => number;
}

/** `count` of the palette's colours, spread from the lightest to the darkest. */
export function spreadPalette(palette: readonly string[], count: number): string[] {
  const last = Math.max(0, palette.length - 1);
  return Array.from({ length: count }, (_, i) => {
    const at = count <= 1 ? 0 : Math.round((i * last) / (count - 1));
    return palette[at] ?? palette[0] ?? '#000000';
  });
}

/**
 * Whole-number ranges for counts 0…max in at most `maxBands` bands: 0 alone (a real zero is worth telling
 * apart), then equal ranges of 1…max; one band per value when they all fit.
 */
export function countRanges(max: number, maxBands: number): [number, number][] {
  const top = Math.max(0, Math.floor(max));
  const bands = Math.max(2, Math.floor(maxBands));
  if (top + 1 <= bands) return Array.from({ length: top + 1 }, (_, v) => [v, v]);
  const step = Math.ceil(top / (bands - 1));
  const ranges: [number, number][] = [[0, 0]];
  for (let lo = 1; lo <= top; lo += step) ranges.push([lo, Math.min(top, lo + step - 1)]);
  return ranges;
}

/** The colour bands of a heatmap: 'rating' one per scale level 1–5; 'count' from countRanges(max). */
export function colorBands(kind: HeatmapKind, max: number, theme: ChartTheme): ColorBands {
  const palette = theme.sequential.length > 0 ? theme.sequential : [theme.colors.mark];
  const ranges: [number, number][] =
    kind === 'rating'
      ? [1, 2, 3, 4, 5].map((level) => [level, level])
      : countRanges(max, palette.length);
  const colors = spreadPalette(palette, ranges.length);
  const candidates = [theme.colors.text, theme.colors.background];
  const bands = ranges.map(([min, bandMax], i) => {
    const color = colors[i] ?? palette[0] ?? '#000000';
    return { min, max: bandMax, color, textColor: readableTextColor(color, candidates) };
  });
  const last = bands.length - 1;
  const countStep = ranges.length > 1 ? (ranges[1]?.[1] ?? 0) - (ranges[1]?.[0] ?? 0) + 1 : 1;
  const bandOf =
    kind === 'rating'
      ? (value: number) =>
          Math.min(last, Math.max(0, (nearestScaleLevel(value) ?? (value < 1 ? 1 : 5)) - 1))
      : ranges.length === Math.floor(max) + 1
        ? (value: number) => Math.min(last, Math.max(0, Math.round(value)))
        : (value: number) =>
            value <= 0 ? 0 : Math.min(last, 1 + Math.floor((Math.round(value) - 1) / countStep));
  return { kind, bands, bandOf };
}
