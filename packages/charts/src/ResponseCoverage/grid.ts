/**
 * The tile grid's arithmetic, pure: how many columns fit a width, and where tile `i` goes. Tiles fill
 * rows left to right; the column count is balanced so rows are as even as the width allows (10 tiles:
 * 5 × 2, 4 + 4 + 2, 3 + 3 + 3 + 1, …, never 6 + 4).
 */
import { boxContains } from '../geometry/box';
import type { Box } from '../geometry/box';

export interface GridColumnsInput {
  readonly count: number;
  /** Width available to the grid, px. */
  readonly width: number;
  /** The narrowest tile whose text still fits without breaking words, px. */
  readonly minTileWidth: number;
  readonly gap: number;
  /** Upper bound on columns (e.g. 5 for a 5 × 2 grid of ten). */
  readonly maxColumns: number;
  /** A fixed column count from the caller (clamped to 1…count); overrides the width rule. */
  readonly columns?: number;
}

function whole(value: number, fallback: number): number {
  return Number.isFinite(value) ? Math.floor(value) : fallback;
}

/**
 * The column count: as many tiles of `minTileWidth` as fit (at most `maxColumns`, at least 1), then
 * lowered to the fewest columns that still need the same number of rows, so rows stay balanced.
 */
export function gridColumns(input: GridColumnsInput): number {
  const count = Math.max(1, whole(input.count, 1));
  if (input.columns !== undefined && Number.isFinite(input.columns)) {
    return Math.min(count, Math.max(1, Math.floor(input.columns)));
  }
  const fit = whole((input.width + input.gap) / (input.minTileWidth + input.gap), 1);
  const max = Math.min(count, Math.max(1, whole(input.maxColumns, count)), Math.max(1, fit));
  const rows = Math.ceil(count / max);
  return Math.ceil(count / rows);
}

export interface GridGeometry {
  readonly columns: number;
  readonly rows: number;
  readonly tileWidth: number;
  /** The tallest row's height (every row's in the tile grid; the compact list sizes rows to content). */
  readonly tileHeight: number;
  readonly gap: number;
  readonly x: number;
  readonly y: number;
  /** Top of each row, px. */
  readonly rowTops: readonly number[];
  /** Height of each row, px. */
  readonly rowHeights: readonly number[];
}

/** Tile width when `columns` tiles and their gaps share `width`. */
export function tileWidthFor(width: number, columns: number, gap: number): number {
  return Math.max(1, (width - (columns - 1) * gap) / columns);
}

/** Row tops from the grid's top `y`, the rows' heights and the gap between rows. */
export function rowTopsFor(y: number, rowHeights: readonly number[], gap: number): number[] {
  const tops: number[] = [];
  let top = y;
  for (const h of rowHeights) {
    tops.push(top);
    top += h + gap;
  }
  return tops;
}

/** The grid's height: its rows and the gaps between them. */
export function gridHeight(grid: Pick<GridGeometry, 'rowHeights' | 'gap'>): number {
  const { rowHeights, gap } = grid;
  return rowHeights.reduce((sum, h) => sum + h, 0) + Math.max(0, rowHeights.length - 1) * gap;
}

/** The box of tile `index` (row by row). */
export function tileBox(index: number, grid: GridGeometry): Box {
  const row = Math.floor(index / grid.columns);
  const column = index % grid.columns;
  return {
    x: grid.x + column * (grid.tileWidth + grid.gap),
    y: grid.rowTops[row] ?? grid.y,
    width: grid.tileWidth,
    height: grid.rowHeights[row] ?? grid.tileHeight,
  };
}

/** The index of the tile whose box holds (x, y), or null (the gaps between tiles belong to none). */
export function tileIndexAt(
  tiles: readonly { readonly index: number; readonly box: Box }[],
  x: number,
  y: number,
): number | null {
  for (const { index, box } of tiles) {
    if (boxContains(box, x, y)) return index;
  }
  return null;
}

/** Each row's tallest content (tiles row by row, `columns` a row). */
export function rowContents(contents: readonly number[], columns: number, rows: number): number[] {
  return Array.from({ length: rows }, (_, row) =>
    Math.max(0, ...contents.slice(row * columns, (row + 1) * columns)),
  );
}

/** The grid of tiles in rows as tall as their tallest tile's content, plus padding and `extra`, each. */
export function gridOfRows(args: {
  readonly contents: readonly number[];
  readonly columns: number;
  readonly rows: number;
  readonly pad: number;
  readonly extra: number;
  readonly tileWidth: number;
  readonly gap: number;
  readonly x: number;
  readonly y: number;
}): GridGeometry {
  const { contents, columns, rows, pad, extra, tileWidth, gap, x, y } = args;
  const rowHeights = Array.from(
    { length: rows },
    (_, row) =>
      Math.max(0, ...contents.slice(row * columns, (row + 1) * columns)) + 2 * pad + extra,
  );
  return {
    columns,
    rows,
    tileWidth,
    tileHeight: Math.max(0, ...rowHeights),
    gap,
    x,
    y,
    rowTops: rowTopsFor(y, rowHeights, gap),
    rowHeights,
  };
}
