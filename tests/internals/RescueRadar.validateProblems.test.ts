// validateRescueRadarData (RescueRadar/validate.ts): the exact problem texts for data that is not an
// object, axes or series that are not arrays, entries that are not objects, unknown axis ids, values
// off the scale, too few axes and a blank previousLabel; and 'empty' for no axes, no series or no value.
// All data here is illustrative (made up).
import { describe, expect, it } from 'vitest';
import { validateRescueRadarData } from '@yhdyspinta/charts';

const axes = [
  { id: 'a1', label: 'Yksi' },
  { id: 'a2', label: 'Kaksi' },
  { id: 'a3', label: 'Kolme' },
];
const series = (values: Record<string, unknown>) => [{ id: 's1', label: 'Eka', values }];
const problems = (data: unknown) => {
  const v = validateRescueRadarData(data);
  if (v.ok) throw new Error('expected problems');
  return { kind: v.kind, problems: v.problems };
};

describe('validateRescueRadarData problems', () => {
  it('data, axes and series of the wrong kind', () => {
    expect(problems(null)).toEqual({ kind: 'invalid', problems: ['data is not an object'] });
    expect(problems([])).toEqual({ kind: 'invalid', problems: ['data is not an object'] });
    expect(problems({ axes: {}, series: [] })).toEqual({
      kind: 'invalid',
      problems: ['data.axes is not an array'],
    });
    expect(problems({ axes, series: {} })).toEqual({
      kind: 'invalid',
      problems: ['data.series is not an array'],
    });
    expect(problems({ axes })).toEqual({
      kind: 'invalid',
      problems: ['data.series is not an array'],
    });
  });

  it('axes and series entries that are not objects, with their index', () => {
    expect(problems({ axes: [...axes, 'a4', null], series: series({ a1: 3 }) }).problems).toEqual([
      'axes[3] is not an object',
      'axes[4] is not an object',
    ]);
    expect(
      problems({ axes, series: [['s'], { id: 's2', label: 'Toka', values: [3] }] }).problems,
    ).toEqual(['series[0] is not an object', 'series[1].values is not an object']);
  });

  it('ids and labels checked with the entry named', () => {
    expect(
      problems({
        axes: [{ id: 'a1', label: 'Yksi' }, { id: 'a1', label: 'Kaksi' }, { label: 'Kolme' }],
        series: [{ id: 's1', label: '', values: { a1: 3 } }],
      }).problems,
    ).toEqual(['axes[1] repeats the id "a1"', 'axes[2] has no id', 'series[0] (s1) has no label']);
  });

  it('values keyed by an unknown axis or off the scale', () => {
    expect(problems({ axes, series: series({ a1: 3, a9: 2, a2: 6, a3: '4' }) }).problems).toEqual([
      'series[0].values has the unknown axis id "a9"',
      'series[0].values["a2"] is 6, not a value on 1–5 or null',
      'series[0].values["a3"] is 4, not a value on 1–5 or null',
    ]);
  });

  it('fewer than three axes, and a blank previousLabel', () => {
    expect(problems({ axes: axes.slice(0, 2), series: series({ a1: 3 }) }).problems).toEqual([
      'a radar needs at least 3 axes, got 2',
    ]);
    expect(problems({ axes, series: series({ a1: 3 }), previousLabel: '  ' }).problems).toEqual([
      'data.previousLabel is not a non-empty string',
    ]);
    expect(
      validateRescueRadarData({ axes, series: series({ a1: 3 }), previousLabel: 'Kysely 2021' }).ok,
    ).toBe(true);
  });

  it("'empty' without axes, series or any value; valid with one value", () => {
    expect(problems({ axes: [], series: series({}) })).toEqual({ kind: 'empty', problems: [] });
    expect(problems({ axes, series: [] })).toEqual({ kind: 'empty', problems: [] });
    expect(problems({ axes, series: series({ a1: null, a2: null }) })).toEqual({
      kind: 'empty',
      problems: [],
    });
    const ok = validateRescueRadarData({ axes, series: series({ a1: null, a2: 5 }) });
    expect(ok.ok).toBe(true);
    // Two series, the first with no value: still a value to show.
    expect(
      validateRescueRadarData({
        axes,
        series: [
          { id: 's1', label: 'Eka', values: { a1: null } },
          { id: 's2', label: 'Toka', values: { a3: 1 } },
        ],
      }).ok,
    ).toBe(true);
  });
});
