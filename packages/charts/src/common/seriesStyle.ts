/**
 * How the series of a multi-series chart are told apart, pure: colour AND marker shape AND dash pattern,
 * so that colour is never the only channel (WCAG 1.4.1) and a greyscale print still separates them. The
 * colours come from the theme's colour-blind-safe `series` palette; the shapes are those of d3-shape's
 * symbols (same geometry and sizing by area), drawn here in a few lines so d3-shape is not needed.
 */
import { round2, svgNumber } from '../geometry/round';
import type { ChartTheme } from '../theme/ChartTheme';

export type SeriesMarkerShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'cross' | 'wye';

/** Marker shapes in the order series get them. */
export const SERIES_MARKERS: readonly SeriesMarkerShape[] = [
  'circle',
  'square',
  'triangle',
  'diamond',
  'cross',
  'wye',
];

/** Dash patterns in units of the stroke width, in the order series get them; [] is a solid line. */
export const SERIES_DASHES: readonly (readonly number[])[] = [
  [],
  [4, 2],
  [1, 1.5],
  [5, 1.5, 1, 1.5],
  [2, 2],
  [7, 2, 1, 2, 1, 2],
];

export interface SeriesStyle {
  readonly color: string;
  readonly marker: SeriesMarkerShape;
  /** In units of the stroke width (see seriesDashArray); empty for a solid line. */
  readonly dash: readonly number[];
}

/**
 * The style of series `index`. Colour, shape and dash cycle with different periods once the palette
 * runs out (the dash advances by one more each round), so two series never share all three.
 */
export function seriesStyle(index: number, theme: ChartTheme): SeriesStyle {
  const i = Math.max(0, Math.floor(index));
  const palette = theme.series.length > 0 ? theme.series : [theme.colors.mark];
  const round = Math.floor(i / palette.length);
  return {
    color: palette[i % palette.length] ?? theme.colors.mark,
    marker: SERIES_MARKERS[i % SERIES_MARKERS.length] ?? 'circle',
    dash: SERIES_DASHES[(i + round) % SERIES_DASHES.length] ?? [],
  };
}

/** Line width of a series in a line-like chart (radar, line): a bit heavier than reference lines. */
export function seriesStrokeWidth(theme: ChartTheme): number {
  return theme.referenceStrokeWidth + 1;
}

/** Radius (half the width) of a series marker, scaled with the type. */
export function seriesMarkerRadius(theme: ChartTheme): number {
  return Math.round(theme.fontSize.value * 0.35 * 10) / 10;
}

/** The SVG stroke-dasharray of a style at a stroke width, or undefined for a solid line. */
export function seriesDashArray(style: SeriesStyle, strokeWidth: number): string | undefined {
  if (style.dash.length === 0) return undefined;
  return style.dash.map((d) => svgNumber(d * strokeWidth)).join(' ');
}

/** A marker as its first point (relative to the centre) and the rest of the path in relative commands. */
interface MarkerTemplate {
  readonly x: number;
  readonly y: number;
  readonly rest: string;
}

const n = round2;

/** Relative line segments through `points` (absolute, centred on 0,0) from the first one, closed. */
function polygonTemplate(points: readonly (readonly [number, number])[]): MarkerTemplate {
  const [x0, y0] = points[0] ?? [0, 0];
  let rest = '';
  let px = n(x0);
  let py = n(y0);
  for (const [x, y] of points.slice(1)) {
    const rx = n(x);
    const ry = n(y);
    rest += `l${n(rx - px)},${n(ry - py)}`;
    px = rx;
    py = ry;
  }
  return { x: x0, y: y0, rest: `${rest}z` };
}

/** The symbol of `shape` with `area` px², as d3-shape's symbolCircle, symbolSquare, … draw it. */
function markerTemplate(shape: SeriesMarkerShape, area: number): MarkerTemplate {
  const sqrt3 = Math.sqrt(3);
  switch (shape) {
    case 'circle': {
      const r = n(Math.sqrt(area / Math.PI));
      return { x: r, y: 0, rest: `a${r},${r},0,1,1,${-2 * r},0a${r},${r},0,1,1,${2 * r},0z` };
    }
    case 'square': {
      const w = n(Math.sqrt(area));
      return { x: -w / 2, y: -w / 2, rest: `h${w}v${w}h${-w}z` };
    }
    case 'triangle': {
      const y = -Math.sqrt(area / (sqrt3 * 3));
      return polygonTemplate([
        [0, y * 2],
        [-sqrt3 * y, -y],
        [sqrt3 * y, -y],
      ]);
    }
    case 'diamond': {
      const tan30 = Math.sqrt(1 / 3);
      const y = Math.sqrt(area / (2 * tan30));
      const x = y * tan30;
      return polygonTemplate([
        [0, -y],
        [x, 0],
        [0, y],
        [-x, 0],
      ]);
    }
    case 'cross': {
      const r = Math.sqrt(area / 5) / 2;
      return polygonTemplate(
        [
          [-3, -1],
          [-1, -1],
          [-1, -3],
          [1, -3],
          [1, -1],
          [3, -1],
          [3, 1],
          [1, 1],
          [1, 3],
          [-1, 3],
          [-1, 1],
          [-3, 1],
        ].map(([x, y]) => [(x ?? 0) * r, (y ?? 0) * r] as const),
      );
    }
    case 'wye': {
      const c = -0.5;
      const s = sqrt3 / 2;
      const k = 1 / Math.sqrt(12);
      const r = Math.sqrt(area / ((k / 2 + 1) * 3));
      const [x0, y0] = [r / 2, r * k];
      const [x1, y1] = [x0, r * k + r];
      const [x2, y2] = [-x1, y1];
      return polygonTemplate([
        [x0, y0],
        [x1, y1],
        [x2, y2],
        [c * x0 - s * y0, s * x0 + c * y0],
        [c * x1 - s * y1, s * x1 + c * y1],
        [c * x2 - s * y2, s * x2 + c * y2],
        [c * x0 + s * y0, c * y0 - s * x0],
        [c * x1 + s * y1, c * y1 - s * x1],
        [c * x2 + s * y2, c * y2 - s * x2],
      ]);
    }
  }
}

const templates = new Map<string, MarkerTemplate>();

/**
 * The marker's path centred on (x, y) (default 0,0) with about `radius` half-width (equal visual weight
 * for every shape). Each shape and size is built once; placing it only writes the first point, so the
 * paths of many markers can be joined into one `d`.
 */
export function seriesMarkerPath(shape: SeriesMarkerShape, radius: number, x = 0, y = 0): string {
  const key = `${shape}|${radius}`;
  let t = templates.get(key);
  if (!t) {
    const side = 2 * radius;
    // Sized by area as d3 does: a circle of the radius, the other shapes a little larger to look as heavy.
    t = markerTemplate(shape, shape === 'circle' ? Math.PI * radius * radius : side * side * 0.9);
    if (templates.size > 64) templates.clear();
    templates.set(key, t);
  }
  return `M${n(x + t.x)},${n(y + t.y)}${t.rest}`;
}
