/**
 * How the series of a multi-series chart are told apart, pure: colour AND marker shape AND dash pattern,
 * so that colour is never the only channel (WCAG 1.4.1) and a greyscale print still separates them. The
 * colours come from the theme's colour-blind-safe `series` palette; the shapes are d3-shape's symbols.
 */
import {
  symbol,
  symbolCircle,
  symbolCross,
  symbolDiamond,
  symbolSquare,
  symbolTriangle,
  symbolWye,
} from 'd3-shape';
import type { SymbolType } from 'd3-shape';
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

const SYMBOLS: Readonly<Record<SeriesMarkerShape, SymbolType>> = {
  circle: symbolCircle,
  square: symbolSquare,
  triangle: symbolTriangle,
  diamond: symbolDiamond,
  cross: symbolCross,
  wye: symbolWye,
};

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
  return style.dash.map((d) => Math.round(d * strokeWidth * 100) / 100).join(' ');
}

/** The marker's path centred on 0,0 with about `radius` half-width (equal visual weight for every shape). */
export function seriesMarkerPath(shape: SeriesMarkerShape, radius: number): string {
  const side = 2 * radius;
  // d3 sizes symbols by area; a circle of the radius, the other shapes a little larger to look as heavy.
  const area = shape === 'circle' ? Math.PI * radius * radius : side * side * 0.9;
  return symbol(SYMBOLS[shape], area)() ?? '';
}
