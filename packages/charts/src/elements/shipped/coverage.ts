// The full bundles' ResponseCoverage element: the 2024 survey without `data` (as the chart's definition).
import { survey2024 } from '@yhdyspinta/data';
import { responseCoverageFromSurvey } from '../../ResponseCoverage/fromSurvey';
import { shippedChart } from '../bundles/chartParts';
import { parts } from '../core/coverage';

export const chart = shippedChart(parts, (locale) =>
  responseCoverageFromSurvey(survey2024, locale),
);
