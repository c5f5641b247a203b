/**
 * RescueRadar's plot for one ring variant, pure: the axis labels fitted around the circle, the spokes,
 * the rings (with the level names, or numbers only) and every point's position. The printed values are
 * placed afterwards (assemble.ts), as they give way to what is placed here.
 */
import { seriesMarkerRadius } from '../common/seriesStyle';
import type { ChartHeaderLayout } from '../layout/chartHeader';
import { linearScale } from '../layout/linearScale';
import type { LinearScale } from '../layout/linearScale';
import type { SeriesLegendLayout } from '../layout/seriesLegend';
import { formatScore } from '../locale/format';
import { resolveLineLimit } from '../text/lineLimit';
import { measureText } from '../text/measureText';
import { fitAxisLabels } from './axisLabels';
import type { Bounds, PlacedAxisLabel } from './axisLabels';
import { radarValue } from './describe';
import { radarHeaderAndLegend, radarPlotHeight } from './frame';
import { axisAngle, polar } from './geometry';
import { createLabelWrapper } from './labelWrap';
import type { LabelWrapper } from './labelWrap';
import type { RadarAxisLayout, RescueRadarLayoutInput } from './layoutTypes';
import { layoutRings, withRingLevels } from './rings';
import type { RadarRing } from './rings';

export const SCALE_DOMAIN: readonly [number, number] = [1, 5];

/** Axis label lines by default (and for a `maxLabelLines` that is NaN or below 1). */
export const DEFAULT_RADAR_LABEL_LINES = 4;

/** What both ring variants share: wrapped labels, the values and their printed texts and widths. */
export interface PreparedValues {
  readonly wrap: LabelWrapper;
  /** Series-major (focus order), null for no data. */
  readonly values: readonly (number | null)[];
  readonly texts: readonly (string | null)[];
  readonly widths: readonly number[];
}

export function prepareRadarValues(input: RescueRadarLayoutInput): PreparedValues {
  const { data, locale, theme } = input;
  const { fontSize, lineHeight } = theme;
  const wrap = createLabelWrapper(
    data.axes.map((a) => a.label),
    fontSize.label,
    fontSize.label * lineHeight,
  );
  // Each distinct value is formatted and measured once (one decimal: few distinct texts).
  const formatted = new Map<number, { text: string; width: number }>();
  const values: (number | null)[] = [];
  const texts: (string | null)[] = [];
  const widths: number[] = [];
  for (const series of data.series) {
    for (const axis of data.axes) {
      const value = radarValue(series, axis);
      let f = value === null ? undefined : formatted.get(value);
      if (value !== null && !f) {
        const text = formatScore(value, locale);
        f = { text, width: measureText(text, fontSize.value, theme.fontWeight.bold) };
        formatted.set(value, f);
      }
      values.push(value);
      texts.push(f ? f.text : null);
      widths.push(f ? f.width : 0);
    }
  }
  return { wrap, values, texts, widths };
}

/** Everything but the printed values, for one ring variant (names on the rings, or numbers and a key). */
export interface RadarPlot {
  readonly withLevels: boolean;
  readonly height: number;
  readonly header: ChartHeaderLayout;
  readonly legend: SeriesLegendLayout | null;
  readonly bounds: Bounds;
  readonly fits: boolean;
  readonly cx: number;
  readonly cy: number;
  readonly radius: number;
  readonly scale: LinearScale;
  readonly axes: readonly RadarAxisLayout[];
  /** The rings with their numbers only (the values give way to these). */
  readonly numbered: readonly RadarRing[];
  readonly rings: readonly RadarRing[];
  readonly markerRadius: number;
  /** Each point's position and angle, in focus order. */
  readonly xs: readonly number[];
  readonly ys: readonly number[];
  readonly angles: readonly number[];
}

export function layoutRadarPlot(
  input: RescueRadarLayoutInput,
  withLevels: boolean,
  prep: PreparedValues,
): RadarPlot {
  const { data, width, locale, theme, options } = input;
  const { spacing, fontSize } = theme;
  const { header, legend, top } = radarHeaderAndLegend(input, !withLevels);
  const height = input.height ?? Math.ceil(top + radarPlotHeight(width) + spacing.md);
  const bounds = { left: spacing.md, right: width - spacing.md, top, bottom: height - spacing.md };
  const markerRadius = seriesMarkerRadius(theme);
  const labelLH = fontSize.label * theme.lineHeight;
  const tickLH = fontSize.tick * theme.lineHeight;
  const n = data.axes.length;

  const fit = fitAxisLabels({
    labels: data.axes.map((a) => a.label),
    bounds,
    gap: Math.max(spacing.sm + markerRadius, tickLH / 2 + spacing.xs),
    fontSize: fontSize.label,
    lineHeight: labelLH,
    maxLines: resolveLineLimit(options.maxLabelLines, DEFAULT_RADAR_LABEL_LINES),
    labelWidth: Math.min(
      16 * fontSize.label,
      Math.max(6 * fontSize.label, (bounds.right - bounds.left) * 0.28),
    ),
    minLabelWidth: 5 * fontSize.label,
    minRadius: Math.max(
      2 * tickLH,
      0.12 * Math.min(bounds.right - bounds.left, bounds.bottom - bounds.top),
    ),
    pad: spacing.xs,
    wrap: prep.wrap,
  });
  const { cx, cy, radius } = fit;
  const scale = linearScale(SCALE_DOMAIN, [0, radius]);

  const axes = data.axes.map((axis, index): RadarAxisLayout => {
    const label = fit.labels[index] as PlacedAxisLabel;
    const end = polar(cx, cy, radius, label.angle);
    // Fields listed (not spread): an object spread here was the costliest line of the layout.
    return {
      angle: label.angle,
      anchor: label.anchor,
      lines: label.lines,
      truncated: label.truncated,
      textX: label.textX,
      box: label.box,
      index,
      axis,
      spoke: { x1: cx, y1: cy, x2: end.x, y2: end.y },
    };
  });
  const ringInput = { cx, cy, scale, axisCount: n, locale, theme };
  const numbered = layoutRings({ ...ringInput, withLevels: false });
  const rings = withLevels ? withRingLevels(numbered, locale, theme) : numbered;

  const sin = data.axes.map((_, a) => Math.sin(axisAngle(a, n)));
  const cos = data.axes.map((_, a) => Math.cos(axisAngle(a, n)));
  const xs: number[] = [];
  const ys: number[] = [];
  const angles: number[] = [];
  prep.values.forEach((value, i) => {
    const a = i % n;
    const r = value === null ? radius : scale(value);
    xs.push(cx + r * (sin[a] ?? 0));
    ys.push(cy - r * (cos[a] ?? 1));
    angles.push(axisAngle(a, n));
  });
  return {
    withLevels,
    height,
    header,
    legend,
    bounds,
    fits: fit.fits,
    cx,
    cy,
    radius,
    scale,
    axes,
    numbered,
    rings,
    markerRadius,
    xs,
    ys,
    angles,
  };
}
