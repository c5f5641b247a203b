// The order of GoalBarChart's rows without React (GoalBarChart/order.ts): sorting with missing values,
// section headers, sub-goals and the mean of the goals. Illustrative data only.
import { describe, expect, it } from 'vitest';
import type { GoalBarData, GoalBarItem } from '@yhdyspinta/charts';
import {
  groupHeaderStyle,
  meanOfGoals,
  orderGoalBarEntries,
  showsGroupHeader,
  sortLeaves,
} from '../../packages/charts/src/GoalBarChart/order';

const item = (id: string, value: number | null, children?: GoalBarItem[]): GoalBarItem => ({
  id,
  label: `Tavoite ${id}`,
  value,
  ...(children ? { children } : {}),
});

const ids = (items: readonly { id: string }[]) => items.map((i) => i.id);

describe('GoalBarChart row order: sorting', () => {
  const items = [item('a', 3), item('b', null), item('c', 2), item('d', 3), item('e', null)];

  it('keeps the source order, or sorts by value with ties in source order', () => {
    expect(ids(sortLeaves(items, 'source'))).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(ids(sortLeaves(items, 'score-desc'))).toEqual(['a', 'd', 'c', 'b', 'e']);
    expect(ids(sortLeaves(items, 'score-asc'))).toEqual(['c', 'a', 'd', 'b', 'e']);
  });

  it('puts missing values last in both directions, in source order', () => {
    const missingFirst = [item('x', null), item('y', 4), item('z', null), item('w', 1)];
    expect(ids(sortLeaves(missingFirst, 'score-desc'))).toEqual(['y', 'w', 'x', 'z']);
    expect(ids(sortLeaves(missingFirst, 'score-asc'))).toEqual(['w', 'y', 'x', 'z']);
    // Ties among many equal values stay in source order.
    const ties = ['p', 'q', 'r', 's', 't', 'u'].map((id) => item(id, 2));
    expect(ids(sortLeaves(ties, 'score-desc'))).toEqual(['p', 'q', 'r', 's', 't', 'u']);
    const nulls = ['p', 'q', 'r', 's', 't', 'u'].map((id) => item(id, null));
    expect(ids(sortLeaves([...nulls, item('v', 1)], 'score-asc'))).toEqual([
      'v',
      'p',
      'q',
      'r',
      's',
      't',
      'u',
    ]);
  });
});

describe('GoalBarChart row order: section headers', () => {
  it('draws no header for an empty or blank label, or one that repeats its only goal', () => {
    expect(showsGroupHeader('', [item('a', 1)])).toBe(false);
    expect(showsGroupHeader('   ', [item('a', 1)])).toBe(false);
    expect(showsGroupHeader(' Tavoite a ', [item('a', 1)])).toBe(false);
    expect(showsGroupHeader('Tavoite a', [{ ...item('a', 1), label: ' Tavoite a ' }])).toBe(false);
    expect(showsGroupHeader('Tavoite a', [item('a', 1), item('b', 2)])).toBe(true);
    expect(showsGroupHeader('Hyvinvointi', [item('a', 1)])).toBe(true);
  });

  it('names a section of one row on a line over it, of more rows in a header row', () => {
    const parent = item('a', 2, [item('a1', 1), item('a2', 3)]);
    expect(groupHeaderStyle('', [item('a', 1)], false)).toBe('none');
    expect(groupHeaderStyle('Osio', [item('a', 1)], false)).toBe('prefix');
    expect(groupHeaderStyle('Osio', [item('a', 1)], true)).toBe('prefix');
    expect(groupHeaderStyle('Osio', [parent], false)).toBe('prefix');
    expect(groupHeaderStyle('Osio', [parent], true)).toBe('block');
    expect(groupHeaderStyle('Osio', [{ ...parent, children: [] }], true)).toBe('prefix');
    expect(groupHeaderStyle('Osio', [item('a', 1), item('b', 2)], false)).toBe('block');
  });

  it('orders sections, goals and sorted sub-goals; skips empty sections', () => {
    const data: GoalBarData = {
      groups: [
        { id: 'g1', label: 'Osio 1', items: [item('a', 2, [item('a1', 1), item('a2', 4)])] },
        { id: 'g0', label: 'Tyhjä', items: [] },
        { id: 'g2', label: 'Osio 2', items: [item('b', 1), item('c', 5)] },
      ],
    };
    const rows = orderGoalBarEntries(data, {
      sort: 'score-desc',
      grouped: true,
      showSubGoals: true,
    });
    expect(
      rows.map((r) =>
        r.kind === 'group'
          ? `${r.id}:${r.header}`
          : `${r.item.id}:${r.level}:${r.groupLabel}:${r.parent?.id ?? ''}`,
      ),
    ).toEqual([
      'g1:block',
      'a:0:Osio 1:',
      'a2:1:Osio 1:a',
      'a1:1:Osio 1:a',
      'g2:block',
      'c:0:Osio 2:',
      'b:0:Osio 2:',
    ]);
    const flat = orderGoalBarEntries(data, {
      sort: 'score-asc',
      grouped: false,
      showSubGoals: false,
    });
    expect(flat.map((r) => (r.kind === 'item' ? `${r.item.id}:${r.groupLabel}` : r.id))).toEqual([
      'b:Osio 2',
      'a:Osio 1',
      'c:Osio 2',
    ]);
  });
});

describe('GoalBarChart row order: the mean of the goals', () => {
  it('averages the goals that have a value; null when none has', () => {
    const data = (values: (number | null)[]): GoalBarData => ({
      groups: [{ id: 'g', label: '', items: values.map((v, i) => item(`i${i}`, v)) }],
    });
    expect(meanOfGoals(data([2, null, 4]))).toBe(3);
    expect(meanOfGoals(data([null, null]))).toBeNull();
    expect(meanOfGoals(data([]))).toBeNull();
  });
});
