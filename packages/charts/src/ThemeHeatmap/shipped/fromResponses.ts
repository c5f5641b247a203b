import { aggregate, municipalities, survey2024 } from '@yhdyspinta/data';
import type { GoalStructure, Locale, RawResponse, Survey } from '@yhdyspinta/data';
import { themeHeatmapMessages } from '../../locale/themeHeatmap';
import { themeHeatmapDataMessages } from '../../locale/themeHeatmapData';
import type { HeatmapData } from '../types';

export interface HeatmapFromResponsesOptions {
  readonly locale?: Locale;
  /** Goal texts and order (default: survey2024's 11 goals). */
  readonly survey?: Survey;
  /** The goal structure (default: the survey's goals with their sub-goals). */
  readonly goals?: readonly GoalStructure[];
}

/**
 * A goal × municipality rating matrix from raw responses (e.g. `parseResponsesCsv(...).responses`): one row
 * per goal (its text in `locale`), one column per municipality of the area (names in `locale`, area
 * order). A cell is the municipality's own mean for the goal, computed by `aggregate()` of
 * @yhdyspinta/data on that municipality's responses (the unweighted mean of its ratings of the goal's
 * sub-goals, or its rating of a goal rated directly), unrounded (drawn with one decimal); `n` is the
 * number of ratings behind it. A municipality that rated none of a goal's items has null (no data). The
 * base under the title counts the municipalities with at least one rating.
 */
export function themeHeatmapFromResponses(
  responses: readonly RawResponse[],
  options: HeatmapFromResponsesOptions = {},
): HeatmapData {
  const locale = options.locale ?? 'fi';
  const survey = options.survey ?? survey2024;
  const structure =
    options.goals ??
    survey.goals.map((goal) => ({ id: goal.id, subGoalIds: goal.subGoals.map((s) => s.id) }));
  const m = themeHeatmapMessages(locale);
  const d = themeHeatmapDataMessages(locale);
  const perMunicipality = municipalities.map(
    (municipality) =>
      aggregate(
        responses.filter((r) => r.municipalityId === municipality.id),
        { goals: structure },
      ).goals,
  );
  const answered = aggregate(responses, { goals: structure }).municipalities.answered.length;
  const goalText = (id: string) => survey.goals.find((goal) => goal.id === id)?.text[locale] ?? id;
  return {
    kind: 'rating',
    title: m.goalRatingTitle,
    rows: structure.map((goal) => ({ id: goal.id, label: goalText(goal.id) })),
    columns: municipalities.map((mu) => ({ id: mu.id, label: mu.name[locale] })),
    values: structure.map((_, g) => perMunicipality.map((goals) => goals[g]?.mean ?? null)),
    n: structure.map((_, g) =>
      perMunicipality.map((goals) => {
        const goal = goals[g];
        return goal && goal.pooled.n > 0 ? goal.pooled.n : null;
      }),
    ),
    base: { answered, total: municipalities.length },
    rowsTitle: d.goalTitle,
    columnsTitle: d.municipalityTitle,
  };
}
