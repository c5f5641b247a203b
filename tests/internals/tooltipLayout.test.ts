/**
 * Exact geometry of the tooltip's layout (placeTooltip, layoutTooltip) with the default theme: type
 * sizes title 18, subtitle and tooltip 13, small 12; line height × 1.35; spacing xs 4, sm 8, md 12, lg 16;
 * tooltip padding 10 and max width 320. Expected values are worked out from those numbers.
 */
import { describe, expect, it } from 'vitest';
import { defaultTheme } from '@yhdyspinta/charts';
import { layoutTooltip, placeTooltip } from '../../packages/charts/src/interaction/tooltipLayout';

describe('placeTooltip (exact)', () => {
  const size = { width: 100, height: 50 };
  const bounds = { width: 400, height: 300 };
  const anchor = { x: 150, y: 100, width: 20, height: 10 };

  it('computes each side: right and left centred vertically, below and above centred horizontally', () => {
    // midY = 100 + 5 − 25 = 80; midX = 150 + 10 − 50 = 110.
    expect(placeTooltip(anchor, size, bounds, 8, ['right'])).toEqual({
      x: 178,
      y: 80,
      placement: 'right',
    });
    expect(placeTooltip(anchor, size, bounds, 8, ['left'])).toEqual({
      x: 42,
      y: 80,
      placement: 'left',
    });
    expect(placeTooltip(anchor, size, bounds, 8, ['below'])).toEqual({
      x: 110,
      y: 118,
      placement: 'below',
    });
    expect(placeTooltip(anchor, size, bounds, 8, ['above'])).toEqual({
      x: 110,
      y: 42,
      placement: 'above',
    });
  });

  it('fits a box that touches the bounds exactly', () => {
    // right: x = 280 + 20 = 300, and 300 + 100 = 400 = the width.
    expect(
      placeTooltip({ x: 280, y: 0, width: 20, height: 50 }, size, bounds, 0, ['right']),
    ).toEqual({
      x: 300,
      y: 0,
      placement: 'right',
    });
    // below: y = 240 + 10 = 250, and 250 + 50 = 300 = the height.
    expect(
      placeTooltip({ x: 0, y: 240, width: 100, height: 10 }, size, bounds, 0, ['below']),
    ).toEqual({
      x: 0,
      y: 250,
      placement: 'below',
    });
    // left at x = 0 and above at y = 0 fit too.
    expect(
      placeTooltip({ x: 100, y: 50, width: 10, height: 10 }, size, bounds, 0, ['left']),
    ).toMatchObject({
      x: 0,
      placement: 'left',
    });
    expect(
      placeTooltip({ x: 100, y: 50, width: 10, height: 10 }, size, bounds, 0, ['above']),
    ).toMatchObject({
      y: 0,
      placement: 'above',
    });
  });

  it('rejects a side that would cross any edge by one pixel', () => {
    expect(
      placeTooltip({ x: 281, y: 100, width: 20, height: 10 }, size, bounds, 0, ['right']).placement,
    ).toBe('clamped');
    expect(
      placeTooltip({ x: 99, y: 100, width: 20, height: 10 }, size, bounds, 0, ['left']).placement,
    ).toBe('clamped');
    expect(
      placeTooltip({ x: 0, y: 241, width: 100, height: 10 }, size, bounds, 0, ['below']).placement,
    ).toBe('clamped');
    expect(
      placeTooltip({ x: 0, y: 49, width: 100, height: 10 }, size, bounds, 0, ['above']).placement,
    ).toBe('clamped');
  });

  it('clamps the centred box into the bounds when no side fits, and to 0 when it is larger', () => {
    const big = { width: 380, height: 280 };
    // Right (x 408) and below (y 23, bottom 303) do not fit. midX = 390 + 5 − 190 = 205 → at most
    // 400 − 380 = 20; midY = 5 + 5 − 140 < 0 → 0.
    expect(
      placeTooltip({ x: 390, y: 5, width: 10, height: 10 }, big, bounds, 8, ['right', 'below']),
    ).toEqual({
      x: 20,
      y: 0,
      placement: 'clamped',
    });
    expect(
      placeTooltip({ x: 10, y: 10, width: 10, height: 10 }, { width: 500, height: 400 }, bounds, 8),
    ).toEqual({
      x: 0,
      y: 0,
      placement: 'clamped',
    });
    // Centred on a low anchor the box would end below the bounds: y at most 100 − 60 = 40.
    const low = { x: 40, y: 50, width: 10, height: 50 };
    expect(placeTooltip(low, { width: 90, height: 60 }, { width: 100, height: 100 }, 8)).toEqual({
      x: 0,
      y: 40,
      placement: 'clamped',
    });
  });

  it('tries the sides in the given order', () => {
    expect(placeTooltip(anchor, size, bounds, 8, ['above', 'right']).placement).toBe('above');
    expect(placeTooltip(anchor, size, bounds, 8).placement).toBe('right');
  });
});

describe('layoutTooltip (exact)', () => {
  const bounds = { width: 400, height: 300 };
  const anchor = { x: 50, y: 100, width: 20, height: 10 };

  it('sizes the box from padding, lines and a third-line gap between title and rows', () => {
    const t = layoutTooltip(
      { title: 'Otsikko', rows: [{ label: 'Keskiarvo', value: '2,2' }] },
      anchor,
      bounds,
      defaultTheme,
    );
    expect(t).toMatchObject({
      placement: 'right',
      x: 78,
      width: 320,
      titleLines: ['Otsikko'],
      rowLines: ['Keskiarvo: 2,2'],
      fontSize: 13,
      padding: 10,
    });
    expect(t.lineHeight).toBeCloseTo(17.55, 10);
    // 2 · 10 + 2 · 17.55 + 17.55 / 3
    expect(t.height).toBeCloseTo(60.95, 10);
    expect(t.rowsY).toBeCloseTo(10 + 17.55 + 5.85, 10);
    expect(t.y).toBeCloseTo(105 - 60.95 / 2, 10);
  });

  it('has no gap without rows, and is as wide as a chart narrower than the max width', () => {
    const t = layoutTooltip(
      { title: 'Otsikko', rows: [] },
      anchor,
      { width: 200, height: 300 },
      defaultTheme,
    );
    expect(t.width).toBe(200);
    expect(t.rowLines).toEqual([]);
    expect(t.height).toBeCloseTo(20 + 17.55, 10);
    expect(t.rowsY).toBeCloseTo(10 + 17.55, 10);
  });

  it('gives the title only the lines the chart height leaves after the rows', () => {
    const title = Array.from({ length: 60 }, () => 'sana').join(' ');
    const rows = [{ label: 'Keskiarvo', value: '2,2' }];
    // floor((100 − 20) / 17.55) = 4 lines, minus 1 row line, minus 1 → 2 title lines.
    const small = layoutTooltip({ title, rows }, anchor, { width: 400, height: 100 }, defaultTheme);
    expect(small.titleLines).toHaveLength(2);
    expect(small.titleLines[1]?.endsWith('…')).toBe(true);
    // A chart too small for any: still one line.
    const tiny = layoutTooltip({ title, rows }, anchor, { width: 400, height: 30 }, defaultTheme);
    expect(tiny.titleLines).toHaveLength(1);
    // Rows wrap at the width less twice the padding (300 px here): a long row takes several lines.
    const longRow = layoutTooltip(
      { title: 'x', rows: [{ label: 'Selite', value: title }] },
      anchor,
      { width: 320, height: 2000 },
      defaultTheme,
    );
    expect(longRow.rowLines.length).toBeGreaterThan(1);
    expect(longRow.rowLines.join(' ')).toBe(`Selite: ${title}`);
  });

  it('lists details under the rows; without wording for the rest, says "+N"', () => {
    const t = layoutTooltip(
      {
        title: 'Otsikko',
        rows: [{ label: 'Keskiarvo', value: '2,2' }],
        details: { heading: 'Kirjaukset', items: ['Eka'], moreCount: 4 },
      },
      anchor,
      bounds,
      defaultTheme,
    );
    expect(t.rowLines).toEqual(['Keskiarvo: 2,2', 'Kirjaukset:', '• Eka', '+4']);
    expect(t.height).toBeCloseTo(20 + 5 * 17.55 + 17.55 / 3, 10);
  });
});
