/**
 * The data-free bundle's elements (dist/yhdyspinta-elements-core(.iife).js): each chart's core component
 * (no shipped data) with its validation and titles. They draw `data`, or the responses of `src`, whose
 * reader and adapters (with the survey's definitions) load on demand from the file the bundle names
 * (setSourceSupportUrl; sourceSupport.ts); without either they show the error state saying so. Tags as
 * the full bundle's: a page loads one bundle or the other.
 */
import type { Locale, RawResponse } from '@yhdyspinta/data';
import type { AnyChartDefinition } from '../chart/ChartDefinition';
import { GoalBarChart } from '../GoalBarChart/GoalBarChart';
import { validateGoalBarData } from '../GoalBarChart/validate';
import { RescueRadarWithTwin } from '../RescueRadar/RescueRadarWithTwin';
import { validateRescueRadarData } from '../RescueRadar/validate';
import { ResponseCoverage } from '../ResponseCoverage/ResponseCoverage';
import { validateResponseCoverageData } from '../ResponseCoverage/validate';
import { ThemeHeatmap } from '../ThemeHeatmap/ThemeHeatmap';
import { validateThemeHeatmapData } from '../ThemeHeatmap/validate';
import { markSurveyData } from '../chart/surveyData';
import { ChartElementBase } from './ChartElementBase';
import { elementChart } from './elementChart';
import type { ElementChart, ElementChartSource } from './elementChart';
import { loadSourceLazily, loadedSourceSupport } from './lazySource';
import type { SourceLimits, SourceProgress, SourceResult } from './sourceTypes';

export { setSourceSupportUrl } from './lazySource';

/** A chart's data from responses, with the adapter loaded by loadSource (responses come only after it). */
const fromResponses =
  (id: string) =>
  (responses: readonly RawResponse[], locale: Locale): unknown => {
    const adapter = loadedSourceSupport()?.ADAPTERS[id];
    if (!adapter) throw new Error(`no adapter from responses for ${id}`);
    // The survey's data, drawn with its titles (the reader's file marks in its own copy of the module).
    return markSurveyData(adapter(responses, locale));
  };

const core = (source: Omit<ElementChartSource, 'fromResponses'>): ElementChart =>
  elementChart({ ...source, fromResponses: fromResponses(source.id) }, { shipped: false });

/** The core charts as their definitions have them (id, component, validation, titles). */
const CORE_CHARTS: readonly ElementChart[] = [
  core({
    id: 'goal-bars',
    Chart: GoalBarChart as AnyChartDefinition['Chart'],
    validate: validateGoalBarData,
    titles: { shipped: (m) => m.goalBar.title },
  }),
  core({
    id: 'theme-heatmap',
    Chart: ThemeHeatmap as AnyChartDefinition['Chart'],
    validate: validateThemeHeatmapData,
    titles: {
      shipped: (m) => m.themeHeatmap.title,
      responses: (m) => m.themeHeatmap.goalRatingTitle,
    },
  }),
  core({
    id: 'rescue-radar',
    Chart: RescueRadarWithTwin as AnyChartDefinition['Chart'],
    validate: validateRescueRadarData,
    titles: { shipped: (m) => m.rescueRadar.title },
  }),
  core({
    id: 'coverage',
    Chart: ResponseCoverage as AnyChartDefinition['Chart'],
    validate: validateResponseCoverageData,
    titles: { shipped: (m) => m.responseCoverage.title },
  }),
];

/** A data-free element's class. */
function coreElementClass(chart: ElementChart): CustomElementConstructor {
  return class extends ChartElementBase {
    protected get chart(): ElementChart {
      return chart;
    }

    protected loadSource(
      url: string,
      limits: SourceLimits,
      onProgress: SourceProgress,
    ): Promise<SourceResult> {
      return loadSourceLazily(url, limits, onProgress);
    }
  };
}

/** Tag name → the data-free element class, for every chart. */
export const CORE_CHART_ELEMENTS: Readonly<Record<string, CustomElementConstructor>> =
  Object.fromEntries(CORE_CHARTS.map((chart) => [chart.tag, coreElementClass(chart)]));
