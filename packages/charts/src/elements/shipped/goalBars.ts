// The full bundles' GoalBarChart element: the 2024 survey without `data` (as the chart's definition).
import { survey2024 } from '@yhdyspinta/data';
import { goalBarFromSurvey } from '../../GoalBarChart/fromSurvey';
import { shippedChart } from '../bundles/chartParts';
import { parts } from '../core/goalBars';

export const chart = shippedChart(parts, (locale) => goalBarFromSurvey(survey2024, locale));
