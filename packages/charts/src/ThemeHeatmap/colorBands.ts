/**
 * The heatmap's colour scale, quantised into a few bands so each band's cells can be drawn as one SVG path.
 * Pure; the binning is d3-scale's `scaleThreshold` (and d3-array's quantiles for the default breaks).
 *
 * - 'count': the theme's sequential ramp (light → dark). 0 is its own first band in the ramp's first step
 *   (near white), so a real zero reads as none; the positive values share the other steps. The default
 *   breaks are "nice" quantiles of the positive values (whole numbers, two significant digits), so one
 *   outlier cannot put nearly every cell in one band: it shares the top band with the largest ordinary
 *   values. The caller may give its own thresholds instead (`validateThresholds`).
 * - 'rating': one band per level of the 1–5 scale (a value takes its nearest level, halves up), coloured
 *   from the theme's diverging ramp with the neutral 3 on the ramp's middle step.
 *
 * Colour is never the only channel: values are printed in the cells where they fit (else the chart says
 * they are in the table and tooltip), and steps lighter than 3:1 on the background carry `outline`.
 */
import { quantileSorted } from 'd3-array';
import { nearestScaleLevel } from '../locale/format';
import { contrastRatio, readableTextColor } from '../theme/contrast';
import type { ChartTheme } from '../theme/ChartTheme';
import type { HeatmapKind } from './types';

export interface ColorBand {
  /** Inclusive value range of the band ('count': whole numbers; 'rating': the scale level). */
  readonly min: number;
  readonly max: number;
  readonly color: string;
  /** Colour of values printed on the band (theme text or background, whichever contrasts more). */
  readonly textColor: string;
  /** The colour is under 3:1 on the background: its cells are drawn with an outline. */
  readonly outline: boolean;
}

export interface ColorBands {
  readonly kind: HeatmapKind;
  readonly bands: readonly ColorBand[];
  /** The band index of a value (values outside the domain go to the nearest band). */
  readonly bandOf: (value: number) => number;
}

/** `count` of the palette's colours, spread from the first to the last (the middle stays the middle). */
export function spreadPalette(palette: readonly string[], count: number): string[] {
  const last = Math.max(0, palette.length - 1);
  return Array.from({ length: count }, (_, i) => {
    const at = count <= 1 ? 0 : Math.round((i * last) / (count - 1));
    return palette[at] ?? palette[0] ?? '#000000';
  });
}

/** A break rounded to a "nice" whole number: exact below 100, else to two significant digits. */
export function niceBreak(value: number): number {
  const whole = Math.max(1, Math.ceil(value));
  if (whole < 100) return whole;
  const step = 10 ** (Math.floor(Math.log10(whole)) - 1);
  return Math.round(whole / step) * step;
}

/**
 * Lower bounds of the positive count bands after the first (which starts at 1), at most `bands - 1` of
 * them: every distinct value its own band when they are few, else nice quantiles of the positive values.
 * `positive` is sorted ascending.
 */
export function countBreaks(positive: number[], bands: number): number[] {
  const k = Math.max(1, Math.floor(bands));
  const distinct = [...new Set(positive.map((v) => Math.round(v)))].filter((v) => v > 0);
  if (distinct.length <= k) return distinct.slice(1);
  const breaks: number[] = [];
  for (let i = 1; i < k; i += 1) {
    const q = quantileSorted(positive, i / k) ?? 0;
    const b = niceBreak(Math.floor(q) + 1);
    if (b > (breaks[breaks.length - 1] ?? 1) && b <= (distinct[distinct.length - 1] ?? 0))
      breaks.push(b);
  }
  return breaks;
}

/**
 * Problems with user thresholds (the lower bounds of the count bands after 0 and the first positive
 * band): whole numbers > 1, strictly increasing, at most `maxCount` (the ramp's steps less two).
 */
export function validateThresholds(thresholds: readonly unknown[], maxCount: number): string[] {
  const problems: string[] = [];
  let previous = 1;
  thresholds.forEach((t, i) => {
    if (typeof t !== 'number' || !Number.isInteger(t) || t <= previous)
      problems.push(
        `thresholds[${i}] must be a whole number greater than ${previous === 1 ? '1' : 'the previous one'}`,
      );
    else previous = t;
  });
  if (thresholds.length > maxCount)
    problems.push(`at most ${maxCount} thresholds fit the colour ramp, got ${thresholds.length}`);
  return problems;
}

function band(min: number, max: number, color: string, theme: ChartTheme): ColorBand {
  const { text, background } = theme.colors;
  return {
    min,
    max,
    color,
    textColor: readableTextColor(color, [text, background]),
    outline: contrastRatio(color, background) < 3,
  };
}

function ratingBands(theme: ChartTheme): ColorBands {
  const ramp = theme.diverging.length > 0 ? theme.diverging : theme.sequential;
  const colors = spreadPalette(ramp.length > 0 ? ramp : [theme.colors.mark], 5);
  const bands = colors.map((color, i) => band(i + 1, i + 1, color, theme));
  const bandOf = (value: number) =>
    Math.min(4, Math.max(0, (nearestScaleLevel(value) ?? (value < 1 ? 1 : 5)) - 1));
  return { kind: 'rating', bands, bandOf };
}

/**
 * The colour bands of a heatmap. `values`: every present value (any order). `thresholds` ('count' only,
 * already valid): the lower bounds of the bands after 0 and the band starting at 1; default nice quantiles.
 */
export function colorBands(
  kind: HeatmapKind,
  values: readonly number[],
  theme: ChartTheme,
  thresholds?: readonly number[],
): ColorBands {
  if (kind === 'rating') return ratingBands(theme);
  const ramp =
    theme.sequential.length > 1 ? theme.sequential : [theme.colors.background, '#000000'];
  const positive = values.filter((v) => v > 0).sort((a, b) => a - b);
  const max = Math.max(1, Math.round(positive[positive.length - 1] ?? 0));
  const breaks = thresholds ? [...thresholds] : countBreaks(positive, ramp.length - 1);
  const lows = [1, ...breaks];
  // Zero takes the ramp's first step; the positive bands spread over the rest.
  const colors = [ramp[0] ?? '#FFFFFF', ...spreadPalette(ramp.slice(1), lows.length)];
  const bands = [
    band(0, 0, colors[0] ?? '#FFFFFF', theme),
    ...lows.map((low, i) =>
      band(low, Math.max(low, (lows[i + 1] ?? max + 1) - 1), colors[i + 1] ?? '#000000', theme),
    ),
  ];
  // d3's scaleThreshold over `lows` (strictly increasing): how many lows are at or below the value.
  const bandOf = (value: number) => {
    const v = Math.round(value);
    if (Number.isNaN(v)) return 0;
    const above = lows.findIndex((low) => low > v);
    return above < 0 ? lows.length : above;
  };
  return { kind, bands, bandOf };
}
