// themeCounts: the municipality × theme matrix of the coded memo points.
import { describe, it, expect, beforeEach } from 'vitest';
import {
  negotiations2025,
  negotiationPointById,
  themeCounts,
  type ThemeCountMatrix,
} from '@yhdyspinta/data';
import { themes, THEME_IDS, type ThemeId } from '@yhdyspinta/data';
import { memoOf } from './negotiationsSupport';

const ALL_ROWS = [
  'espoo',
  'kauniainen',
  'kirkkonummi',
  'siuntio',
  'vihti',
  'karkkila',
  'lohja',
  'inkoo',
  'hanko',
  'raasepori',
];
const WITHOUT_MEMO = ['kirkkonummi', 'siuntio', 'vihti', 'karkkila', 'inkoo', 'hanko', 'raasepori'];

describe('themeCounts (municipality × theme heatmap of files 000, 001, 002)', () => {
  // Computed per test (not while the file is collected), so that mutation testing reaches it.
  let matrix: ThemeCountMatrix;
  beforeEach(() => {
    matrix = themeCounts();
  });
  const row = (id: string) => ALL_ROWS.indexOf(id);

  it('has all ten municipalities as rows in source order and the themes as columns', () => {
    expect(matrix.rows).toEqual(ALL_ROWS);
    expect(matrix.columns).toEqual([...THEME_IDS]);
    expect(matrix.cells).toHaveLength(10);
    for (const cells of matrix.cells) expect(cells).toHaveLength(15);
  });

  it('gives null (no data, never 0) for the seven municipalities without a memo', () => {
    for (const id of WITHOUT_MEMO) {
      expect(matrix.cells[row(id)]).toEqual(Array(15).fill(null));
      expect(matrix.pointIds[row(id)]).toEqual(Array(15).fill([]));
      expect(matrix.rowPointCounts[row(id)]).toBeNull();
    }
  });

  it('counts the three memos per theme, 0 where a memo has no point on the theme', () => {
    // Columns: employment … other, in THEME_IDS order.
    expect(matrix.cells[row('kauniainen')]).toEqual([2, 0, 2, 3, 0, 3, 4, 2, 1, 2, 1, 1, 2, 1, 1]);
    expect(matrix.cells[row('espoo')]).toEqual([3, 2, 2, 3, 3, 7, 1, 2, 2, 1, 1, 2, 0, 0, 1]);
    expect(matrix.cells[row('lohja')]).toEqual([5, 0, 1, 1, 3, 4, 2, 3, 1, 1, 2, 0, 0, 0, 0]);
    expect(matrix.rowPointCounts.filter((n) => n !== null)).toEqual([21, 17, 13]);
  });

  it('sums to the number of (point, theme) codings', () => {
    const total = matrix.cells.flat().reduce<number>((sum, n) => sum + (n ?? 0), 0);
    const codings = negotiations2025.reduce(
      (sum, m) => sum + m.points.reduce((s, p) => s + p.themeIds.length, 0),
      0,
    );
    expect(total).toBe(codings);
    expect(total).toBe(78);
  });

  it('lists the counted points per cell for tooltips', () => {
    const column = (id: ThemeId) => THEME_IDS.indexOf(id);
    expect(matrix.pointIds[row('kauniainen')]?.[column('access-to-care')]).toEqual([
      'kauniainen-s2-b2',
      'kauniainen-s2-b3',
      'kauniainen-s2-b5',
      'kauniainen-s4-b1',
    ]);
    expect(matrix.pointIds[row('kauniainen')]?.[column('bilingual-services')]).toEqual([
      'kauniainen-s2-b2',
    ]);
    matrix.pointIds.forEach((cells, r) =>
      cells.forEach((ids, c) => {
        expect(ids.length).toBe(matrix.cells[r]?.[c] ?? 0);
        for (const id of ids) {
          const located = negotiationPointById(id);
          expect(located?.memo.municipalityId).toBe(matrix.rows[r]);
          expect(located?.point.themeIds).toContain(matrix.columns[c]);
        }
      }),
    );
  });

  it('gives all-null rows without memos and follows the given theme list and rows', () => {
    const empty = themeCounts([]);
    expect(empty.cells.flat().every((n) => n === null)).toBe(true);
    const subset = themeCounts(negotiations2025, themes.slice(0, 2), ['lohja', 'hanko']);
    expect(subset.columns).toEqual(['employment', 'immigration-integration']);
    expect(subset.cells).toEqual([
      [5, 0],
      [null, null],
    ]);
  });

  it('sums several memos of one municipality', () => {
    const lohja = memoOf('lohja');
    const doubled = themeCounts([lohja, lohja], themes, ['lohja']);
    expect(doubled.cells[0]?.[0]).toBe(10);
    expect(doubled.rowPointCounts).toEqual([26]);
  });
});
