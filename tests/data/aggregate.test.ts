// Aggregating raw responses. The 2024 survey (shared/seeds/003_ae88570eab8abfd8.txt) publishes only
// means, so these response sets are hand-made; the expected numbers are worked out by hand in comments.
import { describe, expect, it, beforeEach } from 'vitest';
import { aggregate, parseResponsesCsv, summarizeRatings } from '@yhdyspinta/data';
import type { Rating, RawResponse, ResponsesAggregate } from '@yhdyspinta/data';

const r = (
  municipalityId: RawResponse['municipalityId'],
  itemId: string,
  rating: Rating | null,
) => ({
  municipalityId,
  itemId,
  rating,
});

/** Every number anywhere in the result, to show that none is NaN. */
const allNumbers = (value: unknown): number[] =>
  typeof value === 'number'
    ? [value]
    : typeof value === 'object' && value !== null
      ? Object.values(value).flatMap(allNumbers)
      : [];

describe('aggregate: a hand-made set with a custom goal structure', () => {
  const goals = [
    { id: 'g1', subGoalIds: ['a', 'b'] },
    { id: 'g2', subGoalIds: [] }, // rated directly: its own item
    { id: 'g3', subGoalIds: ['c'] }, // nobody rated c
  ];
  const responses: RawResponse[] = [
    r('hanko', 'a', 5),
    r('hanko', 'b', null),
    r('hanko', 'g2', 3),
    r('espoo', 'a', 4),
    r('espoo', 'b', 2),
    r('espoo', 'g2', null),
    r('inkoo', 'a', null), // Inkoo answered nothing
    r('inkoo', 'b', null),
    r('inkoo', 'g2', null),
    r('lohja', 'a', 2),
    r('lohja', 'b', 3),
    r('lohja', 'g2', 5),
    r('kirkkonummi', 'a', 1),
    r('vihti', 'a', 4),
    r('vihti', 'x', 1), // an item outside the structure
  ];
  // Computed per test (not while the file is collected), so that mutation testing reaches it.
  let result: ResponsesAggregate;
  beforeEach(() => {
    result = aggregate(responses, { goals });
  });

  it('lists the structure items in order, then other items of the input', () => {
    expect(result.items.map((item) => item.itemId)).toEqual(['a', 'b', 'g2', 'c', 'x']);
  });

  it('item a: odd n — ratings 5,4,2,1,4: mean 16/5, median 4', () => {
    expect(result.items[0]).toEqual({
      itemId: 'a',
      n: 5,
      noAnswer: 1,
      mean: 3.2,
      median: 4,
      distribution: [1, 1, 0, 2, 1],
      municipalitiesRated: 5,
    });
  });

  it('item b: even n — ratings 2,3: mean and median 2.5; two no-answers', () => {
    expect(result.items[1]).toEqual({
      itemId: 'b',
      n: 2,
      noAnswer: 2,
      mean: 2.5,
      median: 2.5,
      distribution: [0, 1, 1, 0, 0],
      municipalitiesRated: 2,
    });
  });

  it('item g2 (rated directly): ratings 3,5; item c: no ratings, mean and median null', () => {
    expect(result.items[2]).toEqual({
      itemId: 'g2',
      n: 2,
      noAnswer: 2,
      mean: 4,
      median: 4,
      distribution: [0, 0, 1, 0, 1],
      municipalitiesRated: 2,
    });
    expect(result.items[3]).toEqual({
      itemId: 'c',
      n: 0,
      noAnswer: 0,
      mean: null,
      median: null,
      distribution: [0, 0, 0, 0, 0],
      municipalitiesRated: 0,
    });
    expect(result.items[4]).toMatchObject({ itemId: 'x', n: 1, mean: 1, median: 1 });
  });

  it('goal g1: mean = unweighted mean of the sub-goal means; pooled = all ratings as one set', () => {
    const g1 = result.goals[0];
    expect(g1?.goalId).toBe('g1');
    expect(g1?.itemIds).toEqual(['a', 'b']);
    // (3.2 + 2.5) / 2 = 2.85, while the pooled mean is (16 + 5) / 7 = 3: the two differ on purpose.
    expect(g1?.mean).toBeCloseTo(2.85, 12);
    expect(g1?.itemsRated).toBe(2);
    // Pooled ratings 1,2,2,3,4,4,5 (n = 7): median 3.
    expect(g1?.pooled).toEqual({
      n: 7,
      noAnswer: 3,
      mean: 3,
      median: 3,
      distribution: [1, 2, 1, 2, 1],
    });
  });

  it('goal g2 is its own item; goal g3 has no ratings: mean null, never NaN', () => {
    expect(result.goals[1]).toEqual({
      goalId: 'g2',
      itemIds: ['g2'],
      mean: 4,
      itemsRated: 1,
      pooled: { n: 2, noAnswer: 2, mean: 4, median: 4, distribution: [0, 0, 1, 0, 1] },
    });
    expect(result.goals[2]).toEqual({
      goalId: 'g3',
      itemIds: ['c'],
      mean: null,
      itemsRated: 0,
      pooled: { n: 0, noAnswer: 0, mean: null, median: null, distribution: [0, 0, 0, 0, 0] },
    });
    expect(allNumbers(result).some(Number.isNaN)).toBe(false);
  });

  it('separates municipalities that answered from those with only no-answers, in the area order', () => {
    expect(result.municipalities).toEqual({
      answered: ['espoo', 'kirkkonummi', 'vihti', 'lohja', 'hanko'],
      onlyNoAnswers: ['inkoo'],
    });
  });

  it('a sub-goal mean without ratings does not pull the goal mean down', () => {
    const only = aggregate([r('espoo', 'a', 2), r('hanko', 'a', 3), r('espoo', 'b', null)], {
      goals,
    });
    expect(only.goals[0]?.mean).toBe(2.5);
    expect(only.goals[0]?.itemsRated).toBe(1);
  });
});

describe('aggregate: the default structure of the 2024 survey', () => {
  it('an empty input: every item and goal present with n = 0 and null means, nobody answered', () => {
    const result: ResponsesAggregate = aggregate([]);
    // 26 rated items: ws-1, ws-2, ss-1.1–1.4, ss-2.1, ss-3.1, ss-4.1, adult.1–2, older.1,
    // children.1–3, disability.1–2, rescue.1–9; 11 goals.
    expect(result.items).toHaveLength(26);
    expect(result.goals.map((goal) => goal.goalId)).toEqual([
      'ws-1',
      'ws-2',
      'ss-1',
      'ss-2',
      'ss-3',
      'ss-4',
      'adult',
      'older',
      'children',
      'disability',
      'rescue',
    ]);
    expect(result.items.every((item) => item.n === 0 && item.mean === null)).toBe(true);
    expect(result.goals.every((goal) => goal.mean === null && goal.pooled.median === null)).toBe(
      true,
    );
    expect(result.municipalities).toEqual({ answered: [], onlyNoAnswers: [] });
  });

  it('goals with sub-goals aggregate them; a goal without is its own item; direct ss-1 stays an item', () => {
    const result = aggregate([
      r('kauniainen', 'ss-1.1', 2),
      r('kauniainen', 'ss-1.2', 3),
      r('kauniainen', 'ss-1.3', null),
      r('kauniainen', 'ss-1.4', 4),
      r('karkkila', 'ss-1.1', 3),
      r('karkkila', 'ss-1.4', 5),
      r('karkkila', 'ws-1', 2),
      r('karkkila', 'ss-1', 1),
    ]);
    const ss1 = result.goals.find((goal) => goal.goalId === 'ss-1');
    expect(ss1?.itemIds).toEqual(['ss-1.1', 'ss-1.2', 'ss-1.3', 'ss-1.4']);
    // Sub-goal means 2.5, 3, (none), 4.5 → (2.5 + 3 + 4.5) / 3 = 10/3; pooled 2,3,3,4,5 → mean 3.4.
    expect(ss1?.mean).toBeCloseTo(10 / 3, 12);
    expect(ss1?.itemsRated).toBe(3);
    expect(ss1?.pooled).toEqual({
      n: 5,
      noAnswer: 1,
      mean: 3.4,
      median: 3,
      distribution: [0, 1, 2, 1, 1],
    });
    const ws1 = result.goals.find((goal) => goal.goalId === 'ws-1');
    expect(ws1).toMatchObject({ itemIds: ['ws-1'], mean: 2, itemsRated: 1 });
    expect(result.items.at(-1)).toMatchObject({ itemId: 'ss-1', n: 1, mean: 1 });
    expect(result.municipalities.answered).toEqual(['kauniainen', 'karkkila']);
  });

  it('works end to end from a wide CSV with a municipality that answered nothing', () => {
    const csv = 'Kunta;ws-1;ws-2\nEspoo;4;3\nSiuntio;EOS;\nHangö;2;-\n';
    const parsed = parseResponsesCsv(csv);
    const result = aggregate(parsed.responses);
    expect(result.items.slice(0, 2)).toEqual([
      {
        itemId: 'ws-1',
        n: 2,
        noAnswer: 1,
        mean: 3,
        median: 3,
        distribution: [0, 1, 0, 1, 0],
        municipalitiesRated: 2,
      },
      {
        itemId: 'ws-2',
        n: 1,
        noAnswer: 2,
        mean: 3,
        median: 3,
        distribution: [0, 0, 1, 0, 0],
        municipalitiesRated: 1,
      },
    ]);
    expect(result.municipalities).toEqual({
      answered: ['espoo', 'hanko'],
      onlyNoAnswers: ['siuntio'],
    });
  });
});

describe('summarizeRatings', () => {
  it('handles no ratings, only no-answers, and medians of even and odd n', () => {
    expect(summarizeRatings([])).toEqual({
      n: 0,
      noAnswer: 0,
      mean: null,
      median: null,
      distribution: [0, 0, 0, 0, 0],
    });
    expect(summarizeRatings([null, null])).toMatchObject({ n: 0, noAnswer: 2, mean: null });
    expect(summarizeRatings([1, 5]).median).toBe(3);
    expect(summarizeRatings([1, 2, 5, 5]).median).toBe(3.5);
    expect(summarizeRatings([5, 1, 2]).median).toBe(2);
    expect(summarizeRatings([3, null, 3, 4]).mean).toBeCloseTo(10 / 3, 12);
  });

  it('rejects a value outside the scale that bypassed the types', () => {
    expect(() => summarizeRatings([6 as Rating])).toThrow(RangeError);
  });
});
