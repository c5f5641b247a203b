// The internal parts of ResponseCoverage's layout: the tile grid (grid.ts) and the tiles' text width,
// icons and colours (tileParts.ts). The layout itself is tested through the public entry in
// tests/ResponseCoverage.compute.test.ts.
import { describe, expect, it } from 'vitest';
import {
  contrastRatio,
  defaultTheme,
  highContrastTheme,
  slideTheme,
  wrapText,
} from '@yhdyspinta/charts';
import {
  gridColumns,
  gridHeight,
  rowTopsFor,
  tileBox,
} from '../../packages/charts/src/ResponseCoverage/grid';
import {
  iconGeometry,
  tileStyles,
  widthForLines,
} from '../../packages/charts/src/ResponseCoverage/tileParts';

describe('gridColumns', () => {
  const base = { count: 10, minTileWidth: 100, gap: 8, maxColumns: 5 };

  it('takes as many columns as fit, up to maxColumns, balanced over the rows', () => {
    expect(gridColumns({ ...base, width: 776 })).toBe(5);
    expect(gridColumns({ ...base, width: 500 })).toBe(4); // 4 + 4 + 2
    expect(gridColumns({ ...base, width: 376 })).toBe(3); // 3 + 3 + 3 + 1
    expect(gridColumns({ ...base, width: 250 })).toBe(2);
    expect(gridColumns({ ...base, width: 100 })).toBe(1);
    expect(gridColumns({ ...base, width: 10 })).toBe(1);
    // 6 would fit, but 6 + 4 needs as many rows as 5 + 5.
    expect(gridColumns({ ...base, width: 700, maxColumns: 10 })).toBe(5);
    expect(gridColumns({ ...base, width: 2000, maxColumns: 10 })).toBe(10);
  });

  it('never needs more rows for a wider chart', () => {
    let rows = Infinity;
    for (let width = 50; width <= 2000; width += 10) {
      const c = gridColumns({ ...base, width });
      expect(Math.ceil(10 / c)).toBeLessThanOrEqual(rows);
      rows = Math.ceil(10 / c);
    }
  });

  it('honours a fixed column count, clamped to 1…count, and odd input', () => {
    expect(gridColumns({ ...base, width: 300, columns: 5 })).toBe(5);
    expect(gridColumns({ ...base, width: 300, columns: 40 })).toBe(10);
    expect(gridColumns({ ...base, width: 300, columns: 0 })).toBe(1);
    expect(gridColumns({ ...base, count: 0, width: 300 })).toBe(1);
    expect(gridColumns({ ...base, width: Number.NaN })).toBe(1);
  });

  it('places tiles row by row, each row at its own top and height', () => {
    const rowHeights = [50, 30];
    const grid = {
      columns: 5,
      rows: 2,
      tileWidth: 100,
      tileHeight: 50,
      gap: 8,
      x: 12,
      y: 40,
      rowTops: rowTopsFor(40, rowHeights, 8),
      rowHeights,
    };
    expect(grid.rowTops).toEqual([40, 98]);
    expect(gridHeight(grid)).toBe(88);
    expect(gridHeight({ rowHeights: [], gap: 8 })).toBe(0);
    expect(tileBox(0, grid)).toEqual({ x: 12, y: 40, width: 100, height: 50 });
    expect(tileBox(6, grid)).toEqual({ x: 120, y: 98, width: 100, height: 30 });
  });
});

describe('tile parts', () => {
  it('finds the narrowest width for two lines without breaking words', () => {
    const w = widthForLines('Ei vastausta määräajassa', 12, 400, 2);
    expect(wrapText('Ei vastausta määräajassa', { maxWidth: w, fontSize: 12 }).lines).toEqual([
      'Ei vastausta',
      'määräajassa',
    ]);
    expect(
      wrapText('Ei vastausta määräajassa', { maxWidth: w - 1, fontSize: 12 }).lines.length,
    ).toBe(3);
  });

  it('draws different shapes for answered (check) and not answered (dash)', () => {
    const check = iconGeometry(true, 0, 10, 14);
    const dash = iconGeometry(false, 0, 10, 14);
    expect(check.path.match(/L/g)).toHaveLength(2);
    expect(dash.path.match(/L/g)).toHaveLength(1);
    expect(check.ringWidth).toBe(0);
    expect(dash.ringWidth).toBeGreaterThan(0);
  });

  it.each([
    ['default', defaultTheme],
    ['slide', slideTheme],
    ['high contrast', highContrastTheme],
  ] as const)('meets WCAG contrast in the %s theme', (_, theme) => {
    const { answered, missing } = tileStyles(theme);
    const bg = theme.colors.background;
    expect(contrastRatio(answered.fill, bg)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(answered.text, answered.fill)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(answered.glyph, answered.iconFill)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(missing.stroke!, bg)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(missing.text, missing.fill)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(missing.textMuted, missing.fill)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(missing.iconStroke, missing.fill)).toBeGreaterThanOrEqual(3);
    expect(missing.strokeDasharray).not.toBeNull();
    expect(answered.strokeDasharray).toBeNull();
  });
});
