import { coverageOf } from '@yhdyspinta/data';
import type { Locale, Survey } from '@yhdyspinta/data';
import { markSurveyData } from '../chart/surveyData';
import { goalBarWithPrevious } from './previous';
import type { PreviousMeans } from './previous';
import type { GoalBarData, GoalBarGroup } from './types';

/** goalBarFromSurvey's options: a previous round of the same survey. */
export interface GoalBarFromSurveyOptions {
  /** The previous round's means by goal and sub-goal id (ids it lacks: no data in that round). */
  readonly previous?: PreviousMeans;
  /** Its name, e.g. "Kuntakysely 2021" (legend, table, tooltip); default "Edellinen kierros". */
  readonly previousLabel?: string;
}

/**
 * GoalBarData from a Survey: one group per section (short title, source order) holding its main goals
 * (source order) with their sub-goals, all texts in `locale`, means as published, and the response base
 * from coverageOf(survey) ("n = 6/10"). Sections without goals are left out. With `options.previous`, each
 * goal and sub-goal also gets the previous round's mean by id (goalBarWithPrevious).
 */
export function goalBarFromSurvey(
  survey: Survey,
  locale: Locale = 'fi',
  options: GoalBarFromSurveyOptions = {},
): GoalBarData {
  const groups: GoalBarGroup[] = [];
  for (const section of survey.sections) {
    const goals = survey.goals.filter((goal) => goal.sectionId === section.id);
    if (goals.length === 0) continue;
    groups.push({
      id: section.id,
      label: section.shortTitle[locale],
      items: goals.map((goal) => ({
        id: goal.id,
        label: goal.text[locale],
        value: goal.mean.value,
        children: goal.subGoals.map((sub) => ({
          id: sub.id,
          label: sub.text[locale],
          value: sub.mean.value,
        })),
      })),
    });
  }
  const { answered, total } = coverageOf(survey);
  const data = total > 0 ? { groups, base: { answered, total } } : { groups };
  // The survey's data: drawn with the survey's title and axis title unless others are given.
  return markSurveyData(
    options.previous ? goalBarWithPrevious(data, options.previous, options.previousLabel) : data,
  );
}
