/**
 * A radar plot's geometry, pure: the axis labels fitted around the circle in given bounds, the centre,
 * the radius, the 1–5 scale and the spokes. Used for the one overlaid plot and for the template of the
 * small multiples (translated to each panel, so every panel has the same scale).
 */
import { linearScale } from '../layout/linearScale';
import type { LinearScale } from '../layout/linearScale';
import { formatScore } from '../locale/format';
import { resolveLineLimit } from '../text/lineLimit';
import { measureText } from '../text/measureText';
import type { ChartTheme } from '../theme/ChartTheme';
import { fitAxisLabels } from './axisLabels';
import type { Bounds, PlacedAxisLabel } from './axisLabels';
import { radarValue } from './describe';
import { polar } from './geometry';
import type { LabelWrapper } from './labelWrap';
import type { RadarAxisLayout, RescueRadarLayoutInput } from './layoutTypes';

export const SCALE_DOMAIN: readonly [number, number] = [1, 5];

/** The radius of a value: 1–5 onto [0, radius], clamped (NaN stays NaN). */
export function radialScale(radius: number): LinearScale {
  return linearScale(SCALE_DOMAIN, [0, radius]);
}

/** Axis label lines by default (and for a `maxLabelLines` that is NaN or below 1). */
export const DEFAULT_RADAR_LABEL_LINES = 6;

/** The values and their printed texts and widths, for every point. */
export interface PreparedValues {
  /** Series-major (focus order), null for no data. */
  readonly values: readonly (number | null)[];
  readonly texts: readonly (string | null)[];
  readonly widths: readonly number[];
}

export function prepareRadarValues(input: RescueRadarLayoutInput): PreparedValues {
  const { data, locale, theme } = input;
  const { fontSize } = theme;
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
  return { values, texts, widths };
}

/** A plot's geometry without the data: where it is, its scale and its labelled spokes. */
export interface PanelGeometry {
  readonly bounds: Bounds;
  readonly cx: number;
  readonly cy: number;
  readonly radius: number;
  readonly scale: LinearScale;
  readonly axes: readonly RadarAxisLayout[];
  /** False when no label layout avoided overlaps (the chart is far too small). */
  readonly fits: boolean;
}

export interface PanelFitInput {
  /** The chart's input: its axes (`data.axes`) and theme. */
  readonly chart: RescueRadarLayoutInput;
  /** The axes' labels as drawn (their texts, or their numbers in small multiples). */
  readonly labels: readonly string[];
  readonly wrap: LabelWrapper;
  readonly bounds: Bounds;
  readonly maxLabelLines: number;
  /** The label width tried first (others around it too), in px. */
  readonly labelWidth: number;
}

/** The gap between the outer ring and the axis labels. */
export function labelGap(theme: ChartTheme, markerRadius: number): number {
  const tickLH = theme.fontSize.tick * theme.lineHeight;
  return Math.max(theme.spacing.sm + markerRadius, tickLH / 2 + theme.spacing.xs);
}

export function fitPanel(input: PanelFitInput, markerRadius: number): PanelGeometry {
  const { bounds } = input;
  const { theme } = input.chart;
  const { spacing, fontSize } = theme;
  const tickLH = fontSize.tick * theme.lineHeight;
  const fit = fitAxisLabels({
    labels: input.labels,
    bounds,
    gap: labelGap(theme, markerRadius),
    fontSize: fontSize.label,
    lineHeight: fontSize.label * theme.lineHeight,
    maxLines: resolveLineLimit(input.maxLabelLines, DEFAULT_RADAR_LABEL_LINES),
    labelWidth: input.labelWidth,
    minLabelWidth: Math.min(input.labelWidth, 5 * fontSize.label),
    minRadius: Math.max(
      2 * tickLH,
      0.12 * Math.min(bounds.right - bounds.left, bounds.bottom - bounds.top),
    ),
    pad: spacing.xs,
    wrap: input.wrap,
  });
  const { cx, cy, radius } = fit;
  const axes = input.chart.data.axes.map((axis, index): RadarAxisLayout => {
    const label = fit.labels[index] as PlacedAxisLabel;
    const end = polar(cx, cy, radius, label.angle);
    // Fields listed (not spread): an object spread here was the costliest line of the layout.
    return {
      angle: label.angle,
      anchor: label.anchor,
      lines: label.lines,
      noteFrom: label.noteFrom,
      truncated: label.truncated,
      textX: label.textX,
      box: label.box,
      index,
      // The first panel: small multiples place copies of it as the others (translatePanel).
      panel: 0,
      axis,
      spoke: { x1: cx, y1: cy, x2: end.x, y2: end.y },
    };
  });
  return {
    bounds,
    cx,
    cy,
    radius,
    scale: radialScale(radius),
    axes,
    fits: fit.fits,
  };
}

/** The geometry moved by (dx, dy), as panel `panel` (the small multiples share one fit). */
export function translatePanel(
  g: PanelGeometry,
  dx: number,
  dy: number,
  panel: number,
): PanelGeometry {
  const { bounds: b } = g;
  return {
    bounds: { left: b.left + dx, right: b.right + dx, top: b.top + dy, bottom: b.bottom + dy },
    cx: g.cx + dx,
    cy: g.cy + dy,
    radius: g.radius,
    scale: g.scale,
    fits: g.fits,
    axes: g.axes.map((a) => ({
      angle: a.angle,
      anchor: a.anchor,
      lines: a.lines,
      noteFrom: a.noteFrom,
      truncated: a.truncated,
      textX: a.textX + dx,
      box: { x: a.box.x + dx, y: a.box.y + dy, width: a.box.width, height: a.box.height },
      index: a.index,
      panel,
      axis: a.axis,
      spoke: { x1: a.spoke.x1 + dx, y1: a.spoke.y1 + dy, x2: a.spoke.x2 + dx, y2: a.spoke.y2 + dy },
    })),
  };
}
