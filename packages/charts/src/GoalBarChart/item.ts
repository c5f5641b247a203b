// What GoalBarChart's events, custom tooltip and highlight speak of: a goal (or sub-goal) row.
import type { MarkItem } from '../chart/markItems';
import type { GoalBarRow } from './layoutTypes';
import { scoreChange } from './previous';

/** A goal or sub-goal as onActiveChange, onSelect and renderTooltip receive it. */
export interface GoalBarItemInfo {
  /** The goal's id in the data. */
  readonly id: string;
  /** Its full text. */
  readonly label: string;
  /** The mean on 1–5, or null when there is no data. */
  readonly value: number | null;
  /** Its section's label ('' when the data has none). */
  readonly section: string;
  /** The goal a sub-goal belongs to; undefined for a goal. */
  readonly parentId?: string;
  /** The previous round's mean (null: none in that round); only when the data gives it. */
  readonly previous?: number | null;
  /** The change since then as printed, rounded to one decimal (scoreChange); null without both means. */
  readonly change?: number | null;
}

/** A row as a mark: its item, its whole row box, and the ids that highlight it (its own, its goal's). */
export function goalBarMarkItem(row: GoalBarRow): MarkItem<GoalBarItemInfo> {
  const { item, parent } = row;
  return {
    item: {
      id: item.id,
      label: item.label,
      value: item.value,
      section: row.groupLabel,
      ...(parent ? { parentId: parent.id } : {}),
      ...(item.previous === undefined
        ? {}
        : { previous: item.previous, change: scoreChange(item) }),
    },
    box: row.rowBox,
    keys: parent ? [item.id, parent.id] : [item.id],
  };
}
