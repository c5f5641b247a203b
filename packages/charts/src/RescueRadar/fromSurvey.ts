import { coverageOf } from '@yhdyspinta/data';
import type { Locale, Survey, SurveyItem } from '@yhdyspinta/data';
import { markSurveyData } from '../chart/surveyData';
import { rescueRadarMessages } from '../locale/rescueRadar';
import type { RadarAxis, RescueRadarData } from './types';

/** The radar's axes from survey items (default: the rescue service's goals), texts in `locale`. */
export function radarAxesFromItems(items: readonly SurveyItem[], locale: Locale): RadarAxis[] {
  return items.map((item) => ({ id: item.id, label: item.text[locale] }));
}

/**
 * RescueRadarData from a Survey: the rescue service's goals (`survey.rescueGoals`, source order) as axes
 * and one series of the published means, named by the survey's mean column heading ("Kuntien vastausten
 * keskiarvo") in `locale`, with the response base from coverageOf(survey) ("n = 6/10").
 */
export function rescueRadarFromSurvey(survey: Survey, locale: Locale = 'fi'): RescueRadarData {
  const items = survey.rescueGoals;
  const label = survey.texts?.meanColumn[locale] ?? rescueRadarMessages(locale).meanSeries;
  // fromEntries defines own keys, so an id such as "__proto__" stays a value (assignment would not).
  const values: Record<string, number | null> = Object.fromEntries(
    items.map((item) => [item.id, item.mean.value]),
  );
  const { answered, total } = coverageOf(survey);
  // The survey's data: drawn with the survey's title unless another is given.
  return markSurveyData({
    axes: radarAxesFromItems(items, locale),
    series: [{ id: 'mean', label, values }],
    ...(total > 0 ? { base: { answered, total } } : {}),
  });
}
