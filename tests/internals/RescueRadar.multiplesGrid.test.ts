// RescueRadar's small multiples' grid (RescueRadar/multiples.ts), checked against the rules its doc
// comment gives, worked out from the theme (tests/internals/support/multiplesGrid.ts): as many columns as
// keep each panel at its minimum width (balanced rows), headings wrapped to the panel, notes naming
// missing axes, one plot size for all, the panels and headings placed column by column and row by row,
// and the height (at a fixed height: RescueRadar.multiplesPages.test.ts). Data: the invented stress
// fixtures (tests/fixtures/stress/radar.ts).
import { describe, expect, it } from 'vitest';
import { checkPanels, grid, layout } from './support/multiplesGrid';
import { defaultTheme } from '@yhdyspinta/charts';
import { radar1, radar6 } from '../fixtures/stress/radar';

describe('small multiples grid', () => {
  it('six series at 1280 px: balanced columns, headings, notes and the natural height', () => {
    const data = radar6('fi');
    const width = 1280;
    const l = layout(data, width);
    const { spacing } = defaultTheme;
    const g = grid(data, width, defaultTheme, width - 2 * spacing.md);
    expect(g.columns).toBe(3);
    // The all-missing fourth series is headed "– ei tietoa" and has no note; the fifth names axis 2.
    expect(g.headings[3]!.join(' ')).toContain('ei tietoa');
    expect(g.notes[3]).toEqual([]);
    expect(g.notes[4]).toEqual(['Ei tietoa: 2']);
    const { tilesTop } = checkPanels(l, data, g, g.naturalPlot);
    const height = Math.ceil(
      tilesTop +
        g.rows * (g.headingHeight + g.naturalPlot + g.noteHeight) +
        (g.rows - 1) * g.rowGap +
        spacing.md,
    );
    expect(l.height).toBe(height);
    expect(l.fit).toBeUndefined();
    expect(l.bounds).toEqual({
      left: spacing.md,
      right: width - spacing.md,
      top: expect.any(Number),
      bottom: height - spacing.md,
    });
    // The key is above the panels, across the whole width.
    expect(tilesTop).toBeGreaterThan(l.bounds.top);
    expect(l.axisKey.every((e) => e.text.y < tilesTop)).toBe(true);
  });

  it('as many columns as keep the minimum panel width, in balanced rows', () => {
    const six = radar6('fi');
    const data = { ...six, series: six.series.slice(0, 5) };
    const { spacing } = defaultTheme;
    const { minPanelWidth } = grid(data, 1280, defaultTheme, 1280 - 2 * spacing.md);
    /** The width that holds exactly c panels of the minimum width a row. */
    const exactly = (c: number) => c * minPanelWidth + (c - 1) * spacing.lg + 2 * spacing.md;
    // 5 a row at exactly their width; half a pixel less: 4 would fit, balanced as 3 + 2; 2 a row
    // (2 + 2 + 1) at exactly two panels' width, 1 under it.
    for (const [width, columns] of [
      [exactly(5), 5],
      [exactly(5) - 0.5, 3],
      [exactly(2), 2],
      [exactly(2) - 0.5, 1],
    ] as const) {
      const g = grid(data, width, defaultTheme, width - 2 * spacing.md);
      expect(g.columns, `${width}`).toBe(columns);
      const l = layout(data, width);
      checkPanels(l, data, g, g.naturalPlot);
      const rows = Math.ceil(5 / columns);
      expect(new Set(l.legend!.entries.map((e) => e.y)).size).toBe(rows);
    }
  });

  it('one series at 320 px is one panel, the plot the panel width', () => {
    const data = radar1('fi');
    const l = layout(data, 320);
    const g = grid(data, 320, defaultTheme, 320 - 2 * defaultTheme.spacing.md);
    expect(g.columns).toBe(1);
    expect(l.multiplesReason).toBe('narrow');
    checkPanels(l, data, g, g.naturalPlot);
    // radar1 misses its third axis: noted under the panel.
    expect(l.panels[0]!.note?.lines).toEqual(['Ei tietoa: 3']);
  });
});
