// The pure functions of @yhdyspinta/data at their edges: malformed input they promise to survive,
// boundaries of their rules, and the exact error they throw.
import { describe, expect, it } from 'vitest';
import {
  aggregate,
  checkConsistency,
  coverageOf,
  findMunicipality,
  formatCount,
  roundToOneDecimal,
  summarizeRatings,
  survey2024,
} from '@yhdyspinta/data';
import type { CoverageOptions, Rating, Survey } from '@yhdyspinta/data';

describe('checkConsistency on malformed goals (it never throws)', () => {
  const check = (goals: unknown[]) => checkConsistency({ goals } as unknown as Survey);

  it('a null goal is an empty entry without sub-goals', () => {
    expect(check([null])).toStrictEqual([
      {
        goalId: '',
        published: Number.NaN,
        subGoalCount: 0,
        printedSubGoalCount: null,
        subGoalCountMatches: null,
        detailMean: null,
        detailMatchesPublished: null,
        subMean: null,
        subMeanRounded: null,
        difference: null,
        status: 'no-sub-goals',
      },
    ]);
  });

  it('a null sub-goal or one without a mean makes the goal invalid', () => {
    const goal = { id: 'g', mean: { value: 2 }, subGoals: [null, { mean: null }] };
    const [result] = check([goal]);
    expect(result?.status).toBe('invalid');
    expect(result?.subGoalCount).toBe(2);
  });

  it('a detail mean that differs from the published one is reported as not matching', () => {
    const goal = {
      id: 'g',
      mean: { value: 2.7 },
      detailMean: { value: 2.6 },
      subGoals: [{ mean: { value: 2.7 } }],
    };
    const [result] = check([goal]);
    expect(result?.detailMean).toBe(2.6);
    expect(result?.detailMatchesPublished).toBe(false);
    expect(result?.status).toBe('consistent');
  });
});

describe('roundToOneDecimal', () => {
  it('keeps the sign: 0 stays +0, a negative value that rounds to zero is -0', () => {
    expect(Object.is(roundToOneDecimal(0), 0)).toBe(true);
    expect(Object.is(roundToOneDecimal(-0.04), -0)).toBe(true);
    expect(roundToOneDecimal(-2.25)).toBe(-2.3);
  });
});

describe('coverageOf', () => {
  it('takes null options like none (it never throws)', () => {
    const coverage = coverageOf(survey2024, null as unknown as CoverageOptions);
    expect([coverage.answered, coverage.total, coverage.invalidPopulationIds]).toStrictEqual([
      6,
      10,
      [],
    ]);
    expect(coverage.population).toBeUndefined();
  });
});

describe('formatCount', () => {
  it('accepts 0 as a count', () => {
    expect(formatCount(0, 10, 'fi')).toBe('0/10');
    expect(formatCount(0, 0, 'en')).toBe('0/0');
  });
});

describe('summarizeRatings', () => {
  it.each([0, 6, 2.5, Number.NaN])('refuses %s with a RangeError naming it', (value) => {
    expect(() => summarizeRatings([3, value as Rating])).toThrow(
      new RangeError(`A rating must be a whole number 1–5, got ${String(value)}.`),
    );
  });
});

describe('aggregate', () => {
  it("a goal's mean leaves out an item whose ratings are all no-answers", () => {
    const result = aggregate(
      [
        { municipalityId: 'espoo', itemId: 'a', rating: 3 },
        { municipalityId: 'hanko', itemId: 'b', rating: null },
      ],
      { goals: [{ id: 'g', subGoalIds: ['a', 'b'] }] },
    );
    expect(result.goals.map((g) => [g.goalId, g.mean, g.itemsRated])).toStrictEqual([['g', 3, 1]]);
  });
});

describe('findMunicipality', () => {
  it('collapses runs of spaces but does not remove them', () => {
    expect(findMunicipality('Es poo')).toBeUndefined();
    expect(findMunicipality('\tLOJO  ')?.id).toBe('lohja');
  });
});
