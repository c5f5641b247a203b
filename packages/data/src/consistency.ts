/**
 * Checks a survey's published goal means against its sub-goals' published means. The source publishes
 * means to one decimal, so a goal is consistent with its sub-goals when the published mean is within half a
 * unit of the last decimal (0.05) of the plain mean of the sub-goal means. That plain mean is only a check:
 * the goal's mean was computed from the municipalities' answers, which are not published, so the two can
 * legitimately differ a little.
 */
import type { Survey, SurveyGoal } from './types';

/** Half a unit of the published decimal. */
export const ROUNDING_TOLERANCE = 0.05;
/** Absorbs binary floating-point noise, e.g. 2.1 − 2.05 = 0.05000000000000027. */
export const FLOAT_EPSILON = 1e-9;

export type ConsistencyStatus = 'consistent' | 'inconsistent' | 'no-sub-goals' | 'invalid';

export interface GoalConsistency {
  readonly goalId: string;
  /** The goal's published (summary page) mean; NaN if the data has none. */
  readonly published: number;
  readonly subGoalCount: number;
  /** "(N alatavoitetta)" on the summary page, or null where none is printed. */
  readonly printedSubGoalCount: number | null;
  /** Does the printed count match the listed sub-goals? null where none is printed. */
  readonly subGoalCountMatches: boolean | null;
  /** Plain mean of the sub-goals' published means (cleaned of float noise), null without sub-goals. */
  readonly subMean: number | null;
  /** subMean rounded half up to one decimal. */
  readonly subMeanRounded: number | null;
  /** published − subMean. */
  readonly difference: number | null;
  /** 'consistent' if |difference| ≤ 0.05 + 1e-9; 'invalid' if any mean is missing or not finite. */
  readonly status: ConsistencyStatus;
  /** The detail page's repetition of the goal's mean, and whether it equals the summary's. */
  readonly detailMean: number | null;
  readonly detailMatchesPublished: boolean | null;
}

/** Removes binary noise: 2.0499999999999998 → 2.05. */
function clean(x: number): number {
  return Number(x.toPrecision(12));
}

/** Rounds half away from zero to one decimal (2.25 → 2.3, 2.05 → 2.1). */
export function roundToOneDecimal(x: number): number {
  const r = Math.round(Math.abs(clean(x)) * 10) / 10;
  return x < 0 ? -r : r;
}

function finite(x: unknown): x is number {
  return typeof x === 'number' && Number.isFinite(x);
}

function checkGoal(goal: SurveyGoal): GoalConsistency {
  const published = finite(goal?.mean?.value) ? goal.mean.value : Number.NaN;
  const subGoals = Array.isArray(goal?.subGoals) ? goal.subGoals : [];
  const printed = finite(goal?.printedSubGoalCount) ? goal.printedSubGoalCount : null;
  const detail: unknown = goal?.detailMean?.value;
  const base = {
    goalId: typeof goal?.id === 'string' ? goal.id : '',
    published,
    subGoalCount: subGoals.length,
    printedSubGoalCount: printed,
    subGoalCountMatches: printed === null ? null : printed === subGoals.length,
    detailMean: finite(detail) ? detail : null,
    detailMatchesPublished: finite(detail) ? clean(detail) === clean(published) : null,
  };
  const none = { subMean: null, subMeanRounded: null, difference: null };
  const values = subGoals.map((s) => s?.mean?.value);
  if (values.length === 0) return { ...base, ...none, status: 'no-sub-goals' };
  if (!finite(published) || !values.every(finite)) return { ...base, ...none, status: 'invalid' };
  const subMean = clean(values.reduce((sum, v) => sum + v, 0) / values.length);
  const difference = clean(published - subMean);
  return {
    ...base,
    subMean,
    subMeanRounded: roundToOneDecimal(subMean),
    difference,
    status:
      Math.abs(difference) <= ROUNDING_TOLERANCE + FLOAT_EPSILON ? 'consistent' : 'inconsistent',
  };
}

/**
 * One comparison per goal of `survey`, in the goals' order. Never throws: without a goals array the result
 * is empty, and a goal with a missing or non-finite mean is flagged 'invalid'.
 */
export function checkConsistency(survey: Survey): GoalConsistency[] {
  const goals: unknown = survey?.goals;
  if (!Array.isArray(goals)) return [];
  return goals.map((g: SurveyGoal) => checkGoal(g));
}
