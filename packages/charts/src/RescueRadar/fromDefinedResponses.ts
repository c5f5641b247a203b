/**
 * RescueRadarData from raw responses read with an area's and a survey's definitions (the CLI's --area /
 * --survey, `chartDataFromDefinitions`): the axes are the items the survey's `radar` names (a section's
 * questions, or goals and sub-goals by id; a goal with sub-goals is drawn as its mean), the values their
 * means by aggregate() (each municipality's respondents averaged first, then the municipalities;
 * unrounded, the chart prints one decimal), the series the area's mean or one per municipality with a
 * rating (in the area's order), the base the municipalities with a rating of a drawn item out of the
 * area's (as rescueRadarFromResponses), the scale the survey's own words. A missing answer stays
 * missing (null).
 */
import { aggregate, surveyItems } from '@yhdyspinta/data';
import type {
  DefinedText,
  DefinitionContext,
  Locale,
  RawResponse,
  ResponsesAggregate,
} from '@yhdyspinta/data';
import type { ChartScale } from '../common/chartScale';
import { rescueRadarMessages } from '../locale/rescueRadar';
import type { RadarAxis, RadarSeries, RescueRadarData } from './types';

export interface DefinedRadarInput {
  readonly responses: readonly RawResponse[];
  /** aggregate() of all the responses with the context's goals, area and survey. */
  readonly all: ResponsesAggregate;
  readonly context: DefinitionContext;
  readonly locale: Locale;
  /** A defined text in the locale (the caller counts those drawn in Finnish instead). */
  readonly text: (label: DefinedText) => string;
  readonly scale: ChartScale;
}

/** Each axis's value in one aggregate: a goal with sub-goals by its goal mean, else its item's mean. */
function seriesValues(
  result: ResponsesAggregate,
  axes: readonly RadarAxis[],
  goalIds: ReadonlySet<string>,
): Record<string, number | null> {
  const items = new Map(result.items.map((item) => [item.itemId, item.mean]));
  const goals = new Map(result.goals.map((goal) => [goal.goalId, goal.mean]));
  // fromEntries defines own keys, so an id such as "__proto__" stays a value (assignment would not).
  return Object.fromEntries(
    axes.map((axis) => [
      axis.id,
      (goalIds.has(axis.id) ? goals.get(axis.id) : items.get(axis.id)) ?? null,
    ]),
  );
}

/** The radar of the survey's `radar`; undefined when the survey names none. */
export function rescueRadarFromDefinedResponses(
  input: DefinedRadarInput,
): RescueRadarData | undefined {
  const { context, locale, text } = input;
  const { area, survey } = context;
  const radar = survey.radar;
  if (radar === undefined) return undefined;
  const labels = new Map(surveyItems(survey).map((item) => [item.id, item.label]));
  const axes = radar.items.map((id) => {
    const label = labels.get(id);
    return { id, label: label === undefined ? id : text(label) };
  });
  // Goals with sub-goals: drawn as their goal mean (a goal rated directly is its own item).
  const goalIds = new Set(context.goals.filter((g) => g.subGoalIds.length > 0).map((g) => g.id));
  // The base: municipalities with a rating of an item the radar draws (a goal's: of its sub-goals).
  const drawn = new Set(
    radar.items.flatMap((id) => [
      id,
      ...(context.goals.find((g) => g.id === id)?.subGoalIds ?? []),
    ]),
  );
  const options = { goals: context.goals, area, survey };
  const answered = aggregate(
    input.responses.filter((r) => drawn.has(r.itemId)),
    options,
  ).municipalities.answered.length;
  const series: RadarSeries[] = [];
  if (radar.series === 'mean') {
    const label = rescueRadarMessages(locale).meanSeries;
    series.push({ id: 'mean', label, values: seriesValues(input.all, axes, goalIds) });
  } else {
    for (const municipality of area.municipalities) {
      const own = input.responses.filter((r) => r.municipalityId === municipality.id);
      const values = seriesValues(aggregate(own, options), axes, goalIds);
      if (Object.values(values).every((value) => value === null)) continue;
      series.push({ id: municipality.id, label: municipality.name[locale], values });
    }
  }
  const base = { answered, total: area.municipalities.length };
  return { axes, series, base, scale: input.scale };
}
