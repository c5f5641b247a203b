/**
 * RescueRadar's layout assembled from a plot (plot.ts), pure: the printed values placed clear of the
 * labels, rings and markers, the points with their hit boxes, each series' path and markers, and the
 * spokes as one path.
 */
import { seriesMarkerPath, seriesStrokeWidth, seriesStyle } from '../common/seriesStyle';
import type { Box } from '../geometry/box';
import { fontRoles } from '../layout/fontRoles';
import type {
  RadarPointLayout,
  RadarSeriesLayout,
  RescueRadarLayout,
  RescueRadarLayoutInput,
} from './layoutTypes';
import type { RadarPlot, PreparedValues } from './plot';
import { polylinePath, seriesPath } from './seriesPaths';
import { placeValueLabels } from './valueLabels';

/** Where the values are printed (null: not printed), for a geometry. */
export function placeRadarValues(
  input: RescueRadarLayoutInput,
  g: RadarPlot,
  prep: PreparedValues,
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

export function assembleRadarLayout(
  input: RescueRadarLayoutInput,
  g: RadarPlot,
  valueBoxes: readonly (Box | null)[],
  prep: PreparedValues,
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
    font: fontRoles(
      { label: fontSize.label, value: fontSize.value, tick: fontSize.tick },
      theme.lineHeight,
    ),
    markerRadius,
    strokeWidth: seriesStrokeWidth(theme),
    truncatedCount: axes.filter((a) => a.truncated).length,
    labelsFit: g.fits,
    bounds: g.bounds,
  };
}
