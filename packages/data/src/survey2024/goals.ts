/**
 * The 11 goals of the summary page with their sub-goals (file 003_ae88570eab8abfd8.txt), in source order,
 * from goals.json (transcribed data: texts as published in Finnish with this project's Swedish and English
 * translations, means as printed):
 * - the welfare area strategy's two goals (rated directly, ws-1, ws-2);
 * - the service strategy's shared goals 1/4–4/4 with their sub-goals (ss-1 … ss-4);
 * - the service strategy's goals per service area (adults' social services, older people, children, youth
 *   and families, disability services) with the goals of their detail pages as sub-goals; these detail
 *   pages print no mean for the area as a whole;
 * - the rescue service level decision's goal and its nine goals for cooperation between the municipalities
 *   and the welfare area (the summary page prints "(9 alatavoitetta)").
 * `mean` is the summary page's; `detailMean` is the same goal's mean as repeated on its detail page.
 */
import { oneOf } from '../check';
import type { SurveyGoal, SurveyItem } from '../types';
import goalsData from './goals.json';
import { sections } from './sections';
import { item, mean } from './source';

/** A rated item as transcribed: `mean` as printed at `locator`, `text` = [fi, sv, en]. */
export interface ItemRecord {
  readonly id: string;
  readonly mean: string;
  readonly locator: string;
  readonly text: readonly string[];
}

export interface GoalRecord extends ItemRecord {
  readonly sectionId: string;
  readonly printedSubGoalCount?: number;
  readonly detailMean?: { readonly mean: string; readonly locator: string };
  readonly subGoals: readonly ItemRecord[];
}

/** The item of a record; throws unless its text has exactly the three languages. */
export function itemOf(record: ItemRecord): SurveyItem {
  const [fi, sv, en, ...rest] = record.text;
  if (fi === undefined || sv === undefined || en === undefined || rest.length > 0) {
    throw new Error(`Not [fi, sv, en]: the text of ${record.id}`);
  }
  return item(record.id, record.mean, record.locator, [fi, sv, en]);
}

/** The goal of a record; its section must be one of the survey's sections. */
export function goalOf(record: GoalRecord): SurveyGoal {
  const { printedSubGoalCount, detailMean } = record;
  const sectionIds = sections.map((section) => section.id);
  return {
    ...itemOf(record),
    sectionId: oneOf(sectionIds, record.sectionId, 'survey section'),
    ...(printedSubGoalCount === undefined ? {} : { printedSubGoalCount }),
    ...(detailMean === undefined ? {} : { detailMean: mean(detailMean.mean, detailMean.locator) }),
    subGoals: record.subGoals.map(itemOf),
  };
}

export const goals: readonly SurveyGoal[] = goalsData.map(goalOf);

const rescue = goals.find((goal) => goal.sectionId === 'rescue-service');
if (rescue === undefined) throw new Error('No rescue-service goal in goals.json');

/** The rescue service level decision's goal (its `subGoals` are the survey's `rescueGoals`). */
export const rescueGoal: SurveyGoal = rescue;
