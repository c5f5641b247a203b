/**
 * The fit-to-height search of a chart with wrapped labels (GoalBarChart): give up label lines, one at a
 * time from the most, until a layout fits a fixed height. Pure and generic: the chart builds its layout
 * at a line limit, this picks the limit.
 */

/** What the search needs of a layout: the height its content takes. */
export interface Fittable {
  readonly naturalHeight: number;
}

/** The layout the search settled on and the line limit it was built at. */
export interface LineFit<L extends Fittable> {
  readonly lines: number;
  readonly layout: L;
  /** False when even the one-line layout is taller than the target (it is returned all the same). */
  readonly fits: boolean;
}

/**
 * The layout at the largest line limit, from `from` down to 1, whose natural height is at most `target`;
 * each limit is built once, from the top, and the search stops at the first that fits. When none fits,
 * the lowest limit tried with `fits: false` (the chart draws it taller instead of clipping). `from` below
 * 1 still tries one line. `accept` stops the search before a limit whose layout is not acceptable (e.g.
 * two cut labels that would read the same): the search never goes below it.
 */
export function fitLineLimit<L extends Fittable>(
  from: number,
  target: number,
  build: (lines: number) => L,
  accept: (layout: L) => boolean = () => true,
): LineFit<L> {
  let lines = Math.max(1, from);
  let layout = build(lines);
  while (layout.naturalHeight > target && lines > 1) {
    const lower = build(lines - 1);
    if (!accept(lower)) break;
    lines -= 1;
    layout = lower;
  }
  return { lines, layout, fits: layout.naturalHeight <= target };
}
