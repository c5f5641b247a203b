// The data-free element's GoalBarChart (a chunk of its own in the ES module bundle; ../bundles/chartParts.ts).
import { GoalBarChart } from '../../GoalBarChart/GoalBarChart';
import { validateGoalBarData } from '../../GoalBarChart/validate';
import { bundleChart } from '../bundles/chartParts';

export const { parts, chart } = bundleChart('goal-bars', GoalBarChart, validateGoalBarData);
