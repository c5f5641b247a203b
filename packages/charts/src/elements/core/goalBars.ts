// The data-free element's GoalBarChart (a chunk of its own in the ES module bundle; onDemandSourceElements.ts).
import type { AnyChartDefinition } from '../../chart/ChartDefinition';
import { GoalBarChart } from '../../GoalBarChart/GoalBarChart';
import { validateGoalBarData } from '../../GoalBarChart/validate';
import { coreChart } from './coreChart';
import { CORE_TITLES } from './titles';

export const chart = coreChart({
  id: 'goal-bars',
  Chart: GoalBarChart as AnyChartDefinition['Chart'],
  validate: validateGoalBarData,
  titles: CORE_TITLES['goal-bars'],
});
