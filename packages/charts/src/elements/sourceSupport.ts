/**
 * Everything a data-free element needs for `src`, loaded on demand: the reader of raw responses (the
 * importers of @yhdyspinta/data) and each chart's adapter from responses, which bring the survey's
 * definitions and texts. Built as a file of its own, dist/yhdyspinta-elements-source.js (entry
 * bundles/elementsSource.ts), that the data-free bundles import by URL when an element has a `src`: a
 * chunk of theirs would share modules with them and load with them. The data is marked as the survey's
 * by the importing bundle (bundles/chartParts.ts): this file's modules are its own copies.
 */
import type { ResponsesAdapter } from '../chart/ChartDefinition';
import { goalBarFromResponses } from '../GoalBarChart/shipped/fromResponses';
import { rescueRadarFromResponses } from '../RescueRadar/shipped/fromResponses';
import { responseCoverageFromResponses } from '../ResponseCoverage/shipped/fromResponses';
import { themeHeatmapFromResponses } from '../ThemeHeatmap/shipped/fromResponses';

export { loadResponses } from './responsesSource';

/** Chart id → its adapter from responses (the one its definition declares). */
export const ADAPTERS: Readonly<Record<string, ResponsesAdapter<unknown>>> = {
  'goal-bars': goalBarFromResponses,
  'theme-heatmap': themeHeatmapFromResponses,
  'rescue-radar': rescueRadarFromResponses,
  coverage: responseCoverageFromResponses,
};
