// RescueRadar's layout: labels fit without clipping or overlapping; missing values and several series
// (the shipped means as printed in 003_ae88570eab8abfd8.txt, and ILLUSTRATIVE data).
import { describe, expect, it } from 'vitest';
import { survey2024 } from '@yhdyspinta/data';
import type { Locale } from '@yhdyspinta/data';
import {
  defaultTheme,
  highContrastTheme,
  rescueRadarFromSurvey,
  slideTheme,
} from '@yhdyspinta/charts';
import { expectCleanLayout, panelOf } from './support/rescueRadarData';
import type { ChartTheme, RescueRadarData } from '@yhdyspinta/charts';

import { PRINTED_MEANS, fiData, layout, LONG, illustrative } from './support/rescueRadarCompute';

describe('computeRescueRadarLayout: labels fit without clipping or overlapping', () => {
  const cases: [string, number, number, ChartTheme][] = [
    ['card 400×400', 400, 400, defaultTheme],
    ['800×600', 800, 600, defaultTheme],
    ['slide 1920×1080', 1920, 1080, slideTheme],
  ];
  for (const locale of ['fi', 'sv', 'en'] as Locale[]) {
    const data = rescueRadarFromSurvey(survey2024, locale);
    it.each(cases)(`%s (${locale})`, (_, width, height, theme) => {
      const l = layout({ data, width, height, theme, locale });
      expectCleanLayout(l);
      expect(l.points).toHaveLength(PRINTED_MEANS.length);
      expect(l.points.every((p) => p.valueBox !== null)).toBe(true);
      expect(panelOf(l).radius).toBeGreaterThan(Math.min(width, height) * 0.15);
    });
  }

  it('cuts labels past maxLabelLines with an ellipsis (full text stays on the axis)', () => {
    const l = layout({ width: 400, height: 400 }, { arrangement: 'overlay', maxLabelLines: 2 });
    expect(l.truncatedCount).toBeGreaterThan(0);
    expect(panelOf(l).axes).toHaveLength(PRINTED_MEANS.length);
    for (const a of panelOf(l).axes) {
      expect(a.lines.length).toBeLessThanOrEqual(2);
      // Cut: "…" at the end, or before the end of the text where two cuts would read the same.
      if (a.truncated) expect(a.lines.at(-1)).toMatch(/^…|…$/u);
      expect(a.axis.label).toBe(fiData.axes[a.index]?.label);
    }
    const oneLine = layout({ width: 1920, height: 1080, theme: slideTheme }, { maxLabelLines: 1 });
    expect(panelOf(oneLine).axes).toHaveLength(PRINTED_MEANS.length);
    expect(panelOf(oneLine).axes.every((a) => a.lines.length === 1)).toBe(true);
  });

  it('fits 300-character labels and a high-contrast theme', () => {
    const wide = layout({ data: illustrative, width: 800, height: 600, theme: highContrastTheme });
    expect(wide.arrangement).toBe('overlay');
    expectCleanLayout(wide);
    expect(panelOf(wide).axes[2]?.truncated).toBe(true);
    // Small multiples at 400 px: the spokes are numbered and the key has the whole text.
    const card = layout({ data: illustrative, width: 400, height: 600, theme: highContrastTheme });
    expect(card.arrangement).toBe('multiples');
    expectCleanLayout(card);
    expect(card.axisKey[2]?.text.lines.join(' ')).toBe(LONG);
    expect(panelOf(card).axes.map((a) => a.lines)).toEqual(
      illustrative.axes.map((_, i) => [String(i + 1)]),
    );
  });

  it('has a natural height when none is given', () => {
    const l = layout({ height: undefined, width: 600 });
    expect(l.height).toBeGreaterThan(400);
    expectCleanLayout(l);
  });
});

describe('computeRescueRadarLayout: missing values and several series', () => {
  const l = layout({ data: illustrative }, { legend: true });

  it('breaks the polygon at a missing value: open line, no fill, no point, no value', () => {
    const [a, b] = l.series;
    expect(a?.closed).toBe(false);
    expect(a?.path).not.toContain('Z');
    expect(a?.path.match(/M/g)).toHaveLength(1);
    // The open line starts just after the gap (axis 4) and ends just before it (axis 2).
    const missing = a?.points[3];
    expect(missing?.value).toBeNull();
    expect(missing?.valueBox).toBeNull();
    expect(missing?.hitBox).toEqual(panelOf(l).axes[3]?.box);
    // A value left out of `values` is missing too.
    expect(b?.points[6]?.value).toBeNull();
    expect(b?.closed).toBe(false);
  });

  it('splits the line into pieces when values are missing on non-neighbouring axes', () => {
    const gaps: RescueRadarData = {
      ...illustrative,
      series: [{ id: 's', label: 'S', values: { a0: 3, a1: 3, a3: 3, a4: 3, a5: 3 } }],
    };
    expect(layout({ data: gaps }).series[0]?.path.match(/M/g)).toHaveLength(2);
  });

  it('never draws a missing value at 1 or 0', () => {
    const missing = l.points.filter((q) => q.value === null);
    expect(missing).toHaveLength(2);
    for (const p of missing) {
      expect(Math.hypot(p.x - panelOf(l).centre.x, p.y - panelOf(l).centre.y)).toBeCloseTo(
        panelOf(l).radius,
      );
    }
    expect(l.points[4]?.value).toBe(1);
    expect(l.points[4]?.x).toBeCloseTo(panelOf(l).centre.x);
  });

  it('gives each series its own colour, marker and dash, with a legend under the header', () => {
    const [a, b] = l.series;
    expect(a?.style.color).not.toBe(b?.style.color);
    expect(a?.style.marker).not.toBe(b?.style.marker);
    expect(a?.style.dash).not.toEqual(b?.style.dash);
    expect(l.legend?.entries.map((e) => e.lines.join(' '))).toEqual(['Sarja A', 'Sarja B']);
    expect(l.legend?.top).toBe(l.header.height);
    expect(l.bounds.top).toBe(l.legend?.bottom);
  });

  it('orders points series by series (focus order) and prints values only where they fit', () => {
    expect(l.points).toHaveLength(14);
    expect(l.points.map((p) => [p.seriesIndex, p.axisIndex]).slice(6, 8)).toEqual([
      [0, 6],
      [1, 0],
    ]);
    expectCleanLayout(l);
  });

  it('prints no values with showValues false', () => {
    const points = layout({}, { showValues: false }).points;
    expect(points).toHaveLength(PRINTED_MEANS.length);
    expect(points.every((p) => p.valueBox === null)).toBe(true);
  });
});
