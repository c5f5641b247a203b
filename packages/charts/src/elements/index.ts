// @yhdyspinta/charts/elements: the charts as custom elements for pages that are not React (CMS pages).
// Nothing is registered on import: call defineYhdyspintaElements(), or load the browser bundle
// (dist/yhdyspinta-elements.iife.js / .js) or import '@yhdyspinta/charts/elements/register'.
export { defineYhdyspintaElements } from './define';
export { YhdyspintaChartElement } from './YhdyspintaChartElement';
export {
  YhdyspintaGoalBarsElement,
  YhdyspintaThemeHeatmapElement,
  YhdyspintaRescueRadarElement,
  YhdyspintaCoverageElement,
  CHART_ELEMENTS,
} from './chartElements';
export { OBSERVED_ATTRIBUTES, THEME_NAMES } from './attributes';
export type { ElementAttribute, ThemeName } from './attributes';
export { ELEMENT_MESSAGES } from '../locale/elements';
export type { ElementMessages } from '../locale/elements';
