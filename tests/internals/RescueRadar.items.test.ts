// RescueRadar's points as the API speaks of them, without React: the item an event or custom tooltip
// receives (RescueRadar/item.ts), the point under the pointer (hitTest.ts) and the radar's numbers for the
// bar twin (toGoalBarData.ts). The jsdom tests reach these only through pointer and keyboard events.
// Goal texts from the 2024 survey; the series are illustrative (tests/support/rescueRadarData).
import { describe, expect, it } from 'vitest';
import type { RescueRadarData } from '@yhdyspinta/charts';
import { radarPointAt } from '../../packages/charts/src/RescueRadar/hitTest';
import { radarMarkItem } from '../../packages/charts/src/RescueRadar/item';
import { radarToGoalBarData } from '../../packages/charts/src/RescueRadar/toGoalBarData';
import { twoSeries } from '../support/rescueRadarData';
import { radarLayout } from './support/radarLayout';

const layoutOf = (data: RescueRadarData) => radarLayout(data, 640);

describe('RescueRadar items', () => {
  it('gives each point its axis, series and value (null when missing), boxed by its hit box', () => {
    const layout = layoutOf(twoSeries);
    const [first, second, third] = twoSeries.axes;
    const at = (axisIndex: number, seriesIndex: number) =>
      layout.points.findIndex((p) => p.axisIndex === axisIndex && p.seriesIndex === seriesIndex);
    const lohja3 = at(2, 0);
    expect(radarMarkItem(twoSeries, layout, lohja3)).toEqual({
      item: {
        id: third!.id,
        label: third!.label,
        series: { id: 'a', label: 'Lohja' },
        value: null,
      },
      box: layout.points[lohja3]!.hitBox,
      keys: [third!.id, 'a'],
    });
    const vihti1 = at(0, 1);
    expect(radarMarkItem(twoSeries, layout, vihti1)?.item).toEqual({
      id: first!.id,
      label: first!.label,
      series: { id: 'b', label: 'Vihti' },
      value: 3,
    });
    expect(radarMarkItem(twoSeries, layout, at(1, 0))?.item.value).toBe(2);
    expect(radarMarkItem(twoSeries, layout, at(1, 0))?.keys).toEqual([second!.id, 'a']);
  });

  it('has no item past the points, nor for a point whose axis or series the data lacks', () => {
    const layout = layoutOf(twoSeries);
    expect(radarMarkItem(twoSeries, layout, layout.points.length)).toBeUndefined();
    expect(radarMarkItem(twoSeries, layout, -1)).toBeUndefined();
    const last = layout.points.findIndex((p) => p.seriesIndex === 1);
    expect(
      radarMarkItem({ ...twoSeries, series: twoSeries.series.slice(0, 1) }, layout, last),
    ).toBeUndefined();
    const onThird = layout.points.findIndex((p) => p.axisIndex === 2);
    expect(
      radarMarkItem({ ...twoSeries, axes: twoSeries.axes.slice(0, 2) }, layout, onThird),
    ).toBeUndefined();
  });

  it('finds the point whose hit box holds the pointer, the nearest where boxes overlap', () => {
    const layout = layoutOf(twoSeries);
    for (const p of layout.points.filter((point) => point.value !== null)) {
      // At its own marker a point is the nearest of any box holding it.
      expect(radarPointAt(layout.points, p.x, p.y)).toBe(p.index);
    }
    // A missing value's box is its axis label (Lohja has none on the third goal).
    const missing = layout.points.find((p) => p.value === null)!;
    const { x, y, width, height } = missing.hitBox;
    expect(radarPointAt(layout.points, x + width / 2, y + height / 2)).toBe(missing.index);
    expect(radarPointAt(layout.points, -10, -10)).toBeNull();
    expect(radarPointAt([], 0, 0)).toBeNull();
    // Two overlapping boxes: the point nearer the pointer wins, whichever comes first.
    const box = { x: 0, y: 0, width: 100, height: 100 };
    const a = { ...layout.points[0]!, index: 7, x: 10, y: 10, hitBox: box };
    const b = { ...layout.points[0]!, index: 8, x: 60, y: 60, hitBox: box };
    expect(radarPointAt([a, b], 20, 20)).toBe(7);
    expect(radarPointAt([b, a], 20, 20)).toBe(7);
    expect(radarPointAt([a, b], 55, 55)).toBe(8);
    // Equally near: the first keeps it.
    expect(radarPointAt([a, b], 35, 35)).toBe(7);
    expect(radarPointAt([b, a], 35, 35)).toBe(8);
    // A box's edge counts as inside; just outside it does not.
    expect(radarPointAt([a], 100, 100)).toBe(7);
    expect(radarPointAt([a], 100.5, 50)).toBeNull();
  });
});

describe('RescueRadar bar twin data', () => {
  it('makes a group per series, named when there are several, a bar per axis, missing kept', () => {
    const bars = radarToGoalBarData(twoSeries);
    const [first, second, third] = twoSeries.axes;
    expect(bars).toEqual({
      groups: [
        {
          id: 'a',
          label: 'Lohja',
          items: [
            { id: `a/${first!.id}`, label: first!.label, value: 4 },
            { id: `a/${second!.id}`, label: second!.label, value: 2 },
            { id: `a/${third!.id}`, label: third!.label, value: null },
          ],
        },
        {
          id: 'b',
          label: 'Vihti',
          items: [
            { id: `b/${first!.id}`, label: first!.label, value: 3 },
            { id: `b/${second!.id}`, label: second!.label, value: 3 },
            { id: `b/${third!.id}`, label: third!.label, value: 3 },
          ],
        },
      ],
      base: { answered: 2, total: 10 },
    });
  });

  it('leaves one series unnamed, and passes base and scale only when given', () => {
    const one = { axes: twoSeries.axes, series: twoSeries.series.slice(1) };
    const bars = radarToGoalBarData(one);
    expect(bars.groups.map((g) => g.label)).toEqual(['']);
    expect(Object.keys(bars)).toEqual(['groups']);
    const scale = {
      levels: ['Ei', 'Vähän', 'Jonkin verran', 'Paljon', 'Täysin'].map((label, i) => ({
        value: i + 1,
        label,
      })),
    };
    expect(radarToGoalBarData({ ...one, scale }).scale).toEqual(scale);
    expect(Object.keys(radarToGoalBarData({ ...one, scale }))).toEqual(['groups', 'scale']);
  });
});
