import type { ReactNode } from 'react';
import type { Box } from '../geometry/box';

/** One mark of a chart as its events, custom tooltip and highlight see it. */
export interface MarkItem<T> {
  /** The item, as given to onActiveChange, onSelect and renderTooltip. */
  readonly item: T;
  /** The mark's box in chart coordinates (dimmed under a veil when not highlighted). */
  readonly box: Box;
  /** Ids that highlight the mark (e.g. its goal's id, or its row's and column's municipality ids). */
  readonly keys: readonly string[];
}

/** The marks of a chart, by the index useActiveItem moves over. */
export interface MarkItems<T> {
  readonly count: number;
  readonly at: (index: number) => MarkItem<T> | undefined;
}

/**
 * The caller's item props as a chart's drawing receives them (CommonChartProps, with the item type
 * erased: each chart's InteractiveMarks call gives them its own items).
 */
export interface ChartItemApi<T> {
  onActiveChange?(item: T | null): void;
  onSelect?(item: T): void;
  renderTooltip?(item: T): ReactNode;
  readonly highlight?: readonly string[];
}

/**
 * The indexes whose mark has none of `highlight`'s ids; none when `highlight` is empty or omitted, and
 * none when no mark has any of them (a municipality this chart does not show leaves it as it is).
 */
export function dimmedIndexes<T>(items: MarkItems<T>, highlight?: readonly string[]): number[] {
  if (!highlight || highlight.length === 0) return [];
  const wanted = new Set(highlight);
  const dimmed: number[] = [];
  for (let i = 0; i < items.count; i += 1) {
    const mark = items.at(i);
    if (mark && !mark.keys.some((key) => wanted.has(key))) dimmed.push(i);
  }
  return dimmed.length === items.count ? [] : dimmed;
}
