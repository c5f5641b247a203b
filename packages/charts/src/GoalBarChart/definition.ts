// GoalBarChart in every output: its id, the main entry's component with the shipped data, its adapters.
import { survey2024 } from '@yhdyspinta/data';
import type { Locale } from '@yhdyspinta/data';
import { goalBarAbout } from './about';
import { defineChartEntry } from '../chart/ChartDefinition';
import type { OptionsOf } from '../chart/ChartDefinition';
import { withShippedData } from '../chart/withShippedData';
import type { ChartPart, SplitInput } from '../chart/ChartDefinition';
import { goalBarMessages } from '../locale/goalBar';
import { goalBarFromSurvey } from './fromSurvey';
import { GoalBarChart } from './GoalBarChart';
import { meanOfGoals, orderGoalBarEntries } from './order';
import { goalBarFromResponses } from './shipped/fromResponses';
import { goalBarTitles } from './titles';
import type { GoalBarData } from './types';
import { validateGoalBarData } from './validate';

const shippedGoalBars = (locale: Locale) => goalBarFromSurvey(survey2024, locale);

/** GoalBarChart drawing the 2024 municipal survey (`survey2024`) in the chosen locale unless given `data`. */
export const ShippedGoalBarChart = withShippedData(GoalBarChart, shippedGoalBars, 'GoalBarChart');

/** GoalBarChart's own options (sort, grouped, showSubGoals, comparison, maxLabelLines). */
export type GoalBarsOptions = OptionsOf<typeof ShippedGoalBarChart>;

/**
 * The parts of goal bars too tall for a size: the rows of each page (in drawing order) with their sections
 * (a section split over two parts has its header in both); a sub-goal's part also holds its goal. A 'mean'
 * comparison stays the mean of every goal.
 */
function splitGoalBars({
  data,
  props,
  plan,
  locale,
}: SplitInput<GoalBarData, GoalBarsOptions>): ChartPart<GoalBarData, GoalBarsOptions>[] {
  const showSubGoals = props.showSubGoals ?? false;
  const order = { sort: props.sort ?? 'source', grouped: props.grouped ?? true, showSubGoals };
  const rows = orderGoalBarEntries(data, order).flatMap((e) => (e.kind === 'item' ? [e.item] : []));
  const mean = meanOfGoals(data);
  const comparison =
    props.comparison === 'mean'
      ? mean === null
        ? undefined
        : { value: mean, label: goalBarMessages(locale).allGoalsMean }
      : props.comparison;
  return plan.pages.map(({ start, end }) => {
    const ids = new Set(rows.slice(start, end).map((item) => item.id));
    const groups = data.groups
      .map((group) => ({
        ...group,
        items: group.items.flatMap((item) => {
          const children = showSubGoals ? item.children?.filter((c) => ids.has(c.id)) : undefined;
          if (!ids.has(item.id) && !children?.length) return [];
          return [children === undefined ? item : { ...item, children }];
        }),
      }))
      .filter((group) => group.items.length > 0);
    return { data: { ...data, groups }, props: { ...props, comparison } };
  });
}

export const goalBarsChart = defineChartEntry({
  id: 'goal-bars',
  ...goalBarAbout,
  Chart: ShippedGoalBarChart,
  validate: validateGoalBarData,
  fromResponses: goalBarFromResponses,
  titles: goalBarTitles,
  shippedData: shippedGoalBars,
  split: splitGoalBars,
});
