/**
 * The chart elements, one class per chart of the catalogue (../catalogue), each with its tag
 * `yhdyspinta-<chart id>`.
 */
import { CHART_LIST, CHART_NAMES } from '../catalogue';
import type { ChartName } from '../catalogue';
import type { AnyChartDefinition } from '../chart/ChartDefinition';
import { elementChart } from './elementChart';
import type { ElementChart } from './elementChart';
import { YhdyspintaChartElement } from './YhdyspintaChartElement';

/** A chart element's class. */
export type ChartElementClass = new () => YhdyspintaChartElement;

/** The element class of a chart of the catalogue. */
function elementClass(definition: AnyChartDefinition): ChartElementClass {
  const chart = elementChart(definition);
  return class extends YhdyspintaChartElement {
    protected get chart(): ElementChart {
      return chart;
    }
  };
}

const CLASSES = Object.fromEntries(
  CHART_LIST.map((definition) => [
    definition.id,
    elementClass(definition as unknown as AnyChartDefinition),
  ]),
) as { readonly [N in ChartName]: ChartElementClass };

/** Tag name (`yhdyspinta-<chart id>`) → element class, for every chart of the catalogue. */
export const CHART_ELEMENTS: Readonly<Record<string, CustomElementConstructor>> =
  Object.fromEntries(CHART_NAMES.map((name) => [`yhdyspinta-${name}`, CLASSES[name]]));

/** `<yhdyspinta-goal-bars>`: GoalBarChart. */
export const YhdyspintaGoalBarsElement = CLASSES['goal-bars'];
/** `<yhdyspinta-theme-heatmap>`: ThemeHeatmap. */
export const YhdyspintaThemeHeatmapElement = CLASSES['theme-heatmap'];
/** `<yhdyspinta-rescue-radar>`: RescueRadar. */
export const YhdyspintaRescueRadarElement = CLASSES['rescue-radar'];
/** `<yhdyspinta-coverage>`: ResponseCoverage. */
export const YhdyspintaCoverageElement = CLASSES.coverage;
