/**
 * RescueRadar's geometry, pure: (valid data, size, options, theme, locale) → every position, wrapped
 * label, path and scale. No React, no DOM; tested in tests/RescueRadar.compute.test.ts.
 *
 * Likert semantics: the radius scale is the rating scale [1, 5] and the centre is 1, the scale minimum
 * ("Ei lainkaan"), as GoalBarChart's bars start at 1. A centre at 0 would give every mean a length no
 * answer can have (a 3,0 would reach 60 % of the radius instead of 50 %) and shrink the differences
 * between the goals; the polygons' areas would exaggerate even more. The five scale values are labelled
 * rings, the neutral 3 ("Kohtalaisesti") is the emphasised reference ring, values are printed with one
 * decimal and the base ("n = 6/10 kuntaa") is shown under the title.
 */
import type { Locale } from '@yhdyspinta/data';
import { linearScale } from '../layout/linearScale';
import type { LinearScale } from '../layout/linearScale';
import {
  seriesMarkerPath,
  seriesMarkerRadius,
  seriesStrokeWidth,
  seriesStyle,
} from '../common/seriesStyle';
import type { SeriesStyle } from '../common/seriesStyle';
import type { Box } from '../geometry/box';
import { layoutChartHeader } from '../layout/chartHeader';
import type { ChartHeaderLayout } from '../layout/chartHeader';
import { layoutSeriesLegend } from '../layout/seriesLegend';
import type { SeriesLegendLayout } from '../layout/seriesLegend';
import { formatBase, formatNumber, formatScore } from '../locale/format';
import { commonMessages } from '../locale/common';
import { rescueRadarMessages } from '../locale/rescueRadar';
import { resolveLineLimit } from '../text/lineLimit';
import { measureText } from '../text/measureText';
import type { ChartTheme } from '../theme/ChartTheme';
import { fitAxisLabels } from './axisLabels';
import type { Bounds, PlacedAxisLabel } from './axisLabels';
import { axisAngle, polar } from './geometry';
import { createLabelWrapper } from './labelWrap';
import type { LabelWrapper } from './labelWrap';
import { layoutRings, ringLabelsClear, SCALE_VALUES, withRingLevels } from './rings';
import type { RadarRing } from './rings';
import { radarValue } from './describe';
import { polylinePath, seriesPath } from './seriesPaths';
import type { RadarAxis, RadarSeries, RescueRadarData } from './types';
import { placeValueLabels } from './valueLabels';

export const SCALE_DOMAIN: readonly [number, number] = [1, 5];

/** Axis label lines by default (and for a `maxLabelLines` that is NaN or below 1). */
export const DEFAULT_RADAR_LABEL_LINES = 4;

export interface RescueRadarOptions {
  readonly title: string;
  readonly hideTitle: boolean;
  readonly illustrative: boolean;
  /**
   * Lines of an axis label before it is cut with "…" (the full text is in the tooltip and name); as
   * resolveLineLimit: NaN or below 1 → DEFAULT_RADAR_LABEL_LINES, at most MAX_LABEL_LINES.
   */
  readonly maxLabelLines: number;
  /** Print the values at the points where they fit. */
  readonly showValues: boolean;
  /** Draw the series legend (default: with two or more series). */
  readonly legend: boolean;
}

export interface RescueRadarLayoutInput {
  readonly data: RescueRadarData;
  readonly width: number;
  /** A fixed height; omitted → the natural height for the width. */
  readonly height?: number;
  readonly locale: Locale;
  readonly theme: ChartTheme;
  readonly options: RescueRadarOptions;
}

export interface RadarAxisLayout extends PlacedAxisLabel {
  readonly index: number;
  readonly axis: RadarAxis;
  /** The spoke from the centre to the outer ring. */
  readonly spoke: {
    readonly x1: number;
    readonly y1: number;
    readonly x2: number;
    readonly y2: number;
  };
}

export interface RadarPointLayout {
  /** Focus order: series by series, axis by axis (seriesIndex × axes + axisIndex). */
  readonly index: number;
  readonly seriesIndex: number;
  readonly axisIndex: number;
  /** null: no data (no point is drawn; the hit box is the axis label). */
  readonly value: number | null;
  readonly x: number;
  readonly y: number;
  /** Hit area, focus ring and tooltip anchor. */
  readonly hitBox: Box;
  /** The printed value "3,3" and its box (text drawn from box.x, box.y as the top), or null. */
  readonly valueText: string | null;
  readonly valueBox: Box | null;
}

export interface RadarSeriesLayout {
  readonly index: number;
  readonly series: RadarSeries;
  readonly style: SeriesStyle;
  readonly path: string;
  /** Closed and fillable (no missing value). */
  readonly closed: boolean;
  /** Every present point's marker (the series' shape) in one path `d`. */
  readonly markerPath: string;
  readonly points: readonly RadarPointLayout[];
}

export interface RescueRadarLayout {
  readonly width: number;
  readonly height: number;
  readonly header: ChartHeaderLayout;
  readonly legend: SeriesLegendLayout | null;
  readonly centre: { readonly x: number; readonly y: number };
  readonly radius: number;
  /** 1–5 → radius (the centre is 1). */
  readonly scale: LinearScale;
  readonly rings: readonly RadarRing[];
  /** True when the rings carry the level names; otherwise a scale key is in the header notes. */
  readonly ringLevels: boolean;
  readonly axes: readonly RadarAxisLayout[];
  /** Every axis' spoke in one path `d`. */
  readonly spokesPath: string;
  readonly series: readonly RadarSeriesLayout[];
  /** Every point in focus order. */
  readonly points: readonly RadarPointLayout[];
  readonly font: {
    readonly label: number;
    readonly labelLineHeight: number;
    readonly value: number;
    readonly valueLineHeight: number;
    readonly tick: number;
    readonly tickLineHeight: number;
  };
  readonly markerRadius: number;
  readonly strokeWidth: number;
  /** Axis labels cut with "…". */
  readonly truncatedCount: number;
  /** False if even the smallest labels could not avoid each other (the chart is far too small). */
  readonly labelsFit: boolean;
  /** Where labels and plot stay. */
  readonly bounds: Bounds;
}

/** The plot's natural height at a width: near-square on small widths, flatter on wide ones. */
export function radarPlotHeight(width: number): number {
  return Math.round(Math.min(900, Math.max(260, width * 0.72)));
}

function scaleKey(locale: Locale): string {
  const common = commonMessages(locale);
  const rescueRadar = rescueRadarMessages(locale);
  return rescueRadar.scaleKey(
    SCALE_VALUES.map((v) => `${formatNumber(v, locale)} = ${common.scaleLevels[v]}`).join(', '),
  );
}

function headerAndLegend(input: RescueRadarLayoutInput, withKey: boolean) {
  const { data, width, locale, theme, options } = input;
  const common = commonMessages(locale);
  const header = layoutChartHeader({
    title: options.title,
    hideTitle: options.hideTitle,
    notes: [
      data.base ? formatBase(data.base.answered, data.base.total, locale) : '',
      options.illustrative ? common.illustrativeData : '',
      withKey ? scaleKey(locale) : '',
    ],
    width,
    theme,
  });
  const legend = options.legend
    ? layoutSeriesLegend({
        labels: data.series.map((s) => s.label),
        top: header.height,
        width,
        theme,
      })
    : null;
  return { header, legend, top: legend ? legend.bottom : header.height };
}

/** What both ring variants share: wrapped labels, the values and their printed texts and widths. */
interface Prepared {
  readonly wrap: LabelWrapper;
  /** Series-major (focus order), null for no data. */
  readonly values: readonly (number | null)[];
  readonly texts: readonly (string | null)[];
  readonly widths: readonly number[];
}

function prepare(input: RescueRadarLayoutInput): Prepared {
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
interface Geometry {
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

function geometry(input: RescueRadarLayoutInput, withLevels: boolean, prep: Prepared): Geometry {
  const { data, width, locale, theme, options } = input;
  const { spacing, fontSize } = theme;
  const { header, legend, top } = headerAndLegend(input, !withLevels);
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

/** Where the values are printed (null: not printed), for a geometry. */
function placeValues(
  input: RescueRadarLayoutInput,
  g: Geometry,
  prep: Prepared,
): readonly (Box | null)[] {
  const { theme, options } = input;
  const n = input.data.axes.length;
  if (!options.showValues) return prep.values.map(() => null);
  return placeValueLabels({
    points: prep.texts.map((text, i) => ({
      axisIndex: i % n,
      x: g.xs[i] ?? g.cx,
      y: g.ys[i] ?? g.cy,
      angle: g.angles[i] ?? 0,
      text,
      width: prep.widths[i],
    })),
    axisCount: n,
    fontSize: theme.fontSize.value,
    fontWeight: theme.fontWeight.bold,
    lineHeight: theme.fontSize.value * theme.lineHeight,
    markerRadius: g.markerRadius,
    gap: theme.spacing.xs / 2,
    bounds: g.bounds,
    // The ring numbers, not the names: names give way to the values (see computeRescueRadarLayout).
    obstacles: [...g.axes.map((a) => a.box), ...g.numbered.map((r) => r.box)],
  });
}

function finish(
  input: RescueRadarLayoutInput,
  g: Geometry,
  valueBoxes: readonly (Box | null)[],
  prep: Prepared,
): RescueRadarLayout {
  const { data, width, theme } = input;
  const { spacing, fontSize } = theme;
  const n = data.axes.length;
  const { markerRadius, axes, cx, cy } = g;
  const hit = Math.max(markerRadius + spacing.xs, 8);
  const points = prep.values.map((value, index): RadarPointLayout => {
    const valueBox = valueBoxes[index] ?? null;
    const a = index % n;
    const x = g.xs[index] ?? cx;
    const y = g.ys[index] ?? cy;
    return {
      index,
      seriesIndex: Math.floor(index / n),
      axisIndex: a,
      value,
      x,
      y,
      hitBox:
        value === null
          ? (axes[a]?.box ?? { x, y, width: 0, height: 0 })
          : { x: x - hit, y: y - hit, width: 2 * hit, height: 2 * hit },
      valueText: valueBox ? (prep.texts[index] ?? null) : null,
      valueBox,
    };
  });
  const series = data.series.map((s, index): RadarSeriesLayout => {
    const own = points.slice(index * n, (index + 1) * n);
    const path = seriesPath(own.map((p) => ({ x: p.x, y: p.y, missing: p.value === null })));
    const style = seriesStyle(index, theme);
    let markerPath = '';
    for (const p of own) {
      if (p.value !== null) markerPath += seriesMarkerPath(style.marker, markerRadius, p.x, p.y);
    }
    return {
      index,
      series: s,
      style,
      path: path.d,
      closed: path.closed,
      markerPath,
      points: own,
    };
  });

  return {
    width,
    height: g.height,
    header: g.header,
    legend: g.legend,
    centre: { x: cx, y: cy },
    radius: g.radius,
    scale: g.scale,
    rings: g.rings,
    ringLevels: g.withLevels,
    axes,
    spokesPath: axes
      .map((a) =>
        polylinePath([
          { x: a.spoke.x1, y: a.spoke.y1 },
          { x: a.spoke.x2, y: a.spoke.y2 },
        ]),
      )
      .join(''),
    series,
    points,
    font: {
      label: fontSize.label,
      labelLineHeight: fontSize.label * theme.lineHeight,
      value: fontSize.value,
      valueLineHeight: fontSize.value * theme.lineHeight,
      tick: fontSize.tick,
      tickLineHeight: fontSize.tick * theme.lineHeight,
    },
    markerRadius,
    strokeWidth: seriesStrokeWidth(theme),
    truncatedCount: axes.filter((a) => a.truncated).length,
    labelsFit: g.fits,
    bounds: g.bounds,
  };
}

/**
 * The layout at `width` × `height` (natural height when omitted). The rings carry the level names when
 * they fit between the rings and clear of the axis labels, the points and the printed values (the data
 * comes first); otherwise the rings show their numbers and a scale key ("Asteikko: 1 = Ei lainkaan, …")
 * goes into the header notes. The cheap tests come first: the values are placed for the named rings only
 * when the rings already clear the axis labels and the markers.
 */
export function computeRescueRadarLayout(input: RescueRadarLayoutInput): RescueRadarLayout {
  const prep = prepare(input);
  const named = geometry(input, true, prep);
  const ringGap = named.scale(2) - named.scale(1);
  const mr = named.markerRadius;
  if (ringGap >= input.theme.fontSize.tick * input.theme.lineHeight) {
    const marks = prep.values.flatMap((value, i) =>
      value === null
        ? []
        : [
            {
              x: (named.xs[i] ?? 0) - mr,
              y: (named.ys[i] ?? 0) - mr,
              width: 2 * mr,
              height: 2 * mr,
            },
          ],
    );
    if (ringLabelsClear(named.rings, [...named.axes.map((a) => a.box), ...marks], named.bounds)) {
      const values = placeValues(input, named, prep);
      const placed = values.filter((b): b is Box => b !== null);
      if (ringLabelsClear(named.rings, placed, named.bounds)) {
        return finish(input, named, values, prep);
      }
    }
  }
  const numbered = geometry(input, false, prep);
  return finish(input, numbered, placeValues(input, numbered, prep), prep);
}

/** The natural height at a width (header, legend and the plot), for ResponsiveChart. */
export function rescueRadarNaturalHeight(input: Omit<RescueRadarLayoutInput, 'height'>): number {
  const { top } = headerAndLegend({ ...input }, false);
  return Math.ceil(top + radarPlotHeight(input.width) + input.theme.spacing.md);
}
