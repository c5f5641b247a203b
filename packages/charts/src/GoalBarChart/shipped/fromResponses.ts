import { aggregate, MUNICIPALITY_IDS, roundToOneDecimal, survey2024 } from '@yhdyspinta/data';
import type { Locale, RawResponse, ResponsesAggregate } from '@yhdyspinta/data';
import { markSurveyData } from '../../chart/surveyData';
import { goalBarFromSurvey } from '../fromSurvey';
import type { GoalBarData } from '../types';

const round = (mean: number | null | undefined): number | null =>
  mean === null || mean === undefined ? null : roundToOneDecimal(mean);

export interface GoalBarFromResponsesOptions {
  /** The language of the survey's texts. Default 'fi'. */
  readonly locale?: Locale;
}

/**
 * GoalBarData from raw responses of the 2024 survey (parseResponsesCsv / parseResponsesJson, or their
 * aggregate()): the survey's sections, goals and sub-goals with their texts in `locale`
 * (goalBarFromSurvey), but each value the responses' mean rounded to one decimal like the published
 * ones — a goal's the aggregate's goal mean (unweighted mean of its sub-goals' means), a sub-goal's its
 * own — and null where nobody rated it. Base: municipalities with at least one rating / all ten.
 */
export function goalBarFromResponses(
  responses: readonly RawResponse[] | ResponsesAggregate,
  options: GoalBarFromResponsesOptions = {},
): GoalBarData {
  const locale = options.locale ?? 'fi';
  const summary = Array.isArray(responses)
    ? aggregate(responses as readonly RawResponse[])
    : (responses as ResponsesAggregate);
  const itemMeans = new Map(summary.items.map((item) => [item.itemId, item.mean]));
  const goalMeans = new Map(summary.goals.map((goal) => [goal.goalId, goal.mean]));
  const layout = goalBarFromSurvey(survey2024, locale);
  // The survey's data: drawn with its title and axis title unless others are given.
  return markSurveyData({
    groups: layout.groups.map((group) => ({
      ...group,
      items: group.items.map((item) => ({
        ...item,
        value: round(goalMeans.get(item.id)),
        children: item.children?.map((child) => ({
          ...child,
          value: round(itemMeans.get(child.id)),
        })),
      })),
    })),
    base: { answered: summary.municipalities.answered.length, total: MUNICIPALITY_IDS.length },
  });
}
