// GoalBarChart's public face: the chart (data required), its data types, adapter, validation, layout.
export { GoalBarChart } from './GoalBarChart';
export type { GoalBarChartProps } from './GoalBarChart';
export type { GoalBarItemInfo } from './item';
// The data's types, and the layout's: what computeGoalBarLayout takes and gives (types-only modules).
export type * from './types';
export type * from './layoutTypes';
export { goalBarFromSurvey } from './fromSurvey';
export type { GoalBarFromSurveyOptions } from './fromSurvey';
export { goalBarMeans, goalBarWithPrevious, hasPreviousRound, scoreChange } from './previous';
export type { PreviousMeans } from './previous';
export { validateGoalBarData } from './validate';
export { computeGoalBarLayout } from './compute';
export { goalBarKeyFinding } from './describe';
