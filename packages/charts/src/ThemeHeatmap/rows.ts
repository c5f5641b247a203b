/**
 * Rows of a heatmap grid that each take their own height (a row as tall as its own label needs, not as the
 * tallest label), pure: where row r starts, how tall it is, and which row a y falls in. A grid without
 * `rowTops` has rows all `rowHeight` tall.
 */
/** Where a grid (panel) of cells is and how its rows and columns are spaced. */
export interface GridGeometry {
  readonly x: number;
  readonly y: number;
  readonly cellWidth: number;
  /** Height of every row, or (with `rowTops`) of the most common one. */
  readonly rowHeight: number;
  /** Rows of their own heights: offsets of each row's top from `y`, then the bottom (rows + 1). */
  readonly rowTops?: readonly number[];
  readonly rows: number;
  readonly columns: number;
  /** White space between cells (0 in dense grids). */
  readonly gap: number;
}

/** Top of row `r` (0 … rows; `rows` gives the grid's bottom), in chart coordinates. */
export function rowTop(grid: GridGeometry, r: number): number {
  return grid.y + (grid.rowTops ? (grid.rowTops[r] ?? 0) : r * grid.rowHeight);
}

/** Height of row `r`. */
export function rowHeightOf(grid: GridGeometry, r: number): number {
  return rowTop(grid, r + 1) - rowTop(grid, r);
}

/** The row a y (chart coordinates) falls in, or −1 outside the grid. O(log rows). */
export function rowAt(grid: GridGeometry, y: number): number {
  const offset = y - grid.y;
  if (!grid.rowTops) {
    const r = Math.floor(offset / grid.rowHeight);
    return r >= 0 && r < grid.rows ? r : -1;
  }
  const tops = grid.rowTops;
  if (!(offset >= 0 && offset < (tops[grid.rows] ?? 0))) return -1;
  let low = 0;
  let high = grid.rows - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((tops[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Offsets of each row's top from the grid's top, and the bottom: [0, h0, h0 + h1, …]. */
export function rowOffsets(heights: readonly number[]): number[] {
  const tops = [0];
  for (const h of heights) tops.push((tops[tops.length - 1] ?? 0) + h);
  return tops;
}
