// GoalBarChart's public face: the chart (data required), its data types, adapter, validation, layout.
export { GoalBarChart } from './GoalBarChart';
export type { GoalBarChartProps } from './GoalBarChart';
export type { GoalBarItemInfo } from './item';
export type {
  GoalBarData,
  GoalBarGroup,
  GoalBarItem,
  GoalBarLeaf,
  GoalBarSort,
  GoalBarComparison,
} from './types';
export { goalBarFromSurvey } from './fromSurvey';
export type { GoalBarFromSurveyOptions } from './fromSurvey';
export { goalBarMeans, goalBarWithPrevious, hasPreviousRound, scoreChange } from './previous';
export type { PreviousMeans } from './previous';
export { validateGoalBarData } from './validate';
export { computeGoalBarLayout } from './compute';
export type {
  GoalBarLayout,
  GoalBarLayoutInput,
  GoalBarOptions,
  GoalBarRow,
  GoalBarGroupRow,
} from './compute';
export { goalBarKeyFinding } from './describe';
