import { aggregate, municipalities, survey2024 } from '@yhdyspinta/data';
import type { Locale, RawResponse, ResponsesAggregate, Survey } from '@yhdyspinta/data';
import { rescueRadarMessages } from '../../locale/rescueRadar';
import { markSurveyData } from '../../chart/surveyData';
import { radarAxesFromItems } from '../fromSurvey';
import type { RadarAxis, RadarSeries, RescueRadarData } from '../types';

/**
 * A series from an `aggregate()` result: each axis gets its item's mean (unrounded; the chart prints one
 * decimal), or null where nobody rated it or the item is absent.
 */
export function radarSeriesFromAggregate(
  result: ResponsesAggregate,
  axes: readonly RadarAxis[],
  series: { readonly id: string; readonly label: string },
): RadarSeries {
  const means = new Map(result.items.map((item) => [item.itemId, item.mean]));
  // fromEntries defines own keys, so an id such as "__proto__" stays a value (assignment would not).
  const values: Record<string, number | null> = Object.fromEntries(
    axes.map((axis) => [axis.id, means.get(axis.id) ?? null]),
  );
  return { ...series, values };
}

export interface RadarFromResponsesOptions {
  /** Where the axes come from (its `rescueGoals`); default survey2024. */
  readonly survey?: Survey;
  readonly locale?: Locale;
  /**
   * 'mean' (default): one series, the mean of all the municipalities' ratings per goal. 'municipality':
   * one series per municipality that gave at least one rating, in the area's order. 'both': the mean
   * first, then the municipalities.
   */
  readonly series?: 'mean' | 'municipality' | 'both';
}

/**
 * RescueRadarData from raw responses (parseResponsesCsv / parseResponsesJson), through `aggregate()`:
 * for users who hold the survey tool's raw export. The base is the municipalities with at least one rating
 * out of the area's ten. A municipality's missing answer stays missing (null), never 0 or 1.
 */
export function rescueRadarFromResponses(
  responses: readonly RawResponse[],
  options: RadarFromResponsesOptions = {},
): RescueRadarData {
  const locale = options.locale ?? 'fi';
  const mode = options.series ?? 'mean';
  const survey = options.survey ?? survey2024;
  const axes = radarAxesFromItems(survey.rescueGoals, locale);
  const axisIds = new Set(axes.map((axis) => axis.id));
  const relevant = responses.filter((r) => axisIds.has(r.itemId));
  const all = aggregate(relevant);
  const series: RadarSeries[] = [];
  if (mode !== 'municipality') {
    const label = survey.texts?.meanColumn[locale] ?? rescueRadarMessages(locale).meanSeries;
    series.push(radarSeriesFromAggregate(all, axes, { id: 'mean', label }));
  }
  if (mode !== 'mean') {
    const byMunicipality = new Map<string, RawResponse[]>();
    for (const r of relevant) {
      const list = byMunicipality.get(r.municipalityId) ?? [];
      list.push(r);
      byMunicipality.set(r.municipalityId, list);
    }
    const answered = new Set(all.municipalities.answered);
    for (const m of municipalities) {
      const own = byMunicipality.get(m.id);
      if (!own || !answered.has(m.id)) continue;
      series.push(
        radarSeriesFromAggregate(aggregate(own), axes, { id: m.id, label: m.name[locale] }),
      );
    }
  }
  // The survey's data: drawn with its title unless another is given.
  return markSurveyData({
    axes,
    series,
    base: { answered: all.municipalities.answered.length, total: municipalities.length },
  });
}
