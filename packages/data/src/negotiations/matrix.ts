import type { MunicipalityId } from '../types';
import { themes, type Theme, type ThemeId } from '../themes';
import type { NegotiationMemo } from './types';
import { MUNICIPALITY_IDS } from '../municipalities';
import { negotiations2025 } from './memos';

/**
 * Municipalities × themes: how many points of each municipality's memo are coded to each theme.
 * `null` = the municipality has no memo (no data, never 0); 0 = a memo exists but no point has the theme.
 * A point with several themes counts once in each of them, so a row's sum is its number of codings.
 */
export interface ThemeCountMatrix {
  readonly rows: readonly MunicipalityId[];
  readonly columns: readonly ThemeId[];
  /** cells[row][column]. */
  readonly cells: readonly (readonly (number | null)[])[];
  /** pointIds[row][column]: the ids of the counted points, in memo order (empty where null or 0). */
  readonly pointIds: readonly (readonly (readonly string[])[])[];
  /** Points (bullets of sections 2–4) per row, null without a memo: the base for shares. */
  readonly rowPointCounts: readonly (number | null)[];
}

/**
 * Counts the coded points per municipality and theme for a heatmap. Columns follow `themeList`; theme ids
 * of a point that are not in `themeList` are not counted. Rows default to all ten municipalities in source
 * order (`MUNICIPALITY_IDS`: the survey's response table, file 003). Several memos of one municipality are summed.
 */
export function themeCounts(
  memos: readonly NegotiationMemo[] = negotiations2025,
  themeList: readonly Theme[] = themes,
  rows: readonly MunicipalityId[] = MUNICIPALITY_IDS,
): ThemeCountMatrix {
  const columns = themeList.map((theme) => theme.id);
  const pointIds: string[][][] = [];
  const cells: (number | null)[][] = [];
  const rowPointCounts: (number | null)[] = [];
  for (const municipalityId of rows) {
    const rowMemos = memos.filter((memo) => memo.municipalityId === municipalityId);
    if (rowMemos.length === 0) {
      cells.push(columns.map(() => null));
      pointIds.push(columns.map(() => []));
      rowPointCounts.push(null);
      continue;
    }
    const points = rowMemos.flatMap((memo) => memo.points);
    const ids = columns.map((themeId) =>
      points.filter((point) => point.themeIds.includes(themeId)).map((point) => point.id),
    );
    pointIds.push(ids);
    cells.push(ids.map((list) => list.length));
    rowPointCounts.push(points.length);
  }
  return { rows: [...rows], columns, cells, pointIds, rowPointCounts };
}
