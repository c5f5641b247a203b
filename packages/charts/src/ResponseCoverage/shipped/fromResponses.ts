import { aggregate, MUNICIPALITY_IDS } from '@yhdyspinta/data';
import type { Locale, MunicipalityId, RawResponse, ResponsesAggregate } from '@yhdyspinta/data';
import { markSurveyData } from '../../chart/surveyData';
import { coverageItems } from '../fromSurvey';
import type { MunicipalityPopulations } from '../fromSurvey';
import type { ResponseCoverageData } from '../types';

export interface ResponseCoverageFromResponsesOptions {
  readonly locale?: Locale;
  /** The municipalities asked, in display order. Default: all ten of the area. */
  readonly municipalityIds?: readonly MunicipalityId[];
  /** Populations from the caller (with its own source). */
  readonly populations?: MunicipalityPopulations;
}

/**
 * ResponseCoverage data from raw responses (parseResponsesCsv / parseResponsesJson) or their aggregate():
 * a municipality answered when it gave at least one rating. One that gave nothing but no-answers
 * (aggregate's `onlyNoAnswers`), or is absent from the input, did not answer.
 */
export function responseCoverageFromResponses(
  responses: readonly RawResponse[] | ResponsesAggregate,
  options: ResponseCoverageFromResponsesOptions = {},
): ResponseCoverageData {
  const summary = Array.isArray(responses)
    ? aggregate(responses as readonly RawResponse[])
    : (responses as ResponsesAggregate);
  const answered = new Set<string>(summary.municipalities?.answered ?? []);
  // The survey's data: drawn with its title unless another is given.
  return markSurveyData(
    coverageItems(
      options.municipalityIds ?? MUNICIPALITY_IDS,
      answered,
      options.locale ?? 'fi',
      options.populations,
    ),
  );
}
