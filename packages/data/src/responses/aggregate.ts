/**
 * `aggregate`: per-item and per-goal statistics of raw responses, and who answered.
 */
import type { Rating } from '../types';
import { MUNICIPALITY_ORDER, surveyGoalStructure } from './reference';
import { createMunicipalityMeans } from './perMunicipality';
import { meanOf, summarizeRatings } from './stats';
import type {
  AggregateOptions,
  GoalAggregate,
  ItemAggregate,
  RawResponse,
  ResponsesAggregate,
} from './types';

/**
 * Aggregates raw responses (each response counted as given; the parsers already reject duplicates).
 *
 * - items: every item of the goal structure (n = 0 and mean null if nobody rated it), then any other
 *   item of the input, in order of first appearance. Means are unrounded.
 * - several respondents per municipality: an item's `mean` is the mean of the municipalities' means
 *   (each municipality's respondents averaged first, then the municipalities averaged, so every
 *   municipality weighs the same however many of its people answered); `municipalitiesRated` is the
 *   number of municipalities in it and `n` the number of ratings (respondents × their answers). The
 *   median and the distribution count every rating. With one answer per municipality `mean` is the
 *   plain mean of the ratings.
 * - goals: per main goal, from its items (the sub-goals; a goal with no sub-goals is its own item).
 *   `mean` is the unweighted mean of the items' means over the items with n > 0 (each sub-goal weighs
 *   the same however many answered it); `pooled` summarises all the items' ratings as one set. A direct
 *   rating of a goal that has sub-goals is not part of the goal aggregate (it is listed under items).
 * - municipalities: those with at least one rating vs those present with only no-answers; a
 *   municipality absent from the input is in neither list.
 */
export function aggregate(
  responses: readonly RawResponse[],
  options: AggregateOptions = {},
): ResponsesAggregate {
  const structure = (options.goals ?? surveyGoalStructure(options.survey)).map((goal) => ({
    id: goal.id,
    itemIds: goal.subGoalIds.length > 0 ? goal.subGoalIds : [goal.id],
  }));

  const ratingsByItem = new Map<string, (Rating | null)[]>();
  for (const goal of structure) for (const id of goal.itemIds) ratingsByItem.set(id, []);
  const answered = new Set<string>();
  const present = new Set<string>();
  const perMunicipality = createMunicipalityMeans();
  for (const response of responses) {
    perMunicipality.add(response);
    let list = ratingsByItem.get(response.itemId);
    if (list === undefined) {
      list = [];
      ratingsByItem.set(response.itemId, list);
    }
    list.push(response.rating);
    present.add(response.municipalityId);
    if (response.rating !== null) answered.add(response.municipalityId);
  }

  const items: ItemAggregate[] = [...ratingsByItem].map(([itemId, ratings]) => {
    const means = perMunicipality.means(itemId);
    return {
      itemId,
      ...summarizeRatings(ratings),
      mean: meanOf(means),
      municipalitiesRated: means.length,
    };
  });
  const byId = new Map(items.map((item) => [item.itemId, item]));

  const goals: GoalAggregate[] = structure.map((goal) => {
    const rated = goal.itemIds.flatMap((id) => {
      const mean = byId.get(id)?.mean;
      return mean === null || mean === undefined ? [] : [mean];
    });
    return {
      goalId: goal.id,
      itemIds: goal.itemIds,
      mean: meanOf(rated),
      itemsRated: rated.length,
      pooled: summarizeRatings(goal.itemIds.flatMap((id) => ratingsByItem.get(id) ?? [])),
    };
  });

  const order = (ids: Iterable<string>): string[] => {
    const set = new Set(ids);
    const area = options.area?.municipalities.map((m) => m.id) ?? MUNICIPALITY_ORDER;
    return area.filter((id) => set.has(id));
  };
  return {
    items,
    goals,
    municipalities: {
      answered: order(answered),
      onlyNoAnswers: order([...present].filter((id) => !answered.has(id))),
    },
  };
}
