/**
 * How the series of a multi-series chart are told apart, pure: colour AND marker shape AND dash pattern,
 * so that colour is never the only channel (WCAG 1.4.1) and a greyscale print still separates them. The
 * colours come from the theme's colour-blind-safe `series` palette; the shapes are d3-shape's symbols.
 * There are as many shapes and dash patterns as the largest shipped palette has colours (8), so within a
 * palette every series differs in all three (tests/charts/colourVision.test.ts).
 */
import { placeTemplate, templateCache } from '../geometry/relativePath';
import {
  symbolCircle,
  symbolCross,
  symbolDiamond,
  symbolSquare,
  symbolStar,
  symbolTriangle,
  symbolWye,
} from 'd3-shape';
import type { SymbolType } from 'd3-shape';
import { svgNumber } from '../geometry/round';
import type { ChartTheme } from '../theme/ChartTheme';

export type SeriesMarkerShape =
  'circle' | 'square' | 'triangle' | 'diamond' | 'cross' | 'wye' | 'star' | 'triangleDown';

/** Marker shapes in the order series get them. */
export const SERIES_MARKERS: readonly SeriesMarkerShape[] = [
  'circle',
  'square',
  'triangle',
  'diamond',
  'cross',
  'wye',
  'star',
  'triangleDown',
];

/** Dash patterns in units of the stroke width, in the order series get them; [] is a solid line. */
export const SERIES_DASHES: readonly (readonly number[])[] = [
  [],
  [4, 2],
  [1, 1.5],
  [5, 1.5, 1, 1.5],
  [2, 2],
  [7, 2, 1, 2, 1, 2],
  [10, 3],
  [4, 1.5, 4, 1.5, 1, 1.5],
];

export interface SeriesStyle {
  readonly color: string;
  readonly marker: SeriesMarkerShape;
  /** In units of the stroke width (see seriesDashArray); empty for a solid line. */
  readonly dash: readonly number[];
}

/**
 * The style of series `index`. Within the palette every series differs in colour, shape and dash; past
 * it they cycle with different periods (the dash advances by one more each round), so that the first
 * palette × shapes series (56 with 7 colours, 64 with 8) never share all three.
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

/** d3's triangle pointing down: the same shape and size, mirrored top to bottom. */
const symbolTriangleDown: SymbolType = {
  draw(context, size) {
    symbolTriangle.draw(
      {
        moveTo: (x: number, y: number) => context.moveTo(x, -y),
        lineTo: (x: number, y: number) => context.lineTo(x, -y),
        closePath: () => context.closePath(),
      } as typeof context,
      size,
    );
  },
};

const SYMBOLS: Readonly<Record<SeriesMarkerShape, SymbolType>> = {
  circle: symbolCircle,
  square: symbolSquare,
  triangle: symbolTriangle,
  diamond: symbolDiamond,
  cross: symbolCross,
  wye: symbolWye,
  star: symbolStar,
  triangleDown: symbolTriangleDown,
};

/** The d3-shape symbol type of a marker shape (for a chart drawing markers with d3's `symbol` itself). */
export function seriesSymbolType(shape: SeriesMarkerShape): SymbolType {
  return SYMBOLS[shape];
}

/**
 * The symbol's area for a marker of about `radius` half-width: a circle of the radius, the other shapes
 * 0.9 × (2 × radius)² so that they look as heavy.
 */
export function seriesMarkerArea(shape: SeriesMarkerShape, radius: number): number {
  return shape === 'circle' ? Math.PI * radius * radius : 0.9 * (2 * radius) ** 2;
}

const markerTemplates = templateCache();

/**
 * The marker's path centred on (x, y) (default 0,0) with about `radius` half-width (equal visual weight
 * for every shape): d3-shape's symbol of the shape, sized by `seriesMarkerArea`. Each shape and size is
 * drawn once; placing it only writes the first point, so the paths of many markers can be joined into one
 * `d`.
 */
export function seriesMarkerPath(shape: SeriesMarkerShape, radius: number, x = 0, y = 0): string {
  const t = markerTemplates(`${shape}|${radius}`, (context) =>
    // What d3's `symbol(type, size).context(c)()` does with a context (without d3-path's Path).
    SYMBOLS[shape].draw(context.asContext(), seriesMarkerArea(shape, radius)),
  );
  return placeTemplate(t, x, y);
}
