import { GoalBarChart } from '../../shipped/GoalBarChart';
import type { GoalBarChartProps } from '../../shipped/GoalBarChart';
import type { GoalBarData } from '../../GoalBarChart/types';
import { validateGoalBarData } from '../../GoalBarChart/validate';
import type { CommonChartProps } from '../../common/ChartProps';
import { goalBarFromResponses } from '../../GoalBarChart/fromResponses';
import type { ChartDefinition } from './types';

/** GoalBarChart's own options (sort, grouped, showSubGoals, comparison, maxLabelLines). */
export type GoalBarsOptions = Omit<GoalBarChartProps, keyof CommonChartProps | 'data'>;

export const goalBars: ChartDefinition<GoalBarData, GoalBarsOptions> = {
  component: 'GoalBarChart',
  description: 'Mean score (1–5) of each goal of the 2024 municipal survey, by section',
  render: (props) => <GoalBarChart {...props} />,
  validate: validateGoalBarData,
  fromResponses: goalBarFromResponses,
  needs:
    "at least one goal with a mean on 1–5 (from responses: ratings of the survey's goals, e.g. item ids ws-1 or ss-2.1)",
};
