// @yhdyspinta/charts/static: server-side rendering of the charts to standalone SVG documents (no DOM).
export { renderToSvg, renderToSvgDocument, MAX_RENDER_SIZE } from './renderToSvg';
export type { ChartSpec, RenderChartOptions } from './renderToSvg';
export { toSvgDocument, XML_DECLARATION } from './svgDocument';
export type { SvgDocument, SvgDocumentOptions } from './svgDocument';
export {
  CHARTS,
  CHART_NAMES,
  isChartName,
  chartDefinition,
  chartDataFromResponses,
} from './registry';
export type { ChartDataMap, ChartName, ChartOptionsMap } from './registry';
export type { ChartDefinition, StaticChartProps } from './charts/types';
export type { GoalBarsOptions } from './charts/goalBars';
export type { ThemeHeatmapOptions } from './charts/themeHeatmap';
export type { RescueRadarOptions } from './charts/rescueRadar';
export type { CoverageOptions } from './charts/coverage';
export { goalBarFromResponses } from '../GoalBarChart/fromResponses';
export { PRESETS, PRESET_NAMES, isPresetName, A4_PIXELS_PER_INCH } from './presets';
export type { PresetName, RenderPreset } from './presets';
export { escapeXml, replaceInvalidXmlChars, unescapeXml } from './escape';
export { RenderError } from './RenderError';
export type { RenderErrorCode } from './RenderError';
