// RescueRadar's small multiples split over a 4:3 slide (issue 12): six series with long joint-authority
// names in Swedish (the INVENTED stress fixture) leave no room for a row of panels under the axis key;
// the key goes beside the panels and the layout plans pages of whole rows, each drawn alone (as small
// multiples, each series in the whole's style) fitting the slide at the slide theme's text sizes.
import { describe, expect, it } from 'vitest';
import { computeRescueRadarLayout, slideTheme } from '@yhdyspinta/charts';
import type { RescueRadarData, RescueRadarLayout, RescueRadarOptions } from '@yhdyspinta/charts';
import { radar6 } from './fixtures/stress/radar';

const OPTIONS: RescueRadarOptions = {
  title: 'Radardiagram (1/3)',
  hideTitle: false,
  illustrative: true,
  maxLabelLines: 6,
  showValues: true,
  legend: true,
  arrangement: 'auto',
};

const layout = (data: RescueRadarData, options: Partial<RescueRadarOptions> = {}) =>
  computeRescueRadarLayout({
    data,
    width: 1440,
    height: 1080,
    locale: 'sv',
    theme: slideTheme,
    options: { ...OPTIONS, ...options },
  });

const min = slideTheme.minFontSize;
/** The layout's text sizes (labels, values, ticks) are the slide theme's, never smaller. */
function expectFullSize(l: RescueRadarLayout) {
  expect(l.font.label).toBe(slideTheme.fontSize.label);
  expect(Math.min(l.font.label, l.font.value, l.font.tick)).toBeGreaterThanOrEqual(min);
}

describe('RescueRadar radar-6 at slide-4x3 (sv)', () => {
  const data = radar6('sv');
  const whole = layout(data);

  it('does not fit whole, and plans pages of whole rows of series', () => {
    expect(whole.arrangement).toBe('multiples');
    expectFullSize(whole);
    expect(whole.fit?.fits).toBe(false);
    const pages = whole.fit?.pages ?? [];
    expect(pages.length).toBeGreaterThan(1);
    expect(pages[0]?.start).toBe(0);
    expect(pages.at(-1)?.end).toBe(6);
    pages.slice(1).forEach((p, i) => expect(p.start).toBe(pages[i]?.end));
  });

  it('puts the axis key beside the panels, clear of them', () => {
    const keyLeft = Math.min(...whole.axisKey.map((e) => e.text.x));
    const entries = whole.legend?.entries ?? [];
    expect(entries).toHaveLength(6);
    const panelsRight = Math.max(...entries.map((e) => e.right));
    expect(whole.axisKey).toHaveLength(9);
    expect(keyLeft).toBeGreaterThan(panelsRight);
  });

  it('draws each page alone as small multiples that fit the slide at full size', () => {
    const pages = whole.fit?.pages ?? [];
    expect(pages.length).toBeGreaterThan(1);
    for (const { start, end } of pages) {
      const part = layout(
        { ...data, series: data.series.slice(start, end) },
        { arrangement: 'multiples', firstSeriesStyle: start },
      );
      // Each series keeps the whole's colour, marker and dash.
      expect(part.series.map((s) => s.style)).toEqual(
        whole.series.slice(start, end).map((s) => s.style),
      );
      expect(part.arrangement).toBe('multiples');
      expect(part.fit?.fits).toBe(true);
      expect(part.height).toBe(1080);
      expect(part.series).toHaveLength(end - start);
      expectFullSize(part);
    }
  });
});
