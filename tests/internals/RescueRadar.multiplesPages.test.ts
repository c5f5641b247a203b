// RescueRadar's small multiples at a fixed height (RescueRadar/multiples.ts): the plots shrunk to fit a
// height that holds them, else the natural plots and pages of whole rows, and the axis key beside the
// panels when that leaves a plan; checked against the grid its doc comment gives
// (tests/internals/support/multiplesGrid.ts). Data: the invented stress fixtures (tests/fixtures/stress/
// radar.ts).
import { describe, expect, it } from 'vitest';
import { checkPanels, grid, layout } from './support/multiplesGrid';
import { computeRescueRadarLayout, defaultTheme, slideTheme } from '@yhdyspinta/charts';
import { seriesMarkerRadius } from '../../packages/charts/src/common/seriesStyle';
import { splitPages } from '../../packages/charts/src/layout/fitReport';
import { minPlotDiameter } from '../../packages/charts/src/RescueRadar/arrangement';
import { MIN_PANEL_DIAMETER } from '../../packages/charts/src/RescueRadar/multiples';
import { labelGap } from '../../packages/charts/src/RescueRadar/plot';
import { radar6 } from '../fixtures/stress/radar';
import { OPTIONS } from '../support/rescueRadarRules';

/** Six series at 1280 px: the data, its natural layout, the grid and where the panels start. */
function sixAt1280() {
  const data = radar6('fi');
  const width = 1280;
  const probe = layout(data, width);
  const g = grid(data, width, defaultTheme, width - 2 * defaultTheme.spacing.md);
  return { data, width, probe, g, tilesTop: probe.legend!.top, spacing: defaultTheme.spacing };
}

describe('small multiples at a fixed height', () => {
  it('at a fixed height that holds them, shrinks the plots to fit and takes that height', () => {
    const { data, width, probe, g, tilesTop, spacing } = sixAt1280();
    // A height where the plot is 20 px under its natural size.
    const plot = g.naturalPlot - 20;
    const height =
      tilesTop +
      g.rows * (g.headingHeight + plot + g.noteHeight) +
      (g.rows - 1) * g.rowGap +
      spacing.md;
    const l = layout(data, width, height);
    expect(l.height).toBe(height);
    expect(l.fit?.fits).toBe(true);
    expect(l.fit?.pages).toEqual([{ start: 0, end: 6 }]);
    expect(Math.abs(l.fit!.neededHeight - height)).toBeLessThanOrEqual(1);
    checkPanels(l, data, g, plot);
    // Taller than needed: the natural plot, the height asked for.
    const tall = layout(data, width, 3000);
    expect(tall.height).toBe(3000);
    expect(tall.fit?.neededHeight).toBe(probe.height);
    checkPanels(tall, data, g, g.naturalPlot);
    // Exactly the smallest plot still fits.
    const least =
      tilesTop +
      g.rows * (g.headingHeight + g.minPlot + g.noteHeight) +
      (g.rows - 1) * g.rowGap +
      spacing.md;
    const atLeast = layout(data, width, least);
    expect(atLeast.fit?.fits).toBe(true);
    checkPanels(atLeast, data, g, g.minPlot);
  });

  it('at a fixed height that cannot hold them, keeps the natural plots and plans pages of rows', () => {
    const { data, width, probe, g, tilesTop, spacing } = sixAt1280();
    const least =
      tilesTop +
      g.rows * (g.headingHeight + g.minPlot + g.noteHeight) +
      (g.rows - 1) * g.rowGap +
      spacing.md;
    const height = least - 1;
    const l = layout(data, width, height);
    const available = height - tilesTop - spacing.md;
    const heights = data.series.map((_, i) =>
      i % g.columns === 0 ? g.headingHeight + g.minPlot + g.noteHeight + g.rowGap : 0,
    );
    const pages = splitPages(heights, available + g.rowGap, new Set([0, 3]));
    expect(pages).toEqual([
      { start: 0, end: 3 },
      { start: 3, end: 6 },
    ]);
    expect(l.fit).toEqual({
      fits: false,
      neededHeight: probe.height,
      unit: 'series',
      total: 6,
      pages,
    });
    expect(l.height).toBe(probe.height);
    checkPanels(l, data, g, g.naturalPlot);
  });

  it('plans pages of as many whole rows as fit the height, gaps between rows included', () => {
    const data = radar6('fi');
    const { spacing } = defaultTheme;
    const { minPanelWidth } = grid(data, 1280, defaultTheme, 1280 - 2 * spacing.md);
    // Two panels a row: three rows.
    const width = 2 * minPanelWidth + spacing.lg + 2 * spacing.md;
    const g = grid(data, width, defaultTheme, width - 2 * spacing.md);
    expect([g.columns, g.rows]).toEqual([2, 3]);
    const tilesTop = layout(data, width).legend!.top;
    const row = g.headingHeight + g.minPlot + g.noteHeight;
    // Room for two rows and their gap, not three: pages of two rows, then one.
    const height = tilesTop + 2 * row + g.rowGap + spacing.md + 1;
    const l = layout(data, width, height);
    expect(l.fit?.fits).toBe(false);
    expect(l.fit?.pages).toEqual([
      { start: 0, end: 4 },
      { start: 4, end: 6 },
    ]);
  });

  it('with the key beside the panels when a row does not fit under the key', () => {
    const data = radar6('sv');
    const l = layout(data, 1920, 1080, slideTheme, 'sv');
    const above = computeRescueRadarLayout({
      data,
      width: 1920,
      locale: 'sv',
      theme: slideTheme,
      options: { ...OPTIONS, arrangement: 'multiples' },
    });
    // Without a height the key is above (the tiles start under it).
    expect(above.legend!.top).toBeGreaterThan(above.axisKey.at(-1)!.text.y);
    const { spacing, fontSize } = slideTheme;
    const whole = 1920 - 2 * spacing.md;
    const g = grid(data, 1920, slideTheme, whole);
    const minPanelWidth = (whole - (g.columns - 1) * spacing.lg) / g.columns;
    expect(minPanelWidth).toBeGreaterThan(0);
    const colGap = spacing.lg;
    const minWidth =
      minPlotDiameter(MIN_PANEL_DIAMETER, slideTheme) +
      2 * (labelGap(slideTheme, seriesMarkerRadius(slideTheme)) + spacing.xs + g.numberWidth);
    const beside2 = whole - colGap - 2 * (minWidth + colGap) + colGap;
    const least = 14 * fontSize.label;
    const keyWidth =
      beside2 >= least ? beside2 : Math.max(least, whole - colGap - (minWidth + colGap) + colGap);
    const inner = Math.max(1, whole - keyWidth - colGap);
    // The key's numbers start right of the panels.
    const keyLeft = spacing.md + inner + colGap;
    expect(l.axisKey.length).toBe(data.axes.length);
    for (const e of l.axisKey) {
      expect(e.numberX).toBeGreaterThanOrEqual(keyLeft);
      expect(e.text.x).toBeGreaterThan(keyLeft);
      expect(e.text.x).toBeLessThanOrEqual(1920 - spacing.md);
    }
    // The tiles start at the header's bottom, beside the key.
    expect(l.legend!.top).toBeLessThan(l.axisKey[0]!.text.y + 1);
    const gb = grid(data, 1920, slideTheme, inner);
    expect(gb.columns).toBe(2);
    expect(l.fit?.fits).toBe(false);
    expect(l.fit?.pages.length).toBeGreaterThan(0);
    expect(l.legend!.entries.map((e) => e.x)).toEqual([
      spacing.md,
      spacing.md + gb.panelWidth + colGap,
      spacing.md,
      spacing.md + gb.panelWidth + colGap,
      spacing.md,
      spacing.md + gb.panelWidth + colGap,
    ]);
  });
});
