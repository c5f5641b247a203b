/**
 * How a heatmap's data is arranged before it is drawn, pure: rows and columns with no value at all taken
 * out of the grid (named in a note under it instead), and the matrix transposed (rows ↔ columns with
 * every per-cell array) when compute chooses to put the other axis's labels on the rows.
 */
import type { HeatmapAxisItem, HeatmapData } from './types';

/** The data to draw and what was left out of the grid. */
export interface CollapsedData {
  readonly data: HeatmapData;
  /** Rows of the given data with no value in any column, in order (not drawn as grid rows). */
  readonly emptyRows: readonly HeatmapAxisItem[];
  /** Columns with no value in any row that is kept. */
  readonly emptyColumns: readonly HeatmapAxisItem[];
}

function pick<T>(matrix: readonly (readonly T[])[] | undefined, rows: number[], columns: number[]) {
  if (!matrix) return undefined;
  return rows.map((r) => columns.map((c) => matrix[r]?.[c] as T));
}

/**
 * Takes out the rows that are entirely missing, then the columns entirely missing in the rows left;
 * nothing is taken out of an axis when every line of it would go (an all-missing grid stays drawn).
 * `axes` limits it to one axis (a split part keeps every line of the axis it is not split on).
 */
export function collapseEmpty(
  data: HeatmapData,
  axes: { readonly rows: boolean; readonly columns: boolean } = { rows: true, columns: true },
): CollapsedData {
  const hasValue = (r: number, c: number) => (data.values[r]?.[c] ?? null) !== null;
  const allRows = data.rows.map((_, r) => r);
  const allColumns = data.columns.map((_, c) => c);
  let rows = axes.rows ? allRows.filter((r) => allColumns.some((c) => hasValue(r, c))) : allRows;
  if (rows.length === 0) rows = allRows;
  let columns = axes.columns
    ? allColumns.filter((c) => rows.some((r) => hasValue(r, c)))
    : allColumns;
  if (columns.length === 0) columns = allColumns;
  if (rows.length === allRows.length && columns.length === allColumns.length)
    return { data, emptyRows: [], emptyColumns: [] };
  const keptRows = new Set(rows);
  const keptColumns = new Set(columns);
  return {
    data: {
      ...data,
      rows: rows.map((r) => data.rows[r] as HeatmapAxisItem),
      columns: columns.map((c) => data.columns[c] as HeatmapAxisItem),
      values: pick(data.values, rows, columns) ?? [],
      n: pick(data.n, rows, columns),
      details: pick(data.details, rows, columns),
    },
    emptyRows: data.rows.filter((_, r) => !keptRows.has(r)),
    emptyColumns: data.columns.filter((_, c) => !keptColumns.has(c)),
  };
}

function transposeMatrix<T>(matrix: readonly (readonly T[])[], columns: number): T[][] {
  return Array.from({ length: columns }, (_, c) => matrix.map((row) => row[c] as T));
}

/** The data with rows and columns swapped (values, n, details, axis titles); notes and texts kept. */
export function transposeData(data: HeatmapData): HeatmapData {
  const columns = data.columns.length;
  return {
    ...data,
    rows: data.columns,
    columns: data.rows,
    values: transposeMatrix(data.values, columns),
    n: data.n ? transposeMatrix(data.n, columns) : undefined,
    details: data.details ? transposeMatrix(data.details, columns) : undefined,
    rowsTitle: data.columnsTitle,
    columnsTitle: data.rowsTitle,
  };
}
