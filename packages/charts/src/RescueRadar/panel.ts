/**
 * A radar panel with its data, pure: the points of its series on a plot's geometry (plot.ts), the ring
 * labels where the data is not (rings.ts), the printed values where they fit (valueLabels.ts) and each
 * series' polygon and markers (seriesPaths.ts, d3-shape).
 */
import { scaleWords } from '../common/chartScale';
import type { Box } from '../geometry/box';
import { seriesStrokeWidth } from '../common/seriesStyle';
import type { SeriesStyle } from '../common/seriesStyle';
import { axisAngle } from './geometry';
import type {
  RadarPanelLayout,
  RadarPointLayout,
  RadarSeriesLayout,
  RadarTextBlock,
  RescueRadarLayoutInput,
} from './layoutTypes';
import type { PanelGeometry, PreparedValues } from './plot';
import { layoutRings, placeRingLabels } from './rings';
import { linesToAvoid, MARKER_REACH, SegmentIndex, seriesSegments } from './lineClearance';
import type { RadarRing } from './rings';
import { markersPath, seriesPath, spokesPath } from './seriesPaths';
import type { RadarSeries } from './types';
import { placeValueLabels } from './valueLabels';
import { radarPrevious } from './describe';

export interface PanelDataInput {
  /** The chart's input: its data (axes, series, scale), `showValues`, locale and theme. */
  readonly chart: RescueRadarLayoutInput;
  readonly geometry: PanelGeometry;
  readonly panel: number;
  /** The series drawn in this panel (indices into the data's series). */
  readonly seriesIndices: readonly number[];
  readonly styles: readonly SeriesStyle[];
  readonly prep: PreparedValues;
  readonly withLevels: boolean;
  readonly markerRadius: number;
  readonly note: RadarTextBlock | null;
}

export interface PanelData {
  readonly panel: RadarPanelLayout;
  readonly series: readonly RadarSeriesLayout[];
  readonly points: readonly RadarPointLayout[];
  /** Values printed. */
  readonly printed: number;
  /** True when every ring kept its label (none was in the data's way). */
  readonly ringsLabelled: boolean;
}

function markerBox(x: number, y: number, mr: number): Box {
  return { x: x - mr, y: y - mr, width: 2 * mr, height: 2 * mr };
}

/** The panel with its data. */
export function layoutPanelData(input: PanelDataInput): PanelData {
  return build(input, false) as PanelData;
}

/** The panel, or null as soon as a ring label is in the data's way (the trial of the named rings). */
export function layoutPanelDataWithAllRingLabels(input: PanelDataInput): PanelData | null {
  return build(input, true);
}

function build(input: PanelDataInput, requireRingLabels: boolean): PanelData | null {
  const { geometry: g, prep, markerRadius: mr } = input;
  const { data: chartData, locale, theme } = input.chart;
  const n = chartData.axes.length;
  const { spacing } = theme;
  const hit = Math.max(mr + spacing.xs, 8);
  const positions = input.seriesIndices.flatMap((s) =>
    Array.from({ length: n }, (_, a) => {
      const index = s * n + a;
      const value = prep.values[index] ?? null;
      const angle = axisAngle(a, n);
      const r = value === null ? g.radius : g.scale(value);
      return {
        index,
        s,
        a,
        value,
        angle,
        r,
        x: g.cx + r * Math.sin(angle),
        y: g.cy - r * Math.cos(angle),
      };
    }),
  );
  // How far each series' marker shape reaches from its point.
  const reach = input.seriesIndices.map(
    (s) => MARKER_REACH[(input.styles[s] as SeriesStyle).marker] * mr,
  );
  const markers = positions.flatMap((p, i) =>
    p.value === null ? [] : [markerBox(p.x, p.y, reach[Math.floor(i / n)] ?? mr)],
  );
  // Every series line, so that no ring label or printed value lies on one (a wide slide stroke shows
  // through a halo): half the line's width and a pixel clear.
  const lines = linesToAvoid(
    new SegmentIndex(theme.fontSize.value * theme.lineHeight),
    seriesStrokeWidth(theme),
  );
  for (let k = 0; k < input.seriesIndices.length; k += 1) {
    const own = positions.slice(k * n, (k + 1) * n);
    for (const s of seriesSegments(own.map((p) => (p.value === null ? null : p)))) {
      lines.index.add(s);
    }
  }
  const axisBoxes = g.axes.map((a) => a.box);
  const centre = { x: g.cx, y: g.cy };
  const rings: RadarRing[] = placeRingLabels(
    layoutRings({
      cx: g.cx,
      cy: g.cy,
      scale: g.scale,
      axisCount: n,
      locale,
      theme,
      withLevels: input.withLevels,
      // The levels' names for the rings.
      words: scaleWords(chartData.scale, locale),
    }),
    centre,
    n,
    theme,
    [...markers, ...axisBoxes],
    markers,
    lines,
  );
  if (requireRingLabels && rings.some((r) => r.text === '')) return null;
  const valueBoxes = input.chart.options.showValues
    ? placeValueLabels({
        points: positions.map((p, i) => ({
          axisIndex: p.a,
          x: p.x,
          y: p.y,
          angle: p.angle,
          text: prep.texts[p.index] ?? null,
          width: prep.widths[p.index],
          reach: reach[Math.floor(i / n)] ?? mr,
        })),
        fontSize: theme.fontSize.value,
        fontWeight: theme.fontWeight.bold,
        lineHeight: theme.fontSize.value * theme.lineHeight,
        gap: spacing.xs / 2,
        bounds: g.bounds,
        obstacles: [...axisBoxes, ...rings.filter((r) => r.text).map((r) => r.box)],
        lines,
        // Up to three series (what 'auto' overlays); a forced overlay of more tries the nearest places.
        everyPlace: input.seriesIndices.length <= 3,
      })
    : positions.map(() => null);
  const points = positions.map((p, i): RadarPointLayout => {
    const valueBox = valueBoxes[i] ?? null;
    return {
      index: p.index,
      panel: input.panel,
      seriesIndex: p.s,
      axisIndex: p.a,
      value: p.value,
      x: p.x,
      y: p.y,
      hitBox:
        p.value === null ? (g.axes[p.a]?.box ?? markerBox(p.x, p.y, 0)) : markerBox(p.x, p.y, hit),
      valueText: valueBox ? (prep.texts[p.index] ?? null) : null,
      valueBox,
    };
  });
  const series = input.seriesIndices.map((s, k): RadarSeriesLayout => {
    const own = points.slice(k * n, (k + 1) * n);
    const path = seriesPath(
      positions.slice(k * n, (k + 1) * n).map((p) => ({
        angle: p.angle,
        r: p.r,
        missing: p.value === null,
      })),
      centre,
    );
    const style = input.styles[s] as SeriesStyle;
    const data = chartData.series[s] as RadarSeries;
    const previous = data.previous
      ? seriesPath(
          positions.slice(k * n, (k + 1) * n).map((p) => {
            const axis = g.axes[p.a]?.axis;
            const value = axis ? radarPrevious(data, axis) : null;
            return {
              angle: p.angle,
              r: value === null ? 0 : g.scale(value),
              missing: value === null,
            };
          }),
          centre,
        ).d
      : '';
    return {
      index: s,
      panel: input.panel,
      empty: own.every((p) => p.value === null),
      series: data,
      style,
      path: path.d,
      closed: path.closed,
      previousPath: previous,
      markerPath: markersPath(
        style.marker,
        mr,
        own.filter((p) => p.value !== null),
      ),
      points: own,
    };
  });
  return {
    panel: {
      index: input.panel,
      series: input.seriesIndices,
      centre,
      radius: g.radius,
      scale: g.scale,
      rings,
      ringLevels: input.withLevels,
      axes: g.axes,
      spokesPath: spokesPath(g.radius, n, centre),
      note: input.note,
      bounds: g.bounds,
    },
    series,
    points,
    printed: valueBoxes.filter((b) => b !== null).length,
    ringsLabelled: rings.every((r) => r.text !== ''),
  };
}
