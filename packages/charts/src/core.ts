// Public API of @yhdyspinta/charts/core: the charts without the shipped data. Each component needs its
// `data` (built by hand, or from a survey or responses with the adapters); nothing here imports the
// survey, the memos or the theme taxonomy, so a bundle carries only the chart code it uses. The main entry
// `@yhdyspinta/charts` has the same charts drawing the shipped data by default, and the response adapters.
// Explicit named exports only (no `export *`), one block per area.

// --- shared: locale, formatting ---
export { MESSAGES, DEFAULT_LOCALE, getMessages, isLocale, resolveLocale } from './locale/messages';
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
  nearestScaleLevel,
  scaleLevelLabel,
} from './locale/format';

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
export { measureText } from './text/measureText';
export type { FontWeight } from './text/measureText';
export { wrapText } from './text/wrapText';
export type { WrapOptions, WrappedText } from './text/wrapText';
export { FONT_METRICS } from './text/fontMetrics.generated';
export { ChartState } from './common/ChartState';
export type { ChartStateKind, ChartStateProps } from './common/ChartState';
export type { CommonChartProps } from './common/ChartProps';

// --- GoalBarChart ---
export { GoalBarChart } from './GoalBarChart/GoalBarChart';
export type { GoalBarChartProps } from './GoalBarChart/GoalBarChart';
export type {
  GoalBarData,
  GoalBarGroup,
  GoalBarItem,
  GoalBarLeaf,
  GoalBarSort,
  GoalBarComparison,
} from './GoalBarChart/types';
export { goalBarFromSurvey } from './GoalBarChart/fromSurvey';
export { validateGoalBarData } from './GoalBarChart/validate';
export { computeGoalBarLayout } from './GoalBarChart/compute';
export type {
  GoalBarLayout,
  GoalBarLayoutInput,
  GoalBarOptions,
  GoalBarRow,
  GoalBarGroupRow,
} from './GoalBarChart/compute';
export { goalBarKeyFinding } from './GoalBarChart/describe';

// --- ThemeHeatmap ---
export { ThemeHeatmap } from './ThemeHeatmap/ThemeHeatmap';
export type { ThemeHeatmapProps } from './ThemeHeatmap/ThemeHeatmap';
export type { HeatmapData, HeatmapAxisItem, HeatmapKind, HeatmapValue } from './ThemeHeatmap/types';
export { validateThemeHeatmapData } from './ThemeHeatmap/validate';
export { computeThemeHeatmapLayout } from './ThemeHeatmap/compute';
export { cellIndexAt, cellBox } from './ThemeHeatmap/geometry';
export type { HeatmapLayout, HeatmapFrame, HeatmapOptions } from './ThemeHeatmap/compute';
export { colorBands } from './ThemeHeatmap/colorBands';
export type { ColorBand, ColorBands } from './ThemeHeatmap/colorBands';
export { TABLE_CELL_LIMIT } from './ThemeHeatmap/table';
export type { CountNoun, HeatmapFinding } from './locale/themeHeatmap';
export { layoutSwatchLegend } from './common/swatchLegendLayout';
export type {
  SwatchLegendItem,
  SwatchLegendEntry,
  SwatchLegendLayout,
  SwatchLegendInput,
} from './common/swatchLegendLayout';
export { SwatchLegend } from './common/SwatchLegend';
export type { SwatchLegendProps } from './common/SwatchLegend';

// --- RescueRadar ---
export { RescueRadar } from './RescueRadar/RescueRadar';
export type { RescueRadarProps } from './RescueRadar/RescueRadar';
export { RescueBars } from './RescueRadar/RescueBars';
export type { RescueBarsProps } from './RescueRadar/RescueBars';
export type { RadarAxis, RadarSeries, RescueRadarData } from './RescueRadar/types';
export { rescueRadarFromSurvey } from './RescueRadar/fromSurvey';
export { validateRescueRadarData } from './RescueRadar/validate';
export { computeRescueRadarLayout } from './RescueRadar/compute';
export type {
  RescueRadarLayout,
  RescueRadarLayoutInput,
  RescueRadarOptions,
  RadarAxisLayout,
  RadarPointLayout,
  RadarSeriesLayout,
} from './RescueRadar/compute';
export { radarKeyFinding } from './RescueRadar/describe';
export type { RadarSeriesFinding } from './locale/rescueRadar';
export { seriesStyle, seriesMarkerPath, SERIES_MARKERS, SERIES_DASHES } from './common/seriesStyle';
export type { SeriesStyle, SeriesMarkerShape } from './common/seriesStyle';
export { SeriesMarker } from './common/SeriesMarker';
export type { SeriesMarkerProps } from './common/SeriesMarker';
export { layoutSeriesLegend } from './layout/seriesLegend';
export type {
  SeriesLegendLayout,
  SeriesLegendEntry,
  SeriesLegendInput,
} from './layout/seriesLegend';
export { SeriesLegend } from './common/SeriesLegend';
export type { SeriesLegendProps } from './common/SeriesLegend';

// --- ResponseCoverage ---
export { ResponseCoverage } from './ResponseCoverage/ResponseCoverage';
export type { ResponseCoverageProps } from './ResponseCoverage/ResponseCoverage';
export type {
  ResponseCoverageItem,
  ResponseCoverageData,
  ResponseCoverageOrder,
} from './ResponseCoverage/types';
export { responseCoverageFromSurvey } from './ResponseCoverage/fromSurvey';
export type { MunicipalityPopulations } from './ResponseCoverage/fromSurvey';
export { summarizeCoverage } from './ResponseCoverage/summary';
export type { CoverageSummary, CoveragePopulationSummary } from './ResponseCoverage/summary';
export { validateResponseCoverageData } from './ResponseCoverage/validate';
export { computeResponseCoverageLayout } from './ResponseCoverage/compute';
export type {
  ResponseCoverageLayout,
  ResponseCoverageLayoutInput,
  ResponseCoverageOptions,
  CoverageTile,
} from './ResponseCoverage/compute';
export type { NotAnsweredWording } from './locale/responseCoverage';
