// ThemeHeatmap's public face: the chart (data required), its data types, validation, layout.
export { ThemeHeatmap } from './ThemeHeatmap';
export type { ThemeHeatmapProps } from './ThemeHeatmap';
export type { ThemeHeatmapOptions } from './ThemeHeatmapSvg';
export type { HeatmapData, HeatmapAxisItem, HeatmapKind, HeatmapValue } from './types';
export { validateThemeHeatmapData } from './validate';
export { computeThemeHeatmapLayout } from './compute';
export { cellIndexAt, cellBox } from './geometry';
export type { HeatmapLayout, HeatmapFrame, HeatmapOptions } from './compute';
export { colorBands } from './colorBands';
export type { ColorBand, ColorBands } from './colorBands';
export { TABLE_CELL_LIMIT } from './table';
export type { CountNoun, HeatmapFinding } from '../locale/themeHeatmap';
