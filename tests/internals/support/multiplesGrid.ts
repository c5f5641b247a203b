// The small multiples' grid as RescueRadar/multiples.ts's doc comment describes it, worked out from the
// theme, and the check of a layout's panels, headings and notes against it (tests/internals/
// RescueRadar.multiplesGrid and .multiplesPages).
import { expect } from 'vitest';
import { computeRescueRadarLayout, defaultTheme } from '@yhdyspinta/charts';
import type { ChartTheme, RescueRadarData, RescueRadarLayout } from '@yhdyspinta/charts';
import type { Locale } from '@yhdyspinta/data';
import { seriesMarkerRadius } from '../../../packages/charts/src/common/seriesStyle';
import { minPlotDiameter } from '../../../packages/charts/src/RescueRadar/arrangement';
import { radarPlotHeight } from '../../../packages/charts/src/RescueRadar/frame';
import { MIN_PANEL_DIAMETER } from '../../../packages/charts/src/RescueRadar/multiples';
import { labelGap } from '../../../packages/charts/src/RescueRadar/plot';
import { measureText } from '../../../packages/charts/src/text/measureText';
import { wrapText } from '../../../packages/charts/src/text/wrapText';
import { OPTIONS } from '../../support/rescueRadarRules';

export const layout = (
  data: RescueRadarData,
  width: number,
  height?: number,
  theme: ChartTheme = defaultTheme,
  locale: Locale = 'fi',
): RescueRadarLayout =>
  computeRescueRadarLayout({
    data,
    width,
    height,
    locale,
    theme,
    options: { ...OPTIONS, arrangement: 'multiples' },
  });

/** The grid the doc comment describes, for `inner` px of panels (the key above them). */
export function grid(data: RescueRadarData, width: number, theme: ChartTheme, inner: number) {
  const { spacing, fontSize, lineHeight } = theme;
  const count = data.series.length;
  const colGap = spacing.lg;
  const numberWidth = Math.max(
    ...data.axes.map((_, i) => measureText(String(i + 1), fontSize.label)),
  );
  const toLabel = labelGap(theme, seriesMarkerRadius(theme)) + spacing.xs;
  const minDiameter = minPlotDiameter(MIN_PANEL_DIAMETER, theme);
  const minPanelWidth = minDiameter + 2 * (toLabel + numberWidth);
  let most = 1;
  for (let c = count; c > 1; c -= 1) {
    if ((inner - (c - 1) * colGap) / c >= minPanelWidth) {
      most = c;
      break;
    }
  }
  const columns = Math.ceil(count / Math.ceil(count / most));
  const panelWidth = (inner - (columns - 1) * colGap) / columns;
  const small = fontSize.small;
  const smallLH = small * lineHeight;
  const swatch = Math.round(small * 2.2);
  const names = data.series.map((s) =>
    data.axes.every((a) => s.values[a.id] === null || s.values[a.id] === undefined)
      ? `${s.label} – ei tietoa`
      : s.label,
  );
  const headings = names.map(
    (name) =>
      wrapText(name, {
        maxWidth: Math.max(1, panelWidth - swatch - spacing.xs),
        fontSize: small,
        maxLines: 4,
        locale: 'fi',
      }).lines,
  );
  const headingHeight = Math.max(...headings.map((l) => l.length)) * smallLH + spacing.xs;
  const notes = data.series.map((s) => {
    const missing = data.axes.flatMap((a, i) =>
      s.values[a.id] === null || s.values[a.id] === undefined ? [String(i + 1)] : [],
    );
    return missing.length > 0 && missing.length < data.axes.length
      ? wrapText(`Ei tietoa: ${missing.join(', ')}`, { maxWidth: panelWidth, fontSize: small })
          .lines
      : [];
  });
  const noteHeight = Math.max(0, ...notes.map((l) => l.length)) * smallLH;
  const labelLH = fontSize.label * lineHeight;
  return {
    columns,
    rows: Math.ceil(count / columns),
    panelWidth,
    colGap,
    rowGap: spacing.lg,
    swatch,
    smallLH,
    headings,
    headingHeight,
    notes,
    noteHeight,
    naturalPlot: Math.min(panelWidth, radarPlotHeight(width)),
    minPlot: minDiameter + 2 * (toLabel + labelLH),
    numberWidth,
    minPanelWidth,
  };
}

/** Checks the panels, headings and notes of a layout at the default theme against the grid `g`. */
export function checkPanels(
  l: RescueRadarLayout,
  data: RescueRadarData,
  g: ReturnType<typeof grid>,
  plot: number,
) {
  const { spacing } = defaultTheme;
  const left = spacing.md;
  const legend = l.legend!;
  const tilesTop = legend.top;
  expect(legend.swatchWidth).toBe(g.swatch);
  expect(legend.lineHeight).toBeCloseTo(g.smallLH, 9);
  expect(legend.entries).toHaveLength(data.series.length);
  legend.entries.forEach((e, s) => {
    const x = left + (s % g.columns) * (g.panelWidth + g.colGap);
    const y =
      tilesTop + Math.floor(s / g.columns) * (g.headingHeight + plot + g.noteHeight + g.rowGap);
    expect(e.index).toBe(s);
    expect(e.lines).toEqual(g.headings[s]);
    expect(e.x, `x ${s}`).toBeCloseTo(x, 6);
    expect(e.y, `y ${s}`).toBeCloseTo(y, 6);
    const textX = x + g.swatch + spacing.xs;
    expect(e.textX).toBeCloseTo(textX, 6);
    const widest = Math.max(...g.headings[s]!.map((t) => measureText(t, l.legend!.fontSize)));
    expect(e.right).toBeCloseTo(textX + widest, 6);
    const note = l.panels[s]!.note;
    if (g.notes[s]!.length > 0) {
      expect(note).toEqual({ lines: g.notes[s], x: expect.any(Number), y: expect.any(Number) });
      expect(note!.x).toBeCloseTo(x, 6);
      expect(note!.y).toBeCloseTo(y + g.headingHeight + plot, 6);
    } else {
      expect(note).toBeNull();
    }
    // The same plot translated: centres a panel and a row apart.
    const c0 = l.panels[0]!.centre;
    expect(l.panels[s]!.centre.x - c0.x).toBeCloseTo(x - left, 6);
    expect(l.panels[s]!.centre.y - c0.y).toBeCloseTo(y - tilesTop, 6);
    expect(l.panels[s]!.radius).toBe(l.panels[0]!.radius);
    // The ring labels carry numbers only.
    expect(l.panels[s]!.ringLevels).toBe(false);
    expect(
      l.panels[s]!.rings.map((r) => r.text)
        .filter(Boolean)
        .every((t) => /^\d$/.test(t)),
    ).toBe(true);
  });
  return { left, tilesTop };
}
