// GoalBarChart's previous round below the public entry: the tooltip rows, the marks (one diamond path,
// the change beside its value), the marker's geometry and the room the value column takes for it. The
// previous means are ILLUSTRATIVE (invented).
import { describe, expect, it } from 'vitest';
import { defaultTheme, slideTheme } from '@yhdyspinta/charts';
import type { GoalBarData } from '@yhdyspinta/charts';
import { layoutGoalBarColumns } from '../../packages/charts/src/GoalBarChart/columns';
import { goalBarItemName, goalBarTooltip } from '../../packages/charts/src/GoalBarChart/describe';
import { goalBarMarks } from '../../packages/charts/src/GoalBarChart/marks';
import {
  diamondPath,
  previousMark,
  previousMarkClearance,
} from '../../packages/charts/src/GoalBarChart/previousMarker';
import { layout } from '../support/goalBarLayout';

const data: GoalBarData = {
  previousLabel: 'Kierros 1',
  groups: [
    {
      id: 'g',
      label: 'Osio',
      items: [
        { id: 'up', label: 'Nousi', value: 3.4, previous: 3.1 },
        { id: 'gone', label: 'Ei nyt', value: null, previous: 2 },
        { id: 'new', label: 'Uusi', value: 2, previous: null },
        { id: 'plain', label: 'Ei edellistä', value: 4 },
      ],
    },
  ],
};

describe('GoalBarChart previous round: words', () => {
  const l = layout({ data });

  it('adds the previous mean and the change to the tooltip, after the level', () => {
    const [up, gone, fresh, plain] = l.rows;
    expect(goalBarTooltip(up!, data, 'fi').rows).toEqual([
      { label: 'Keskiarvo', value: '3,4' },
      { label: 'Lähin asteikon kohta', value: 'Kohtalaisesti' },
      { label: 'Kierros 1', value: '3,1' },
      { label: 'Muutos', value: '+0,3' },
      { label: 'Osio', value: 'Osio' },
    ]);
    // No current mean: the previous one, no change.
    expect(goalBarTooltip(gone!, data, 'fi').rows.slice(1, 2)).toEqual([
      { label: 'Kierros 1', value: '2,0' },
    ]);
    expect(goalBarTooltip(fresh!, data, 'sv').rows).toContainEqual({
      label: 'Kierros 1',
      value: 'ingen uppgift',
    });
    // An item without `previous` in data that has a round: the field reads "ei tietoa".
    expect(goalBarTooltip(plain!, data, 'en').rows).toContainEqual({
      label: 'Kierros 1',
      value: 'no data',
    });
  });

  it("adds them to the focused row's name too, also for an item the round has no mean of", () => {
    const [up, , , plain] = l.rows;
    expect(goalBarItemName(up!, 'fi', 'Kierros 1')).toBe(
      'Nousi (Osio): 3,4 (Kohtalaisesti); Kierros 1 3,1, muutos +0,3',
    );
    expect(goalBarItemName(plain!, 'en', 'Kierros 1')).toBe(
      'Ei edellistä (Osio): 4.0 (Well); Kierros 1 no data',
    );
    expect(goalBarItemName(up!, 'fi', null)).toBe('Nousi (Osio): 3,4 (Kohtalaisesti)');
  });
});

describe('GoalBarChart previous round: marks and geometry', () => {
  it('draws the diamonds as one path and the change after its value', () => {
    const l = layout({ data });
    const marks = goalBarMarks(l, defaultTheme);
    expect(marks.previousPath.match(/M/g)).toHaveLength(2);
    const up = l.rows[0]!.previous!;
    expect(marks.previousPath.startsWith(diamondPath(up))).toBe(true);
    const { values, haloValues } = marks;
    const printed = [...values.bold, ...haloValues.bold].flatMap((c) => c.values);
    expect(printed).toContainEqual(
      expect.objectContaining({ text: '3,4', change: '\u00a0(+0,3)' }),
    );
    expect(printed.find((v) => v.text === '4,0')?.change).toBeUndefined();
    expect(goalBarMarks(layout(), defaultTheme).previousPath).toBe('');
  });

  it('is a diamond a little taller than the bar, narrower than tall', () => {
    const mark = previousMark(100, 50, 18, defaultTheme);
    expect(mark).toEqual({ x: 100, y: 50, halfHeight: 10, halfWidth: 6 });
    expect(diamondPath(mark)).toBe('M100 40l6 10l-6 10l-6 -10z');
    expect(previousMarkClearance(mark, defaultTheme)).toBe(6 + 0.75 + 2);
    const slide = previousMark(0, 0, 36, slideTheme);
    expect(slide.halfHeight).toBe(18 + 1.5);
  });

  it('widens the value column only by the room asked for', () => {
    const plain = layoutGoalBarColumns(800, 'fi', defaultTheme);
    expect(layoutGoalBarColumns(800, 'fi', defaultTheme, 0)).toEqual(plain);
    const wide = layoutGoalBarColumns(800, 'fi', defaultTheme, 90);
    expect(wide.x1).toBe(800 - defaultTheme.spacing.md - 90);
    expect(wide.x1).toBeLessThan(plain.x1);
  });
});
