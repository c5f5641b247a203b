// The data-free element's GoalBarChart (a chunk of its own in the ES module bundle; onDemandSourceElements.ts).
import type { AnyChartDefinition } from '../../chart/ChartDefinition';
import { GoalBarChart } from '../../GoalBarChart/GoalBarChart';
import { validateGoalBarData } from '../../GoalBarChart/validate';
import { coreChart } from '../bundles/chartParts';
import type { ChartParts } from '../bundles/chartParts';
import { CORE_TITLES } from '../bundles/titles';

/** Its parts (the full bundles' chart, ../shipped/, draws them with the shipped data). */
export const parts: ChartParts = {
  id: 'goal-bars',
  Chart: GoalBarChart as AnyChartDefinition['Chart'],
  validate: validateGoalBarData,
  titles: CORE_TITLES['goal-bars'],
};

export const chart = /* @__PURE__ */ coreChart(parts);
