/**
 * The chart elements, one class per chart of the static registry (../static/registry), each with its
 * tag `yhdyspinta-<chart name>`.
 */
import { chartDefinition } from '../static/registry';
import type { ChartName } from '../static/registry';
import { elementChart } from './elementChart';
import type { ElementChart, ElementChartTitles } from './elementChart';
import { YhdyspintaChartElement } from './YhdyspintaChartElement';

/** Each chart's default titles (the element's loading and error states show them). */
const TITLES: { readonly [N in ChartName]: ElementChartTitles } = {
  'goal-bars': { shipped: (m) => m.goalBar.title },
  // The shipped heatmap shows memo themes; from survey responses it shows goal ratings.
  'theme-heatmap': {
    shipped: (m) => m.themeHeatmap.title,
    responses: (m) => m.themeHeatmap.goalRatingTitle,
  },
  'rescue-radar': { shipped: (m) => m.rescueRadar.title },
  coverage: { shipped: (m) => m.responseCoverage.title },
};

function chartOf(name: ChartName): ElementChart {
  return elementChart(`yhdyspinta-${name}`, chartDefinition(name), TITLES[name]);
}

const GOAL_BARS = chartOf('goal-bars');
const THEME_HEATMAP = chartOf('theme-heatmap');
const RESCUE_RADAR = chartOf('rescue-radar');
const COVERAGE = chartOf('coverage');

/** `<yhdyspinta-goal-bars>`: GoalBarChart. */
export class YhdyspintaGoalBarsElement extends YhdyspintaChartElement {
  protected get chart(): ElementChart {
    return GOAL_BARS;
  }
}

/** `<yhdyspinta-theme-heatmap>`: ThemeHeatmap. */
export class YhdyspintaThemeHeatmapElement extends YhdyspintaChartElement {
  protected get chart(): ElementChart {
    return THEME_HEATMAP;
  }
}

/** `<yhdyspinta-rescue-radar>`: RescueRadar. */
export class YhdyspintaRescueRadarElement extends YhdyspintaChartElement {
  protected get chart(): ElementChart {
    return RESCUE_RADAR;
  }
}

/** `<yhdyspinta-coverage>`: ResponseCoverage. */
export class YhdyspintaCoverageElement extends YhdyspintaChartElement {
  protected get chart(): ElementChart {
    return COVERAGE;
  }
}

/** Tag name → element class. */
export const CHART_ELEMENTS: Readonly<Record<string, CustomElementConstructor>> = {
  [GOAL_BARS.tag]: YhdyspintaGoalBarsElement,
  [THEME_HEATMAP.tag]: YhdyspintaThemeHeatmapElement,
  [RESCUE_RADAR.tag]: YhdyspintaRescueRadarElement,
  [COVERAGE.tag]: YhdyspintaCoverageElement,
};
