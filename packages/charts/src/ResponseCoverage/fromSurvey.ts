import { coverageOf, municipalityById } from '@yhdyspinta/data';
import type { Locale, MunicipalityId, Survey } from '@yhdyspinta/data';
import { markSurveyData } from '../chart/surveyData';
import type { ResponseCoverageData, ResponseCoverageItem } from './types';

/** Populations per municipality, supplied by the caller with its own source (the library ships none). */
export type MunicipalityPopulations = Partial<Record<MunicipalityId, number>>;

/** The municipality's name in `locale` (fi/sv official names; en uses the Finnish name), else the id. */
export function municipalityLabel(id: string, locale: Locale): string {
  return municipalityById(id)?.name[locale] ?? id;
}

/** One item per municipality in `ids` order, with the population from `populations` when given. */
export function coverageItems(
  ids: readonly MunicipalityId[],
  answered: ReadonlySet<string>,
  locale: Locale,
  populations?: MunicipalityPopulations,
): ResponseCoverageItem[] {
  return ids.map((id) => {
    const population = populations?.[id];
    return {
      id,
      label: municipalityLabel(id, locale),
      answered: answered.has(id),
      ...(population === undefined ? {} : { population }),
    };
  });
}

/**
 * ResponseCoverage data from a Survey: its municipalities in the order of `survey.responses` (a
 * municipality listed twice counts once, as in coverageOf), named in `locale`, answered as
 * coverageOf(survey, { populations }) reports. `populations` must come from the caller (with its own
 * source); without it the chart shows no population share.
 */
export function responseCoverageFromSurvey(
  survey: Survey,
  locale: Locale = 'fi',
  populations?: MunicipalityPopulations,
): ResponseCoverageData {
  const coverage = coverageOf(survey, populations ? { populations } : {});
  const ids = [...coverage.answeredIds, ...coverage.missingIds];
  const order = new Map<string, number>();
  (survey?.responses ?? []).forEach((r, i) => {
    if (!order.has(r.municipalityId)) order.set(r.municipalityId, i);
  });
  ids.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  // The survey's data: drawn with the survey's title unless another is given.
  return markSurveyData(coverageItems(ids, new Set(coverage.answeredIds), locale, populations));
}
