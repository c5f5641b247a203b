// Public API of @yhdyspinta/charts/core: the charts without the shipped data. Each component needs its
// `data` (built by hand, or from a survey or responses with the adapters); nothing here imports the
// survey, the memos or the theme taxonomy, so a bundle carries only the chart code it uses. The main entry
// `@yhdyspinta/charts` has the same charts drawing the shipped data by default, and the response adapters.
// Shared modules are listed by name, one statement a module (values and types); each chart is its folder's
// public face (`<Chart>/index.ts`).

// --- shared: locale, formatting ---
export {
  MESSAGES,
  DEFAULT_LOCALE,
  getMessages,
  isLocale,
  localeFromTag,
  resolveLocale,
} from './locale/messages';
export type { LocaleTag } from './locale/messages';
export type {
  Messages,
  CommonMessages,
  FindingGroup,
  GoalBarMessages,
  ThemeHeatmapMessages,
  ThemeHeatmapDataMessages,
  RescueRadarMessages,
  ResponseCoverageMessages,
} from './locale/messageTypes';
export {
  formatScore,
  formatScoreOrNoData,
  formatScoreWithLevel,
  formatNumber,
  formatBase,
  formatList,
  nearestScaleLevel,
  scaleLevelLabel,
} from './locale/format';
export { scaleWords } from './common/chartScale';
export type { ChartScale, ChartScaleLevel, ScaleWords } from './common/chartScale';

// --- shared: theme ---
export { defaultTheme, slideTheme, highContrastTheme, CHART_FONT_FAMILY } from './theme/themes';
export { resolveTheme } from './theme/resolveTheme';
export { contrastRatio, relativeLuminance, readableTextColor } from './theme/contrast';
export type {
  ChartTheme,
  ChartColors,
  ChartFontSizes,
  ChartSpacing,
  ChartFocusRing,
  ChartMissing,
  ChartTooltipTheme,
  DeepPartial,
  ThemeOverride,
} from './theme/ChartTheme';

// --- shared: text measurement, sizing, states ---
export { measureText, type FontWeight } from './text/measureText';
export { wrapText, type WrapOptions, type WrappedText } from './text/wrapText';
export { registerHyphenation, type HyphenationPatterns } from './text/hyphenation';
export { loadHyphenation } from './text/loadHyphenation';
export { FONT_METRICS } from './text/fontMetrics.generated';
export { ChartState, type ChartStateKind, type ChartStateProps } from './common/ChartState';
export type { CommonChartProps, ValueFormat } from './common/ChartProps';

// --- shared: series styles and legends (the radar's; any chart of series can use them) ---
export {
  layoutSwatchLegend,
  type SwatchLegendItem,
  type SwatchLegendEntry,
  type SwatchLegendLayout,
  type SwatchLegendInput,
} from './common/swatchLegendLayout';
export { SwatchLegend, type SwatchLegendProps } from './common/SwatchLegend';
export {
  seriesStyle,
  seriesMarkerPath,
  seriesMarkerArea,
  seriesSymbolType,
  SERIES_MARKERS,
  SERIES_DASHES,
  type SeriesStyle,
  type SeriesMarkerShape,
} from './common/seriesStyle';
export { SeriesMarker, type SeriesMarkerProps } from './common/SeriesMarker';
export {
  layoutSeriesLegend,
  type SeriesLegendLayout,
  type SeriesLegendEntry,
  type SeriesLegendInput,
} from './layout/seriesLegend';
export { SeriesLegend, type SeriesLegendProps } from './common/SeriesLegend';

// --- the charts: each folder's public face ---
export * from './GoalBarChart';
export * from './ThemeHeatmap';
export * from './RescueRadar';
export * from './ResponseCoverage';
