// ThemeHeatmap's colour bands, the shipped memo matrix and the legend's words (layout rules: see
// ThemeHeatmap.layout.test.ts). The shipped matrix is the data package's coding of the 2025 §14 memos
// (000_d696d4283556c540.txt Kauniainen, 001_f4669efc46533f46.txt Espoo, 002_5c80737f701266ac.txt Lohja);
// the survey's municipality order is 003_ae88570eab8abfd8.txt. Other grids here are illustrative.
import { describe, expect, it } from 'vitest';
import { negotiationPointById, themeCounts } from '@yhdyspinta/data';
import {
  colorBands,
  computeThemeHeatmapLayout,
  contrastRatio,
  defaultTheme,
  highContrastTheme,
  themeHeatmapFromThemeCounts,
  validateThresholds,
} from '@yhdyspinta/charts';
import type { HeatmapData } from '@yhdyspinta/charts';
import { grid, options, stressCounts } from '../support/heatmapGrids';
import { collisions, present, printed, THEMES } from './support/heatmapLayoutChecks';

describe('colour bands', () => {
  it.each(THEMES)('%s: printed values reach 4.5:1 on every band', (_, theme) => {
    for (const kind of ['count', 'rating'] as const) {
      const { bands } = colorBands(kind, present(stressCounts()), theme);
      expect(bands.length).toBeGreaterThanOrEqual(5);
      for (const band of bands) {
        expect(contrastRatio(band.textColor, band.color)).toBeGreaterThanOrEqual(4.5);
        // A band under 3:1 on the background is flagged for an outline.
        expect(band.outline).toBe(contrastRatio(band.color, theme.colors.background) < 3);
      }
    }
  });

  it.each(THEMES)(
    '%s: ratings take the diverging ramp with the neutral 3 on its middle',
    (_, theme) => {
      const bands = colorBands('rating', [3.1], theme);
      expect(bands.bands.map((b) => b.min)).toEqual([1, 2, 3, 4, 5]);
      const ramp = theme.diverging;
      expect(bands.bands[2]?.color).toBe(ramp[(ramp.length - 1) / 2]);
      expect(bands.bands[0]?.color).toBe(ramp[0]);
      expect(bands.bands[4]?.color).toBe(ramp[ramp.length - 1]);
      expect([1, 1.4, 1.5, 2.4, 2.5, 3, 4.49, 5].map(bands.bandOf)).toEqual([
        0, 0, 1, 1, 2, 2, 3, 4,
      ]);
    },
  );

  it('gives 0 its own band in the ramp’s first (near-white) step', () => {
    for (const theme of [defaultTheme, highContrastTheme]) {
      const bands = colorBands('count', [0, 1, 5, 9], theme);
      expect(bands.bands[0]).toMatchObject({ min: 0, max: 0, color: theme.sequential[0] });
      expect(bands.bandOf(0)).toBe(0);
      expect(bands.bandOf(1)).toBe(1);
    }
  });

  it('is robust to one outlier: quantile breaks, the outlier sharing the top band', () => {
    const values = present(stressCounts());
    const bands = colorBands('count', values, defaultTheme);
    const positive = values.filter((v) => v > 0);
    const counts = bands.bands.map(() => 0);
    for (const v of positive) counts[bands.bandOf(v)] = (counts[bands.bandOf(v)] ?? 0) + 1;
    // No band holds more than 40 % of the positive cells (equal bins up to 87 would hold ~100 % in one).
    expect(Math.max(...counts) / positive.length).toBeLessThan(0.4);
    expect(counts.slice(1).every((n) => n > 0)).toBe(true);
    const top = bands.bands[bands.bands.length - 1];
    expect(top?.max).toBe(87);
    expect(top?.min).toBeLessThan(10);
  });

  it('takes user thresholds as the lower bounds of the bands and validates them', () => {
    const bands = colorBands('count', [0, 2, 4, 30], defaultTheme, [3, 10]);
    expect(bands.bands.map((b) => [b.min, b.max])).toEqual([
      [0, 0],
      [1, 2],
      [3, 9],
      [10, 30],
    ]);
    expect([0, 1, 2, 3, 9, 10, 30].map(bands.bandOf)).toEqual([0, 1, 1, 2, 2, 3, 3]);
    expect(validateThresholds([3, 10], 4)).toEqual([]);
    expect(validateThresholds([1, 10], 4)).toHaveLength(1);
    expect(validateThresholds([5, 5], 4)).toHaveLength(1);
    expect(validateThresholds([2.5], 4)).toHaveLength(1);
    expect(validateThresholds([2, 3, 4, 5, 6], 4)).toEqual([
      'at most 4 thresholds fit the colour ramp, got 5',
    ]);
  });
});

describe('the shipped data (municipalities × memo themes)', () => {
  const data = themeHeatmapFromThemeCounts();
  const matrix = themeCounts();

  it('has the ten municipalities and the 15 themes, null (not 0) without a memo', () => {
    expect(data.rows.map((r) => r.label)).toEqual([
      'Espoo',
      'Kauniainen',
      'Kirkkonummi',
      'Siuntio',
      'Vihti',
      'Karkkila',
      'Lohja',
      'Inkoo',
      'Hanko',
      'Raasepori',
    ]);
    expect(data.columns[0]?.label).toBe('Työllisyyden hoito');
    expect(data.columns).toHaveLength(15);
    const withMemo = data.values.map((row) => row.every((v) => v !== null));
    expect(withMemo).toEqual([true, true, false, false, false, false, true, false, false, false]);
    expect(data.values.flat().filter((v) => v === 0).length).toBeGreaterThan(0);
    expect(data.values).toEqual(matrix.cells);
    expect(data.notes?.[1]).toBe('Muistio on lähteissä 3/10 kunnasta; muilta ei tietoa');
    expect(data.emptyRowsNote).toBe('Ei muistiota 7 kunnalta');
  });

  it('keeps each cell’s memo texts for the tooltip', () => {
    const ids = matrix.pointIds[0]?.[5] ?? [];
    expect(ids.length).toBe(matrix.cells[0]?.[5]);
    expect(data.details?.[0]?.[5]).toEqual(ids.map((id) => negotiationPointById(id)?.point.text));
  });

  it('uses the locale for names', () => {
    const sv = themeHeatmapFromThemeCounts(undefined, 'sv');
    expect(sv.rows[0]?.label).toBe('Esbo');
    expect(sv.columns[0]?.label).toBe('Sysselsättning');
    expect(sv.emptyRowsNote).toBe('Ingen promemoria från 7 kommuner');
  });

  it('collapses the seven municipalities without a memo into a note and puts the long theme names on rows', () => {
    const layout = computeThemeHeatmapLayout(data, options(800));
    expect(layout.collapsed.rows.map((r) => r.label)).toEqual([
      'Kirkkonummi',
      'Siuntio',
      'Vihti',
      'Karkkila',
      'Inkoo',
      'Hanko',
      'Raasepori',
    ]);
    expect(layout.notes.map((n) => n.lines.join(' '))).toEqual([
      'Ei muistiota 7 kunnalta: Kirkkonummi, Siuntio, Vihti, Karkkila, Inkoo, Hanko ja Raasepori.',
    ]);
    // Theme names are longer than municipality names: transposed, 15 theme rows × 3 municipalities.
    expect(layout.transposed).toBe(true);
    expect(layout.data.rows).toHaveLength(15);
    expect(layout.data.columns.map((c) => c.label)).toEqual(['Espoo', 'Kauniainen', 'Lohja']);
    expect(layout.marks[0]?.missingPath).toBe('');
    expect(layout.valueFontSize).toBe(defaultTheme.fontSize.value);
    expect(printed(layout)).toHaveLength(45);
    expect(printed(layout).filter((t) => t === '0').length).toBe(
      data.values.flat().filter((v) => v === 0).length,
    );
    expect(layout.legend.entries.map((e) => e.label)).toEqual(['0', '1', '2', '3', '4–7']);
    expect(collisions(layout)).toEqual([]);
  });

  it('keeps all-missing rows as quiet hatched rows with collapseMissing false', () => {
    const layout = computeThemeHeatmapLayout(data, {
      ...options(800),
      collapseMissing: false,
      orientation: 'as-given',
    });
    expect(layout.notes).toEqual([]);
    expect(layout.data.rows).toHaveLength(10);
    expect(layout.marks[0]?.missingLabels).toHaveLength(7);
    // Seven missing rows, each one run of 15 cells: seven segments in the hatched path.
    expect(layout.marks[0]?.missingPath.match(/M/g)).toHaveLength(7);
    expect(layout.legend.entries.map((e) => e.label).at(-1)).toBe('ei tietoa');
  });
});

describe('words: legend and missing labels', () => {
  it('names the rating levels in the legend and marks the midpoint', () => {
    const layout = computeThemeHeatmapLayout(grid(11, 10, 'rating'), options(800));
    expect(layout.legend.title?.text).toBe('Lähin asteikon kohta');
    expect(layout.legend.entries.map((e) => e.label)).toEqual([
      '1 Ei lainkaan',
      '2 Heikosti',
      '3 Kohtalaisesti (keskikohta)',
      '4 Hyvin',
      '5 Erinomaisesti',
      'ei tietoa',
    ]);
  });

  it('labels a single missing cell on two lines where it is narrow but tall', () => {
    const data: HeatmapData = {
      kind: 'rating',
      rows: [{ id: 'a', label: 'Pitkä tavoite '.repeat(12) }],
      columns: Array.from({ length: 10 }, (_, i) => ({ id: `c${i}`, label: `K${i}` })),
      values: [[2, null, 3, 4, 5, 1, 2, 3, 4, 5]],
    };
    const layout = computeThemeHeatmapLayout(data, { ...options(800), collapseMissing: false });
    expect(layout.marks[0]?.missingLabels.map((l) => l.lines)).toEqual([['ei', 'tietoa']]);
    expect(collisions(layout)).toEqual([]);
  });
});
