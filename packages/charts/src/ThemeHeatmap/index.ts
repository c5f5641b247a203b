// ThemeHeatmap's public face: the chart (data required), its data types, validation, layout.
export { ThemeHeatmap } from './ThemeHeatmap';
export type { ThemeHeatmapProps } from './ThemeHeatmap';
export type { ThemeHeatmapItemInfo } from './item';
export type { ThemeHeatmapOptions } from './ThemeHeatmapSvg';
export type { HeatmapData, HeatmapAxisItem, HeatmapKind, HeatmapValue } from './types';
export { validateThemeHeatmapData } from './validate';
export { computeThemeHeatmapLayout } from './compute';
export { cellIndexAt, cellBox, heatmapCellAt, heatmapCellBox } from './geometry';
export type {
  HeatmapLayout,
  HeatmapFrame,
  HeatmapNote,
  HeatmapOptions,
  HeatmapOrientation,
  HeatmapPanel,
} from './compute';
export { colorBands, validateThresholds } from './colorBands';
export type { ColorBand, ColorBands } from './colorBands';
export { TABLE_CELL_LIMIT } from './table';
export type { CountNoun, HeatmapFinding } from '../locale/themeHeatmap';
