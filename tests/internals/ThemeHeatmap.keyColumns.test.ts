// ThemeHeatmap's choice of key columns at a fixed height (keyColumns.ts, internal): numbered columns keep a
// one-column key when that fits, else the key takes as many columns (each at least 14 em wide) as make the
// fewest parts; labels laid out across keep their plan. Each case pins the parts of every key column count
// (HeatmapOptions.keyColumns, which arrangeWithKey takes as given) next to what the search picks.
// Illustrative data: made-up goal texts sharing their opening words and numbered municipalities.
import { describe, expect, it } from 'vitest';
import { defaultTheme } from '@yhdyspinta/charts';
import type { HeatmapData } from '@yhdyspinta/charts';
import { layoutHeatmapFrame } from '../../packages/charts/src/ThemeHeatmap/compute';
import { KEY_COLUMN_EM } from '../../packages/charts/src/ThemeHeatmap/keyColumns';
import type { HeatmapFrame } from '../../packages/charts/src/ThemeHeatmap/layoutTypes';

const OPENING = 'Hyvinvointialue ja kunnat kehittävät yhdessä';
const ENDINGS = [
  'liikuntapalveluja',
  'perhekeskuksia',
  'oppilashuoltoa',
  'järjestöyhteistyötä',
  'ravitsemusneuvontaa',
  'nuorisotyötä',
  'kulttuuripalveluja',
  'vanhuspalveluja',
  'asumisneuvontaa',
  'työllisyyspalveluja',
  'digipalveluja',
  'turvallisuutta',
];

/** `rows` municipalities × `columns` goals whose labels, cut, read the same (so they are keyed). */
function goals(columns: number, rows: number): HeatmapData {
  return {
    kind: 'rating',
    rows: Array.from({ length: rows }, (_, r) => ({ id: `r${r}`, label: `Kunta ${r + 1}` })),
    columns: ENDINGS.slice(0, columns).map((end, c) => ({
      id: `g${c}`,
      label: `${OPENING} ${end}`,
    })),
    values: Array.from({ length: rows }, (_, r) =>
      Array.from({ length: columns }, (_, c) => 1 + ((r + c) % 5)),
    ),
  };
}

/** `rows` municipalities × `columns` themes with labels short enough to be laid out across. */
function themes(columns: number, rows: number): HeatmapData {
  return {
    ...goals(0, rows),
    columns: Array.from({ length: columns }, (_, c) => ({ id: `t${c}`, label: `T${c + 1}` })),
    values: Array.from({ length: rows }, (_, r) =>
      Array.from({ length: columns }, (_, c) => 1 + ((r + c) % 5)),
    ),
  };
}

const frame = (data: HeatmapData, width: number, height?: number, keyColumns?: number) =>
  layoutHeatmapFrame(data, {
    width,
    height,
    locale: 'fi',
    theme: defaultTheme,
    title: 'Testikaavio',
    orientation: 'as-given',
    keyColumns,
  });

/** 0 when the frame fits, else its pages of rows; no plan at all is Infinity. */
const parts = (f: HeatmapFrame) => {
  if (!f.fit || f.fit.fits) return 0;
  return f.fit.pages.length > 0 ? f.fit.pages.length : Number.POSITIVE_INFINITY;
};

/** The parts with the key in 1 … n columns. */
const partsByKeyColumns = (data: HeatmapData, width: number, height: number, n: number) =>
  Array.from({ length: n }, (_, k) => parts(frame(data, width, height, k + 1)));

/** Key columns of the default theme's labels that a chart of `width` px holds. */
const most = (width: number) => {
  const { spacing, fontSize } = defaultTheme;
  return Math.floor(
    (width - 2 * spacing.md + 4 * spacing.xs) / (KEY_COLUMN_EM * fontSize.label + 4 * spacing.xs),
  );
};

describe('arrangeWithKey', () => {
  it('holds key columns of at least 14 em of the label font', () => {
    expect(KEY_COLUMN_EM).toBe(14);
    // 13 px labels: 182 px a key column and 16 px between; 800 px less 24 px padding holds exactly four.
    expect([601, 602, 799, 800, 998].map(most)).toEqual([2, 3, 3, 4, 5]);
  });

  it('keeps the one-column key without a fixed height, or when it fits', () => {
    const natural = frame(goals(10, 10), 800);
    expect(natural.fit).toBeUndefined();
    expect(natural.keyColumns).toBe(1);
    expect(natural.panels[0]?.columnLabels.orientation).toBe('keyed');
    expect(partsByKeyColumns(goals(6, 10), 800, 600, 4)).toEqual([0, 0, 0, 0]);
    const fits = frame(goals(6, 10), 800, 600);
    expect(fits.fit?.fits).toBe(true);
    expect(fits.keyColumns).toBe(1);
  });

  it('takes the fewest parts, the first count on a tie, no more key columns than the width holds', () => {
    const data = goals(10, 20);
    // 800 px holds four key columns; five would make four parts, but each would be narrower than 14 em.
    expect(partsByKeyColumns(data, 800, 400, 5)).toEqual([10, 7, 5, 5, 4]);
    const chosen = frame(data, 800, 400);
    expect(chosen.keyColumns).toBe(3);
    expect(parts(chosen)).toBe(5);
    expect(chosen.fit?.pages.map((p) => [p.start, p.end])).toEqual([
      [0, 4],
      [4, 8],
      [8, 12],
      [12, 16],
      [16, 20],
    ]);
    expect(chosen.panels.map((p) => p.columnLabels.orientation)).toEqual(['keyed']);
  });

  it('searches on when the one-column key leaves no plan, up to the last column the width holds', () => {
    const data = goals(12, 10);
    // 602 px holds exactly three key columns: only the third leaves a plan (ten pages of one row).
    expect(partsByKeyColumns(data, 602, 400, 4)).toEqual([
      Number.POSITIVE_INFINITY,
      Number.POSITIVE_INFINITY,
      10,
      10,
    ]);
    const chosen = frame(data, 602, 400);
    expect(chosen.keyColumns).toBe(3);
    expect(chosen.fit?.pages).toHaveLength(10);
    // A pixel narrower holds two: the third column's plan is out of reach, so none is found.
    expect(partsByKeyColumns(data, 601, 400, 3)[2]).toBe(10);
    const narrower = frame(data, 601, 400);
    expect(narrower.keyColumns).toBe(1);
    expect(narrower.fit?.pages).toEqual([]);
    // At 800 px the second column count already leaves a plan and the third is better still.
    expect(partsByKeyColumns(data, 800, 400, 4)).toEqual([Number.POSITIVE_INFINITY, 5, 3, 3]);
    expect(frame(data, 800, 400).keyColumns).toBe(3);
  });

  it('keeps no plan at all when no key column count leaves one', () => {
    const data = goals(12, 10);
    expect(partsByKeyColumns(data, 800, 300, 4).every((p) => p === Number.POSITIVE_INFINITY)).toBe(
      true,
    );
    const none = frame(data, 800, 300);
    expect(none.keyColumns).toBe(1);
    expect(none.fit?.fits).toBe(false);
    expect(none.fit?.pages).toEqual([]);
  });

  it('takes key columns given in the options as they are, plan or no plan', () => {
    const data = goals(12, 10);
    const one = frame(data, 800, 400, 1);
    expect(one.keyColumns).toBe(1);
    expect(one.fit?.pages).toEqual([]);
    const four = frame(data, 800, 400, 4);
    expect(four.keyColumns).toBe(4);
    expect(parts(four)).toBe(3);
  });

  it('keeps labels laid out across with their plan, though a key would make fewer parts', () => {
    const data = themes(45, 20);
    const across = frame(data, 1200, 600);
    expect(across.keyColumns).toBeUndefined();
    expect(across.panels.map((p) => p.columnLabels.orientation)).toEqual([
      'horizontal',
      'horizontal',
    ]);
    expect(parts(across)).toBe(3);
    // One panel under a key in five or more columns would take two parts.
    expect(partsByKeyColumns(data, 1200, 600, 6)).toEqual([
      Number.POSITIVE_INFINITY,
      Number.POSITIVE_INFINITY,
      5,
      3,
      2,
      2,
    ]);
  });

  it('keys labels laid out partly at 45° when a key makes fewer parts', () => {
    // One long word in the second panel turns that panel's labels 45°; the first stays across.
    const base = themes(45, 20);
    const data: HeatmapData = {
      ...base,
      columns: base.columns.map((c, i) => (i === 30 ? { ...c, label: 'Kuntayhtymä' } : c)),
    };
    const kept = frame(data, 1200, 800);
    expect(kept.keyColumns).toBeUndefined();
    expect(kept.panels.map((p) => p.columnLabels.orientation)).toEqual(['horizontal', 'diagonal']);
    expect(parts(kept)).toBe(2);
    expect(partsByKeyColumns(data, 1200, 800, 6)).toEqual([
      Number.POSITIVE_INFINITY,
      4,
      2,
      2,
      2,
      2,
    ]);
    const keyed = frame(data, 1200, 600);
    expect(partsByKeyColumns(data, 1200, 600, 6)).toEqual([
      Number.POSITIVE_INFINITY,
      Number.POSITIVE_INFINITY,
      5,
      3,
      2,
      2,
    ]);
    expect(keyed.keyColumns).toBe(5);
    expect(keyed.panels.map((p) => p.columnLabels.orientation)).toEqual(['keyed']);
    expect(parts(keyed)).toBe(2);
  });
});
