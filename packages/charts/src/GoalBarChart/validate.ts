import { checkChartScale } from '../common/chartScale';
import { checkBase, checkIdAndLabel, isNonEmptyText, isScore } from '../common/validation';
import type { Validation } from '../common/validation';
import type { GoalBarData, GoalBarLeaf } from './types';

function checkLeaf(leaf: unknown, where: string, ids: Set<string>, problems: string[]): void {
  if (!leaf || typeof leaf !== 'object') {
    problems.push(`${where} is not an object`);
    return;
  }
  const { id, value, shortLabel, previous } = leaf as Partial<GoalBarLeaf>;
  checkIdAndLabel(leaf, where, ids, problems);
  if (shortLabel !== undefined && (typeof shortLabel !== 'string' || shortLabel.trim() === '')) {
    problems.push(`${where} (${String(id)}) has a shortLabel that is not a non-empty text`);
  }
  if (value !== null && !isScore(value)) {
    problems.push(`${where} (${String(id)}) has value ${String(value)}, not a mean on 1–5 or null`);
  }
  if (previous !== undefined && previous !== null && !isScore(previous)) {
    problems.push(
      `${where} (${String(id)}) has previous ${String(previous)}, not a mean on 1–5 or null`,
    );
  }
}

/**
 * Checks GoalBarData before drawing: groups and items are arrays; every item and sub-item has a unique
 * id, a label (and, if given, a non-empty shortLabel), a value and (if given) a previous round's value that
 * are each a finite number from 1 to 5 or null (no data); a base, if given, is whole numbers with
 * 0 ≤ answered ≤ total; a previousLabel, if given, is a non-empty text; a scale, if given, names each of
 * the levels 1–5 once with a non-empty label (checkChartScale). No items at all → 'empty'.
 * Never throws.
 */
export function validateGoalBarData(data: unknown): Validation<GoalBarData> {
  const problems: string[] = [];
  const groups = (data as Partial<GoalBarData> | null | undefined)?.groups;
  if (!Array.isArray(groups)) {
    return { ok: false, kind: 'invalid', problems: ['data.groups is not an array'] };
  }
  const ids = new Set<string>();
  let count = 0;
  groups.forEach((group: unknown, g) => {
    const items = (group as { items?: unknown } | null)?.items;
    if (!Array.isArray(items)) {
      problems.push(`groups[${g}].items is not an array`);
      return;
    }
    items.forEach((item: unknown, i) => {
      count += 1;
      const where = `groups[${g}].items[${i}]`;
      checkLeaf(item, where, ids, problems);
      const children = (item as { children?: unknown } | null)?.children;
      if (children === undefined) return;
      if (!Array.isArray(children)) problems.push(`${where}.children is not an array`);
      else
        children.forEach((c: unknown, j) => checkLeaf(c, `${where}.children[${j}]`, ids, problems));
    });
  });
  const base = (data as Partial<GoalBarData>).base;
  checkBase(base, problems);
  const { previousLabel } = data as Partial<GoalBarData>;
  if (previousLabel !== undefined && !isNonEmptyText(previousLabel)) {
    problems.push(`data.previousLabel ${JSON.stringify(previousLabel)} is not a non-empty text`);
  }
  checkChartScale((data as Partial<GoalBarData>).scale, problems);
  if (problems.length > 0) return { ok: false, kind: 'invalid', problems };
  if (count === 0) return { ok: false, kind: 'empty', problems: [] };
  return { ok: true, data: data as GoalBarData };
}
