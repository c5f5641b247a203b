// @yhdyspinta/charts/static: server-side rendering of the charts to standalone SVG documents (no DOM).
export { renderToSvg, renderToSvgDocument, MAX_RENDER_SIZE } from './renderToSvg';
export type { ChartSpec, RenderChartOptions, RenderedChart } from './renderToSvg';
export { renderToSvgParts } from './renderToSvgParts';
export type { EmbeddedFonts } from './embedFont';
export type { RenderedParts, SvgPart } from './renderToSvgParts';
// The shipped data's source line ("Lähde: Kuntakysely 2024, … · n = 6/10 kuntaa"), for outputs that set it
// themselves (the CLI's slide footers).
export { shippedSource } from './defaultSource';
export type { FitPage, FitReport, FitUnit } from '../layout/fitReport';
export { toSvgDocument, XML_DECLARATION } from './svgDocument';
export type { SvgDocument, SvgDocumentOptions } from './svgDocument';
export {
  CHARTS,
  CHART_LIST,
  CHART_NAMES,
  isChartName,
  chartDefinition,
  chartDataFromResponses,
} from '../catalogue';
export type { ChartDataMap, ChartName, ChartOptionsMap } from '../catalogue';
export { chartDataFromDefinitions, UnsupportedChartError } from '../fromDefinitions';
export type { ChartDefinitions, DefinedChartData } from '../fromDefinitions';
export type {
  AnyChartDefinition,
  ChartAbout,
  ChartDefinition,
  ChartPart,
  ChartTitles,
  SplitInput,
  StaticChartProps,
  TextByLocale,
} from '../chart/ChartDefinition';
export type { GoalBarsOptions } from '../GoalBarChart/definition';
export type { ThemeHeatmapChartOptions as ThemeHeatmapOptions } from '../ThemeHeatmap/definition';
export type { RescueRadarChartOptions as RescueRadarOptions } from '../RescueRadar/definition';
export type { CoverageOptions } from '../ResponseCoverage/definition';
export { goalBarFromResponses } from '../GoalBarChart/shipped/fromResponses';
export { PRESETS, PRESET_NAMES, isPresetName, A4_PIXELS_PER_INCH } from './presets';
export type { PresetName, RenderPreset } from './presets';
export { escapeXml, replaceInvalidXmlChars, unescapeXml } from './escape';
export { RenderError } from './RenderError';
export type { RenderErrorCode } from './RenderError';
