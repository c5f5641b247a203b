import { describe, expect, it } from 'vitest';
import { checkConsistency, roundToOneDecimal, survey2024 } from '@yhdyspinta/data';
import type { GoalConsistency, Survey, SurveyGoal } from '@yhdyspinta/data';

// Published means of 003_ae88570eab8abfd8.txt (summary page; sub-goals from the detail pages).
// Hand arithmetic of the sub-goal means:
//   ss-1: (2,3 + 2,8 + 2,5 + 3,2) / 4 = 10,8 / 4 = 2,7          vs 2,7 → difference 0
//   adult: (2,2 + 2,3) / 2 = 2,25                                vs 2,3 → +0,05 (within rounding)
//   children: (2,7 + 1,5 + 2,2) / 3 = 6,4 / 3 = 2,1333…          vs 2,1 → −0,0333…
//   disability: (2,3 + 1,8) / 2 = 2,05                           vs 2,1 → +0,05 (within rounding)
//   rescue: (3,3+3,8+3,8+3,7+3,2+3,0+3,2+3,3+3,3) / 9 = 30,6 / 9 = 3,4   vs 3,4 → 0
// So every goal of the shipped data is consistent within one-decimal rounding.
const byId = (id: string): GoalConsistency => {
  const r = checkConsistency(survey2024).find((x) => x.goalId === id);
  if (!r) throw new Error(id);
  return r;
};

describe('checkConsistency(survey2024) — 003_ae88570eab8abfd8.txt', () => {
  it('returns one entry per goal in order', () => {
    expect(checkConsistency(survey2024).map((r) => [r.goalId, r.status])).toEqual([
      ['ws-1', 'no-sub-goals'],
      ['ws-2', 'no-sub-goals'],
      ['ss-1', 'consistent'],
      ['ss-2', 'consistent'],
      ['ss-3', 'consistent'],
      ['ss-4', 'consistent'],
      ['adult', 'consistent'],
      ['older', 'consistent'],
      ['children', 'consistent'],
      ['disability', 'consistent'],
      ['rescue', 'consistent'],
    ]);
  });

  it.each([
    // id, published, sub-goal count, sub mean, rounded, difference
    ['ss-1', 2.7, 4, 2.7, 2.7, 0],
    ['ss-2', 2.2, 1, 2.2, 2.2, 0],
    ['ss-3', 2.3, 1, 2.3, 2.3, 0],
    ['ss-4', 2.8, 1, 2.8, 2.8, 0],
    ['adult', 2.3, 2, 2.25, 2.3, 0.05],
    ['older', 2.7, 1, 2.7, 2.7, 0],
    ['children', 2.1, 3, 6.4 / 3, 2.1, 2.1 - 6.4 / 3],
    ['disability', 2.1, 2, 2.05, 2.1, 0.05],
    ['rescue', 3.4, 9, 3.4, 3.4, 0],
  ])('%s: published %s, %s sub-goals, sub mean %s', (id, published, n, subMean, rounded, diff) => {
    const r = byId(id);
    expect(r.published).toBe(published);
    expect(r.subGoalCount).toBe(n);
    expect(r.subMean).toBeCloseTo(subMean, 10);
    expect(r.subMeanRounded).toBe(rounded);
    expect(r.difference).toBeCloseTo(diff, 10);
  });

  it('rescue: the nine sub-goal means sum to 30,6, so the mean is 3,4 (not 29,6 / 9)', () => {
    const sum = survey2024.rescueGoals.reduce((s, g) => s + g.mean.value, 0);
    expect(sum).toBeCloseTo(30.6, 10);
    expect(byId('rescue').status).toBe('consistent');
  });

  it('printed sub-goal counts and detail-page means agree with the summary', () => {
    for (const r of checkConsistency(survey2024)) {
      expect(r.subGoalCountMatches).not.toBe(false);
      expect(r.detailMatchesPublished).not.toBe(false);
    }
    expect(byId('ss-1').printedSubGoalCount).toBe(4);
    expect(byId('ss-1').detailMean).toBe(2.7);
    expect(byId('adult').detailMean).toBeNull();
    expect(byId('ws-1').subMean).toBeNull();
  });
});

describe('checkConsistency on altered data', () => {
  const rescue = survey2024.goals.find((g) => g.id === 'rescue') as SurveyGoal;
  const withRescue = (patch: Partial<SurveyGoal>): Survey => ({
    ...survey2024,
    goals: [{ ...rescue, ...patch }],
  });

  it('flags a published mean more than 0,05 from its sub-goals as inconsistent', () => {
    const mean = { ...rescue.mean, value: 3.5 };
    const [r] = checkConsistency(withRescue({ mean }));
    expect(r?.status).toBe('inconsistent');
    expect(r?.difference).toBeCloseTo(0.1, 10);
  });

  it('treats exactly 0,05 as consistent and 0,06 as not', () => {
    const sub = (v: number) => ({ id: 'x', text: rescue.text, mean: { ...rescue.mean, value: v } });
    const at = (pub: number) =>
      checkConsistency(
        withRescue({ mean: { ...rescue.mean, value: pub }, subGoals: [sub(2.2), sub(2.3)] }),
      )[0]?.status;
    expect(at(2.3)).toBe('consistent'); // 2,25 + 0,05
    expect(at(2.2)).toBe('consistent'); // 2,25 − 0,05
    expect(at(2.31)).toBe('inconsistent');
  });

  it('flags a non-finite mean as invalid and a mismatching printed count', () => {
    const bad = { ...rescue.mean, value: Number.NaN };
    const [r] = checkConsistency(withRescue({ mean: bad, printedSubGoalCount: 8 }));
    expect(r?.status).toBe('invalid');
    expect(r?.subGoalCountMatches).toBe(false);
  });

  it('never throws on bad input', () => {
    expect(checkConsistency(undefined as unknown as Survey)).toEqual([]);
    expect(checkConsistency({ ...survey2024, goals: null as unknown as SurveyGoal[] })).toEqual([]);
    const [r] = checkConsistency({ ...survey2024, goals: [{} as SurveyGoal] });
    expect(r?.status).toBe('no-sub-goals');
    expect(Number.isNaN(r?.published)).toBe(true);
  });
});

describe('roundToOneDecimal', () => {
  it.each([
    [2.25, 2.3],
    [2.05, 2.1],
    [(2.3 + 1.8) / 2, 2.1],
    [2.1333, 2.1],
    [-2.25, -2.3],
    [3, 3],
  ])('%s → %s', (x, y) => {
    expect(roundToOneDecimal(x)).toBe(y);
  });
});
