// ThemeHeatmap's data check without React (ThemeHeatmap/validate.ts): each rule's problem, word for word
// (the developer's English), empty data, and the cap on how many problems are listed. Illustrative data.
import { describe, expect, it } from 'vitest';
import { validateThemeHeatmapData } from '../../packages/charts/src/ThemeHeatmap/validate';
import { axisItems } from '../support/heatmapGrids';

/** A valid 2 × 3 count grid. */
const valid = () => ({
  kind: 'count',
  rows: axisItems('r', 2),
  columns: axisItems('c', 3),
  values: [
    [0, 1, null],
    [2, 3, 4],
  ],
});

const problems = (data: unknown) => {
  const result = validateThemeHeatmapData(data);
  return result.ok ? [] : result.problems;
};

describe('ThemeHeatmap data check', () => {
  it('accepts a valid grid as it is, and calls a grid without rows or columns empty', () => {
    const data = valid();
    expect(validateThemeHeatmapData(data)).toEqual({ ok: true, data });
    for (const empty of [
      { ...valid(), rows: [], values: [] },
      { ...valid(), columns: [], values: [[], []] },
    ]) {
      expect(validateThemeHeatmapData(empty)).toEqual({ ok: false, kind: 'empty', problems: [] });
    }
  });

  it('names what is not an object, a wrong kind, and axes that are not lists', () => {
    for (const data of [null, undefined, 3, 'grid']) {
      expect(validateThemeHeatmapData(data)).toEqual({
        ok: false,
        kind: 'invalid',
        problems: ['data is not an object'],
      });
    }
    expect(problems({ ...valid(), kind: 'share' })).toEqual([
      "data.kind is share, not 'count' or 'rating'",
    ]);
    expect(problems({ ...valid(), rows: 'r', columns: null })).toEqual([
      'data.rows is not an array',
      'data.columns is not an array',
    ]);
    // An axis item's id and label are checked (the shared rule), each at its place.
    expect(
      problems({ ...valid(), columns: [...axisItems('c', 2), { id: 'c0', label: '' }] }),
    ).toEqual([expect.stringContaining('columns[2]'), expect.stringContaining('columns[2]')]);
  });

  it('checks the matrix shape, then each row’s first wrong value with what it should be', () => {
    expect(problems({ ...valid(), values: [[0, 1, 2]] })).toEqual([
      'data.values must be an array of 2 rows',
    ]);
    expect(problems({ ...valid(), values: 'x' })).toEqual([
      'data.values must be an array of 2 rows',
    ]);
    expect(problems({ ...valid(), values: [[0, 1], 'x'] })).toEqual([
      'data.values[0] must be an array of 3 values',
      'data.values[1] must be an array of 3 values',
    ]);
    expect(
      problems({
        ...valid(),
        values: [
          [0, -1, 1.5],
          [2, 3, 'x'],
        ],
      }),
    ).toEqual([
      'data.values[0][1] is -1, not a whole number ≥ 0 or null',
      'data.values[1][2] is x, not a whole number ≥ 0 or null',
    ]);
    expect(
      problems({
        ...valid(),
        kind: 'rating',
        values: [
          [1, 5, null],
          [2.5, 0.5, 6],
        ],
      }),
    ).toEqual(['data.values[1][1] is 0.5, not a value from 1 to 5 or null']);
  });

  it('checks n and details when given, with the same shape as the values', () => {
    expect(
      problems({
        ...valid(),
        n: [
          [1, 2, null],
          [1, 2.5, 3],
        ],
      }),
    ).toEqual(['data.n[1][1] is 2.5, not a whole number or null']);
    expect(problems({ ...valid(), n: [[1, 2, 3]] })).toEqual(['data.n must be an array of 2 rows']);
    expect(
      problems({
        ...valid(),
        details: [
          [[], ['a'], ['b', 'c']],
          [[], 'd', [1]],
        ],
      }),
    ).toEqual(['data.details[1][1] is d, not an array of strings']);
    expect(
      problems({
        ...valid(),
        details: [
          [[], [], []],
          [[], [], [2]],
        ],
      }),
    ).toEqual(['data.details[1][2] is 2, not an array of strings']);
  });

  it('checks the optional texts: a base, a scale only for ratings, the empty-rows note, the unit', () => {
    expect(problems({ ...valid(), base: { answered: 3, total: 2 } })).toHaveLength(1);
    expect(
      problems({
        ...valid(),
        scale: { levels: [] },
      }),
    ).toEqual(["data.scale is only for kind 'rating'"]);
    expect(problems({ ...valid(), emptyRowsNote: ' ' })).toEqual([
      'emptyRowsNote must be a non-empty text',
    ]);
    expect(problems({ ...valid(), emptyRowsNote: 'Ei muistiota' })).toEqual([]);
    for (const unit of [
      null,
      {},
      { one: 'kirjaus' },
      { other: 'kirjausta' },
      { one: '', other: 'x' },
    ]) {
      expect(problems({ ...valid(), unit })).toEqual(['unit must have the texts one and other']);
    }
    expect(problems({ ...valid(), unit: { one: 'kirjaus', other: 'kirjausta' } })).toEqual([]);
  });

  it('lists ten problems at most', () => {
    const rows = axisItems('r', 30);
    const values = rows.map(() => [-1, -1, -1]);
    const listed = problems({ ...valid(), rows, values, emptyRowsNote: '' });
    expect(listed).toHaveLength(10);
    expect(listed[9]).toBe('data.values[9][0] is -1, not a whole number ≥ 0 or null');
  });
});
