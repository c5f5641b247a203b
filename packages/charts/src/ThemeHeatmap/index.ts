// ThemeHeatmap's public face: the chart (data required), its data types, validation, layout.
export { ThemeHeatmap } from './ThemeHeatmap';
export type { ThemeHeatmapProps } from './ThemeHeatmap';
export type { ThemeHeatmapItemInfo } from './item';
export type { ThemeHeatmapOptions } from './ThemeHeatmapSvg';
// The data's types, and the layout's: what computeThemeHeatmapLayout takes and gives (types-only modules).
export type * from './types';
export type * from './layoutTypes';
export { validateThemeHeatmapData } from './validate';
export { computeThemeHeatmapLayout } from './compute';
export { cellIndexAt, cellBox, heatmapCellAt, heatmapCellBox } from './geometry';
export { colorBands, validateThresholds } from './colorBands';
export type { ColorBand, ColorBands } from './colorBands';
export { TABLE_CELL_LIMIT } from './table';
export type { CountNoun, HeatmapFinding } from '../locale/themeHeatmap';
