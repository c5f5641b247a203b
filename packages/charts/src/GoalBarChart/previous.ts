/**
 * GoalBarChart's previous survey round, pure: whether data has one, an item's change since it, and the
 * adapter that adds a previous round's means (by item id) to any GoalBarData.
 */
import { printedChange } from '../common/change';
import type { GoalBarData, GoalBarItem, GoalBarLeaf } from './types';

/** A previous round's means by item id (goal or sub-goal): a record or a map; null = no data. */
export type PreviousMeans =
  Readonly<Record<string, number | null>> | ReadonlyMap<string, number | null>;

/** True when any goal or sub-goal of `data` has a `previous` (a value or null). */
export function hasPreviousRound(data: GoalBarData): boolean {
  // Plain loops: called on every render, over every goal of a chart of thousands.
  for (const group of data.groups) {
    for (const item of group.items) {
      if (item.previous !== undefined) return true;
      if (item.children?.some((child) => child.previous !== undefined)) return true;
    }
  }
  return false;
}

/**
 * The change of `leaf`'s mean since the previous round as it is printed (printedChange: rounded to one
 * decimal, 0 when it prints as "0,0"), or null when either mean is missing.
 */
export function scoreChange(leaf: GoalBarLeaf): number | null {
  const { value, previous } = leaf;
  if (value === null || previous === null || previous === undefined) return null;
  return printedChange(value, previous);
}

function lookup(means: PreviousMeans, id: string): number | null {
  if (means instanceof Map) return means.get(id) ?? null;
  const record = means as Readonly<Record<string, number | null>>;
  return Object.hasOwn(record, id) ? (record[id] ?? null) : null;
}

/**
 * `data` with each goal's and sub-goal's `previous` from `means` by id (null, "no data", for an id it
 * lacks) and `previousLabel` (e.g. "Kuntakysely 2021") when given. Values are not checked here: the
 * chart validates them (1–5 or null) like the rest of its data.
 */
export function goalBarWithPrevious(
  data: GoalBarData,
  means: PreviousMeans,
  previousLabel?: string,
): GoalBarData {
  const withPrevious = <T extends GoalBarLeaf>(leaf: T): T => ({
    ...leaf,
    previous: lookup(means, leaf.id),
  });
  const item = (goal: GoalBarItem): GoalBarItem => {
    const next = withPrevious(goal);
    return goal.children ? { ...next, children: goal.children.map(withPrevious) } : next;
  };
  return {
    ...data,
    groups: data.groups.map((group) => ({ ...group, items: group.items.map(item) })),
    ...(previousLabel === undefined ? {} : { previousLabel }),
  };
}

/**
 * The means of `data` by goal and sub-goal id, e.g. of an earlier round's data to pass as the previous
 * round: `goalBarWithPrevious(goalBarFromResponses(now), goalBarMeans(goalBarFromResponses(then)))`.
 */
export function goalBarMeans(data: GoalBarData): ReadonlyMap<string, number | null> {
  const means = new Map<string, number | null>();
  for (const group of data.groups) {
    for (const item of group.items) {
      means.set(item.id, item.value);
      for (const child of item.children ?? []) means.set(child.id, child.value);
    }
  }
  return means;
}
