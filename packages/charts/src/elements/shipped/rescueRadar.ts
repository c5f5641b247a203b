// The full bundles' RescueRadar element: the 2024 survey without `data` (as the chart's definition).
import { survey2024 } from '@yhdyspinta/data';
import { rescueRadarFromSurvey } from '../../RescueRadar/fromSurvey';
import { shippedChart } from '../bundles/chartParts';
import { parts } from '../core/rescueRadar';

export const chart = shippedChart(parts, (locale) => rescueRadarFromSurvey(survey2024, locale));
