/** The order of GoalBarChart's rows, pure: groups, sorting and sub-goals (see GoalBarSort). */
import type { GoalBarData, GoalBarItem, GoalBarLeaf, GoalBarSort } from './types';

/**
 * How a section's name is drawn: 'block', a header row over its goals; 'prefix', a short line joined to the
 * top of its only row (a section of one goal shown without sub-goals); 'none', not at all.
 */
export type GoalBarHeaderStyle = 'block' | 'prefix' | 'none';

/** A section's start in the row order: every section starts with one when grouped, header or not. */
export interface GoalBarSectionEntry {
  readonly kind: 'group';
  readonly id: string;
  readonly label: string;
  /** How its name is drawn (a header row, a prefix line over its only goal, or not at all). */
  readonly header: GoalBarHeaderStyle;
}

/** A goal or sub-goal in the row order. */
export interface GoalBarItemEntry {
  readonly kind: 'item';
  readonly item: GoalBarLeaf;
  /** 0 = goal, 1 = sub-goal. */
  readonly level: 0 | 1;
  /** The group's label ('' when none). */
  readonly groupLabel: string;
  /** The goal a sub-goal belongs to. */
  readonly parent?: GoalBarLeaf;
}

export type GoalBarEntry = GoalBarSectionEntry | GoalBarItemEntry;

export interface OrderOptions {
  readonly sort: GoalBarSort;
  /** Draw group headers and sort within groups (true), or rank all goals in one list (false). */
  readonly grouped: boolean;
  readonly showSubGoals: boolean;
}

/** Stable sort by value; missing values last in both directions. */
export function sortLeaves<T extends GoalBarLeaf>(items: readonly T[], sort: GoalBarSort): T[] {
  if (sort === 'source') return [...items];
  const sign = sort === 'score-desc' ? -1 : 1;
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => {
      const va = a.item.value;
      const vb = b.item.value;
      if (va === null || vb === null) {
        return va === vb ? a.index - b.index : va === null ? 1 : -1;
      }
      return va === vb ? a.index - b.index : sign * (va - vb);
    })
    .map(({ item }) => item);
}

/**
 * A group header is drawn unless its label is empty or merely repeats its only goal's text (in the 2024
 * survey, e.g. "Ikääntyneiden palvelut" is both a section and its single goal).
 */
export function showsGroupHeader(label: string, items: readonly GoalBarItem[]): boolean {
  if (!label.trim()) return false;
  return !(items.length === 1 && items[0]?.label.trim() === label.trim());
}

/**
 * The header style of a group: none where showsGroupHeader says so; a prefix where the section's only row
 * is its one goal (its name then takes a short line over that goal instead of a header row of its own);
 * a block header otherwise.
 */
export function groupHeaderStyle(
  label: string,
  items: readonly GoalBarItem[],
  showSubGoals: boolean,
): GoalBarHeaderStyle {
  if (!showsGroupHeader(label, items)) return 'none';
  const only = items.length === 1 ? items[0] : undefined;
  const oneRow = only !== undefined && !(showSubGoals && (only.children?.length ?? 0) > 0);
  return oneRow ? 'prefix' : 'block';
}

export function orderGoalBarEntries(data: GoalBarData, options: OrderOptions): GoalBarEntry[] {
  const entries: GoalBarEntry[] = [];
  const pushItem = (item: GoalBarItem, groupLabel: string) => {
    entries.push({ kind: 'item', item, level: 0, groupLabel });
    if (!options.showSubGoals) return;
    for (const child of sortLeaves(item.children ?? [], options.sort)) {
      entries.push({ kind: 'item', item: child, level: 1, groupLabel, parent: item });
    }
  };
  if (options.grouped) {
    for (const group of data.groups) {
      if (group.items.length === 0) continue;
      entries.push({
        kind: 'group',
        id: group.id,
        label: group.label,
        header: groupHeaderStyle(group.label, group.items, options.showSubGoals),
      });
      for (const item of sortLeaves(group.items, options.sort)) pushItem(item, group.label);
    }
    return entries;
  }
  const all = data.groups.flatMap((g) => g.items.map((item) => ({ ...item, groupLabel: g.label })));
  for (const item of sortLeaves(all, options.sort)) pushItem(item, item.groupLabel);
  return entries;
}

/** The plain mean of the goals' (top-level items') values, for the 'mean' comparison; null if none. */
export function meanOfGoals(data: GoalBarData): number | null {
  const values = data.groups.flatMap((g) => g.items.map((i) => i.value)).filter((v) => v !== null);
  if (values.length === 0) return null;
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}
