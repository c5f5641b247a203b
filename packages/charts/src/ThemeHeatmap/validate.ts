import { checkChartScale } from '../common/chartScale';
import {
  checkBase,
  checkIdAndLabel,
  isNonEmptyText,
  isScore,
  isWholeCount,
} from '../common/validation';
import type { Validation } from '../common/validation';
import type { HeatmapData } from './types';

/** At most this many problems are listed in the dev warning (a 300 × 300 grid could produce 90 000). */
const MAX_PROBLEMS = 10;

function checkAxis(items: unknown, name: string, problems: string[]): number {
  if (!Array.isArray(items)) {
    problems.push(`data.${name} is not an array`);
    return -1;
  }
  const ids = new Set<string>();
  items.forEach((item: unknown, i) => {
    checkIdAndLabel((item ?? {}) as object, `${name}[${i}]`, ids, problems);
  });
  return items.length;
}

/** Checks that `matrix` is an array of `rows` arrays of `columns` entries each accepted by `ok`. */
function checkMatrix(
  matrix: unknown,
  name: string,
  rows: number,
  columns: number,
  ok: (v: unknown) => boolean,
  expected: string,
  problems: string[],
): void {
  if (!Array.isArray(matrix) || matrix.length !== rows) {
    problems.push(`data.${name} must be an array of ${rows} rows`);
    return;
  }
  matrix.forEach((row: unknown, r) => {
    if (problems.length >= MAX_PROBLEMS) return;
    if (!Array.isArray(row) || row.length !== columns) {
      problems.push(`data.${name}[${r}] must be an array of ${columns} values`);
      return;
    }
    const c = row.findIndex((v) => !ok(v));
    if (c >= 0) problems.push(`data.${name}[${r}][${c}] is ${String(row[c])}, not ${expected}`);
  });
}

/**
 * Checks HeatmapData before drawing: `kind` is 'count' or 'rating'; rows and columns have unique ids and
 * labels; `values` is rows × columns of whole numbers ≥ 0 ('count') or numbers from 1 to 5 ('rating'), or
 * null (no data); `n` and `details`, if given, have the same shape; `emptyRowsNote` is a text; a base is whole numbers with
 * 0 ≤ answered ≤ total. No rows or no columns → 'empty'. Never throws.
 */
export function validateThemeHeatmapData(data: unknown): Validation<HeatmapData> {
  if (!data || typeof data !== 'object') {
    return { ok: false, kind: 'invalid', problems: ['data is not an object'] };
  }
  const d = data as Partial<Record<keyof HeatmapData, unknown>>;
  const problems: string[] = [];
  if (d.kind !== 'count' && d.kind !== 'rating') {
    problems.push(`data.kind is ${String(d.kind)}, not 'count' or 'rating'`);
  }
  const rows = checkAxis(d.rows, 'rows', problems);
  const columns = checkAxis(d.columns, 'columns', problems);
  if (rows >= 0 && columns >= 0) {
    const valueOk =
      d.kind === 'rating'
        ? (v: unknown) => v === null || isScore(v)
        : (v: unknown) => v === null || isWholeCount(v);
    const expected =
      d.kind === 'rating' ? 'a value from 1 to 5 or null' : 'a whole number ≥ 0 or null';
    checkMatrix(d.values, 'values', rows, columns, valueOk, expected, problems);
    if (d.n !== undefined) {
      checkMatrix(
        d.n,
        'n',
        rows,
        columns,
        (v) => v === null || isWholeCount(v),
        'a whole number or null',
        problems,
      );
    }
    if (d.details !== undefined) {
      const isTexts = (v: unknown) => Array.isArray(v) && v.every((t) => typeof t === 'string');
      checkMatrix(d.details, 'details', rows, columns, isTexts, 'an array of strings', problems);
    }
  }
  checkBase(d.base, problems);
  if (d.scale !== undefined && d.kind !== 'rating') {
    problems.push("data.scale is only for kind 'rating'");
  } else checkChartScale(d.scale, problems);
  if (d.emptyRowsNote !== undefined && !isNonEmptyText(d.emptyRowsNote)) {
    problems.push('emptyRowsNote must be a non-empty text');
  }
  if (d.unit !== undefined) {
    const unit = d.unit as { one?: unknown; other?: unknown } | null;
    if (!unit || !isNonEmptyText(unit.one) || !isNonEmptyText(unit.other)) {
      problems.push('unit must have the texts one and other');
    }
  }
  if (problems.length > 0)
    return { ok: false, kind: 'invalid', problems: problems.slice(0, MAX_PROBLEMS) };
  if (rows === 0 || columns === 0) return { ok: false, kind: 'empty', problems: [] };
  return { ok: true, data: data as HeatmapData };
}
