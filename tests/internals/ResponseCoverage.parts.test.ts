// ResponseCoverage's internal parts, exactly: the share's digits, the tooltip's population cell, the grid's
// columns and hit test, and the tile width rules (tileParts.ts).
import { describe, expect, it } from 'vitest';
import { defaultTheme, measureText, slideTheme } from '@yhdyspinta/charts';
import {
  coverageType,
  scaleAllowed,
} from '../../packages/charts/src/ResponseCoverage/coverageType';
import {
  formatCoverageShare,
  tileTooltip,
} from '../../packages/charts/src/ResponseCoverage/describe';
import { gridColumns, tileIndexAt } from '../../packages/charts/src/ResponseCoverage/grid';
import {
  minChipWidth,
  minTileWidth,
  nameWidth,
  widthForLines,
} from '../../packages/charts/src/ResponseCoverage/tileParts';
import { longestWordWidth } from '../../packages/charts/src/text/wrapText';

describe('formatCoverageShare', () => {
  it('prints whole percentages, with decimals only where rounding would print 0 % or 100 %', () => {
    expect([0, 0.5, 0.12345, 1].map((s) => formatCoverageShare(s, 'fi'))).toEqual([
      '0\u00a0%',
      '50\u00a0%',
      '12\u00a0%',
      '100\u00a0%',
    ]);
    expect([0.004, 0.0004, 0.00004].map((s) => formatCoverageShare(s, 'fi'))).toEqual([
      '0,4\u00a0%',
      '0,04\u00a0%',
      '0,004\u00a0%',
    ]);
    expect([0.996, 0.9996, 0.99996].map((s) => formatCoverageShare(s, 'en'))).toEqual([
      '99.6%',
      '99.96%',
      '99.996%',
    ]);
  });
});

describe('tileTooltip', () => {
  const rows = (population: number | undefined) =>
    tileTooltip({ id: 'a', label: 'Espoo', answered: true, population }, 'deadline', 'fi', true)
      .rows;
  it('shows the population, "Asukasluku puuttuu" without one, "Virheellinen asukasluku" for a bad one', () => {
    expect(rows(12345)[1]).toEqual({ label: 'Asukasluku', value: '12\u00a0345' });
    expect(rows(undefined)[1]).toEqual({ label: 'Asukasluku', value: 'Asukasluku puuttuu' });
    expect(rows(-5)[1]).toEqual({ label: 'Asukasluku', value: 'Virheellinen asukasluku' });
    expect(
      tileTooltip({ id: 'a', label: 'Espoo', answered: true }, 'deadline', 'fi', false).rows,
    ).toHaveLength(1);
  });
});

describe('grid', () => {
  const base = { count: 10, minTileWidth: 140, gap: 12, maxColumns: 5 };
  it('ignores a column count that is not finite', () => {
    expect(gridColumns({ ...base, width: 776, columns: Number.NaN })).toBe(5);
    expect(gridColumns({ ...base, width: 500 })).toBe(3);
    expect(gridColumns({ ...base, width: 500, columns: Number.POSITIVE_INFINITY })).toBe(3);
  });
  it('finds the tile under a point, edges included, and null between tiles', () => {
    const tiles = [
      { index: 0, box: { x: 0, y: 0, width: 10, height: 10 } },
      { index: 1, box: { x: 20, y: 0, width: 10, height: 10 } },
    ];
    expect(tileIndexAt(tiles, 5, 5)).toBe(0);
    expect(tileIndexAt(tiles, 20, 10)).toBe(1);
    expect(tileIndexAt(tiles, 15, 5)).toBeNull();
    expect(tileIndexAt([], 5, 5)).toBeNull();
  });
});

describe('tile widths', () => {
  it('longestWordWidth measures the widest word, breaking at spaces only', () => {
    expect(longestWordWidth('Ei vastausta', 12, 400)).toBe(measureText('vastausta', 12));
    expect(longestWordWidth('VIHTI  ja\tVantaa', 12, 700)).toBe(measureText('Vantaa', 12, 700));
    expect(longestWordWidth('', 12, 400)).toBe(0);
  });

  it('widthForLines is the longest word when that already fits the lines, else the narrowest width to ½ px', () => {
    expect(widthForLines('Ei vastausta', 12, 400, 2)).toBe(measureText('vastausta', 12));
    const text = 'Ei vastausta määräajassa';
    const w = widthForLines(text, 12, 400, 2);
    expect(w).toBeGreaterThan(measureText('vastausta', 12));
    expect(w).toBeLessThanOrEqual(measureText(text, 12));
  });

  it('minTileWidth: at least five name sizes, else the widest name at its lines, population word or status beside the icon, plus padding', () => {
    const type = coverageType(defaultTheme, 1);
    const t = (label: string, status: string, population: string | null = null) => ({
      item: { id: label, label, answered: true },
      status,
      population,
    });
    // 5 × 13 px name type = 65, plus 2 × 8 padding.
    expect(minTileWidth([t('A', 'x')], type, 5)).toBe(Math.ceil(5 * 13 + 16));
    const status = 'Ei vastausta määräajassa';
    const need = widthForLines(status, 12, 400, 2);
    expect(minTileWidth([t('A', status)], type, 5)).toBe(Math.ceil(type.icon + 4 + need + 16));
    const long = 'Kirkkonummenkuntakeskus';
    expect(minTileWidth([t(long, 'x')], type, 5)).toBe(Math.ceil(measureText(long, 13, 700) + 16));
    const pop = 'Asukaslukutiedotpuuttuvat';
    expect(minTileWidth([t('A', 'x', pop)], type, 5)).toBe(Math.ceil(measureText(pop, 12) + 16));
    // A name of many words asks for the width that fits it in its lines, no more than 16 em.
    const name = 'Keski-Pohjanmaan sosiaali- ja terveyspalvelujen kuntayhtymän jäsenkunnat';
    expect(minTileWidth([t(name, 'x')], type, 3)).toBe(
      Math.ceil(widthForLines(name, 13, 700, 3) + 16),
    );
    expect(minTileWidth([t(name, 'x')], type, 1)).toBe(Math.ceil(16 * 13 + 16));
    expect(nameWidth(name, type, 1)).toBe(16 * 13);
  });

  it('minChipWidth: the icon, then at least six name sizes or the widest name at its lines', () => {
    const type = coverageType(defaultTheme, 1);
    const t = (label: string) => ({
      item: { id: label, label, answered: true },
      status: '',
      population: null,
    });
    expect(minChipWidth([t('A')], type, 5)).toBe(Math.ceil(6 * 13 + type.icon + 4 + 16));
    const long = 'Kirkkonummenkuntakeskus';
    expect(minChipWidth([t(long)], type, 5)).toBe(
      Math.ceil(measureText(long, 13, 700) + type.icon + 4 + 16),
    );
  });
});

describe('coverageType', () => {
  it('clamps every size to the theme minimums and keeps the headline under the title', () => {
    const tiny = {
      ...slideTheme,
      fontSize: { ...slideTheme.fontSize, label: 10, small: 8, subtitle: 9, title: 12 },
    };
    const type = coverageType(tiny, 1);
    expect([type.name, type.small, type.note, type.headline]).toEqual([22, 20, 20, 20]);
    expect(coverageType(slideTheme, 1).headline).toBe(34);
    expect(coverageType(defaultTheme, 1).headline).toBeCloseTo(15.3, 10);
    expect(coverageType(slideTheme, 1.25).name).toBe(32.5);
    expect(scaleAllowed(slideTheme, 1.25)).toBe(true);
    expect(scaleAllowed(slideTheme, 1.5)).toBe(false);
    expect(scaleAllowed(defaultTheme, 1.1)).toBe(true);
    expect(scaleAllowed(defaultTheme, 1.25)).toBe(false);
  });
});
