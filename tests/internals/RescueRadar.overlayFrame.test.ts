// RescueRadar's overlaid arrangement (RescueRadar/overlay.ts): the notes under the axis labels name only
// the series with some value elsewhere (an all-missing series says so in the legend instead), the
// natural height (header, plot, margin), the series styles from `firstSeriesStyle`, and the rings named
// only where there is room. Data: tests/support/rescueRadarData.ts; the third, empty series is
// illustrative (made up).
import { describe, expect, it } from 'vitest';
import { computeRescueRadarLayout, defaultTheme } from '@yhdyspinta/charts';
import type { RescueRadarData, RescueRadarOptions } from '@yhdyspinta/charts';
import { seriesStyle } from '../../packages/charts/src/common/seriesStyle';
import { radarPlotHeight } from '../../packages/charts/src/RescueRadar/frame';
import { OPTIONS } from '../support/rescueRadarRules';
import { twoSeries } from '../support/rescueRadarData';

const overlay = (data: RescueRadarData, width: number, options: Partial<RescueRadarOptions> = {}) =>
  computeRescueRadarLayout({
    data,
    width,
    locale: 'fi',
    theme: defaultTheme,
    options: { ...OPTIONS, arrangement: 'overlay', ...options },
  });

const notes = (l: ReturnType<typeof overlay>) =>
  l.panels[0]!.axes.map((a) => a.lines.slice(a.noteFrom).join(' '));

describe('overlay', () => {
  it('names under an axis only the rated series without a value there', () => {
    const withEmpty: RescueRadarData = {
      ...twoSeries,
      series: [
        ...twoSeries.series,
        { id: 'c', label: 'Karkkila', values: { 'rescue.1': null, 'rescue.2': null } },
      ],
    };
    expect(notes(overlay(twoSeries, 1000))).toEqual(['', '', 'ei tietoa: Lohja']);
    expect(notes(overlay(withEmpty, 1000))).toEqual(['', '', 'ei tietoa: Lohja']);
    // One series: the note does not name it.
    const one = { ...twoSeries, series: twoSeries.series.slice(0, 1) };
    expect(notes(overlay(one, 1000))).toEqual(['', '', 'ei tietoa']);
  });

  it('is as tall as the header, the natural plot and a margin', () => {
    for (const width of [600, 800, 1280]) {
      const l = overlay(twoSeries, width);
      const { md } = defaultTheme.spacing;
      expect(l.height).toBe(Math.ceil(l.bounds.top + radarPlotHeight(width) + md));
      expect(l.bounds).toEqual({
        left: md,
        right: width - md,
        top: l.bounds.top,
        bottom: l.height - md,
      });
      expect(l.panels[0]!.bounds).toEqual(l.bounds);
    }
  });

  it('styles the series from firstSeriesStyle on', () => {
    const l = overlay(twoSeries, 800, { firstSeriesStyle: 2 });
    expect(l.series.map((s) => s.style)).toEqual([
      seriesStyle(2, defaultTheme),
      seriesStyle(3, defaultTheme),
    ]);
    expect(overlay(twoSeries, 800).series[0]!.style).toEqual(seriesStyle(0, defaultTheme));
  });

  it('names the rings in a large plot, numbers them in a small one', () => {
    const large = overlay(twoSeries, 800);
    expect(large.panels[0]!.ringLevels).toBe(true);
    expect(large.panels[0]!.rings[2]!.text).toBe('3 Kohtalaisesti');
    const small = overlay(twoSeries, 480);
    expect(small.panels[0]!.ringLevels).toBe(false);
    expect(small.panels[0]!.rings.map((r) => r.text)).toEqual(['1', '2', '3', '4', '5']);
    // Values printed either way (all five present ones).
    expect(large.points.filter((p) => p.valueBox !== null)).toHaveLength(5);
    expect(small.points.filter((p) => p.valueBox !== null)).toHaveLength(5);
  });
});
