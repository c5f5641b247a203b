// GoalBarChart in every output: its id, the main entry's component with the shipped data, its adapters.
import { survey2024 } from '@yhdyspinta/data';
import { defineChartEntry } from '../chart/ChartDefinition';
import type { OptionsOf } from '../chart/ChartDefinition';
import { withShippedData } from '../chart/withShippedData';
import { goalBarFromSurvey } from './fromSurvey';
import { GoalBarChart } from './GoalBarChart';
import { goalBarFromResponses } from './shipped/fromResponses';
import type { GoalBarData } from './types';
import { validateGoalBarData } from './validate';

/** GoalBarChart drawing the 2024 municipal survey (`survey2024`) in the chosen locale unless given `data`. */
export const ShippedGoalBarChart = withShippedData(
  GoalBarChart,
  (locale) => goalBarFromSurvey(survey2024, locale),
  'GoalBarChart',
);

/** GoalBarChart's own options (sort, grouped, showSubGoals, comparison, maxLabelLines). */
export type GoalBarsOptions = OptionsOf<typeof ShippedGoalBarChart>;

export const goalBarsChart = defineChartEntry<'goal-bars', GoalBarData, GoalBarsOptions>({
  id: 'goal-bars',
  component: 'GoalBarChart',
  description: 'Mean score (1–5) of each goal of the 2024 municipal survey, by section',
  Chart: ShippedGoalBarChart,
  validate: validateGoalBarData,
  fromResponses: goalBarFromResponses,
  needs:
    "at least one goal with a mean on 1–5 (from responses: ratings of the survey's goals, e.g. item ids ws-1 or ss-2.1)",
  titles: { shipped: (m) => m.goalBar.title },
});
