// RescueRadar's layout rules of issue 12, computed directly on the invented stress fixtures
// (tests/fixtures/stress/radar.ts: nine long goal texts, 1/3/6 series, an all-missing series, a missing
// axis value) and on the shipped 2024 survey (means as printed in 003_ae88570eab8abfd8.txt): clean layouts,
// ring labels, axis labels. Small multiples and missing data: RescueRadar.multiples.test.ts.
import { describe, expect, it } from 'vitest';
import { survey2024 } from '@yhdyspinta/data';
import { defaultTheme, rescueRadarFromSurvey, slideTheme } from '@yhdyspinta/charts';
import { radar1, radar3 } from './fixtures/stress/radar';
import { boxesOverlap, expectCleanLayout, markerBoxes, panelOf } from './support/rescueRadarData';
import { layout, SIZES, FIXTURES } from './support/rescueRadarRules';

describe('RescueRadar rules on the stress fixtures (fi, sv)', () => {
  for (const locale of ['fi', 'sv'] as const) {
    for (const [name, make] of FIXTURES) {
      it.each(SIZES)(
        `${name}, ${locale}, %s: clean, ring labels clear of every marker`,
        (_, w, h, theme) => {
          const l = layout({ data: make(locale), width: w, height: h, theme, locale });
          // At a fixed height the chart either fits it or says so (and draws taller, not smaller).
          if (h !== undefined && l.fit?.fits === false) expect(l.height).toBeGreaterThan(h);
          else expectCleanLayout(l);
          for (const panel of l.panels) {
            const markers = markerBoxes(l, panel.index);
            for (const ring of panel.rings) {
              if (!ring.text) continue;
              for (const m of markers) expect(boxesOverlap(ring.box, m)).toBe(false);
            }
          }
          // Never text below the theme's minimum.
          for (const size of [l.font.label, l.font.value, l.font.tick]) {
            expect(size).toBeGreaterThanOrEqual(theme.minLabelFontSize);
          }
        },
      );
    }
  }
});

describe('ring labels go where the data is not', () => {
  it('leave the bottom when points sit there, and never cover a marker (shipped survey)', () => {
    const data = rescueRadarFromSurvey(survey2024, 'fi');
    // 3,0 and 3,2 on the two spokes nearest to straight down: ring 3's label used to sit between them.
    const l = layout({
      data,
      width: 1920,
      height: 1080,
      theme: slideTheme,
      options: { legend: false },
    });
    const panel = panelOf(l);
    const markers = markerBoxes(l, 0);
    const labelled = panel.rings.filter((r) => r.text);
    expect(labelled.length).toBeGreaterThanOrEqual(4);
    for (const r of labelled) for (const m of markers) expect(boxesOverlap(r.box, m)).toBe(false);
  });

  it('move to a clear bisector when points sit where the bottom one would be', () => {
    // 16 spokes, 2,0 on the spokes around straight down: ring 2's label there would touch the markers.
    const n = 16;
    const axes = Array.from({ length: n }, (_, i) => ({ id: `a${i}`, label: `T${i + 1}` }));
    const values = Object.fromEntries(axes.map((a, i) => [a.id, i >= 6 && i <= 10 ? 2 : 4.6]));
    const l = layout({ data: { axes, series: [{ id: 's', label: 'S', values }] }, width: 700 });
    const panel = panelOf(l);
    const ring2 = panel.rings.find((r) => r.value === 2)!;
    const step = (2 * Math.PI) / n;
    const bottom = Math.floor(Math.PI / step) * step + step / 2;
    const edge = Math.cos(Math.PI / n);
    const defaultX = panel.centre.x + ring2.r * edge * Math.sin(bottom);
    const defaultY = panel.centre.y - ring2.r * edge * Math.cos(bottom);
    expect(ring2.text).not.toBe('');
    // Elsewhere than the bottom bisector (the mirrored one at the top has the same x: compare the point).
    const middleY = ring2.textY + ring2.box.height / 2;
    expect(Math.hypot(ring2.textX - defaultX, middleY - defaultY)).toBeGreaterThan(1);
    for (const r of panel.rings) {
      if (r.text) for (const m of markerBoxes(l, 0)) expect(boxesOverlap(r.box, m)).toBe(false);
    }
  });
});

describe('axis labels use the free margins before "…"', () => {
  it.each([
    ['1280', 1280, undefined, defaultTheme],
    ['slide 16:9', 1920, 1080, slideTheme],
  ] as const)('cuts no label of the 1- and 3-series fixtures at %s', (_, w, h, theme) => {
    for (const locale of ['fi', 'sv'] as const) {
      for (const data of [radar1(locale), radar3(locale)]) {
        const l = layout({ data, width: w, height: h, theme, locale });
        expect(l.arrangement).toBe('overlay');
        expect(l.truncatedCount, `${locale} ${data.series.length}`).toBe(0);
      }
    }
  });

  it('cuts at most one goal of the shipped survey on a 1080 px slide (it cut two), none at 1280', () => {
    for (const locale of ['fi', 'sv', 'en'] as const) {
      const data = rescueRadarFromSurvey(survey2024, locale);
      expect(layout({ data, width: 1280, locale }).truncatedCount, locale).toBe(0);
      const slide = layout({ data, width: 1920, height: 1080, theme: slideTheme, locale });
      expect(slide.truncatedCount, locale).toBeLessThanOrEqual(1);
    }
  });

  it('widens a cut label into the side margin (shipped survey at 1280: goal 2 is whole)', () => {
    const data = rescueRadarFromSurvey(survey2024, 'fi');
    const l = layout({ data, width: 1280, options: { legend: false } });
    const goal2 = panelOf(l).axes[1]!;
    expect(goal2.truncated).toBe(false);
    expect(goal2.lines.join(' ')).toBe(data.axes[1]!.label);
  });

  it('never cuts two different labels so that they read the same', () => {
    const opening =
      'Hyvinvointialue ja kunnat kehittävät yhdessä palveluja ja toimintatapoja niin, että';
    const axes = [
      { id: 'a', label: `${opening} asukkaat saavat apua ajoissa.` },
      { id: 'b', label: `${opening} järjestöt pääsevät mukaan.` },
      { id: 'c', label: 'Lyhyt' },
      { id: 'd', label: 'Toinen lyhyt' },
    ];
    const data = { axes, series: [{ id: 's', label: 'S', values: { a: 3, b: 4, c: 2, d: 3 } }] };
    const l = layout({ data, width: 700, options: { maxLabelLines: 1, arrangement: 'overlay' } });
    const [a, b] = panelOf(l).axes;
    expect(a?.truncated && b?.truncated).toBe(true);
    expect(a?.lines.join(' ')).not.toBe(b?.lines.join(' '));
  });
});
