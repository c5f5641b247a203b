// RescueRadar's layout rules of issue 12, computed directly on the invented stress fixtures
// (tests/fixtures/stress/radar.ts: nine long goal texts, 1/3/6 series, an all-missing series, a missing
// axis value) and on the shipped 2024 survey (means as printed in 003_ae88570eab8abfd8.txt).
import { describe, expect, it } from 'vitest';
import { survey2024 } from '@yhdyspinta/data';
import type { Locale } from '@yhdyspinta/data';
import {
  computeRescueRadarLayout,
  defaultTheme,
  rescueRadarFromSurvey,
  slideTheme,
} from '@yhdyspinta/charts';
import type {
  ChartTheme,
  RescueRadarData,
  RescueRadarLayout,
  RescueRadarOptions,
} from '@yhdyspinta/charts';
import { radar1, radar3, radar6 } from './fixtures/stress/radar';
import { boxesOverlap, expectCleanLayout, markerBoxes, panelOf } from './support/rescueRadarData';

const OPTIONS: RescueRadarOptions = {
  title: 'Otsikko',
  hideTitle: false,
  illustrative: true,
  maxLabelLines: 6,
  showValues: true,
  legend: true,
  arrangement: 'auto',
};

interface Case {
  readonly data: RescueRadarData;
  readonly width: number;
  readonly height?: number;
  readonly theme?: ChartTheme;
  readonly locale?: Locale;
  readonly options?: Partial<RescueRadarOptions>;
}

function layout(c: Case): RescueRadarLayout {
  return computeRescueRadarLayout({
    data: c.data,
    width: c.width,
    height: c.height,
    locale: c.locale ?? 'fi',
    theme: c.theme ?? defaultTheme,
    options: { ...OPTIONS, ...c.options },
  });
}

const SIZES: readonly [string, number, number | undefined, ChartTheme][] = [
  ['320', 320, undefined, defaultTheme],
  ['768', 768, undefined, defaultTheme],
  ['1280', 1280, undefined, defaultTheme],
  ['slide 16:9', 1920, 1080, slideTheme],
];
const FIXTURES = [
  ['1 series', radar1],
  ['3 series', radar3],
  ['6 series', radar6],
] as const;

const notes = (l: RescueRadarLayout) => l.header.notes.map((n) => n.lines.join(' '));

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

describe('small multiples: more than three series, or too narrow for one radar', () => {
  it('overlays up to three series and switches at four (fi, sv, en notes)', () => {
    const three = layout({ data: radar3('fi'), width: 1280 });
    expect(three.arrangement).toBe('overlay');
    expect(three.panels).toHaveLength(1);
    const base = radar6('fi');
    const four = layout({ data: { ...base, series: base.series.slice(0, 4) }, width: 1280 });
    expect(four.arrangement).toBe('multiples');
    expect(four.multiplesReason).toBe('series');
    expect(four.panels).toHaveLength(4);
    expect(notes(four)).toContain(
      '4 sarjaa: oma kuvio kullekin, sama asteikko; tavoitteet numeroina.',
    );
    const sv = layout({ data: radar6('sv'), width: 1280, locale: 'sv' });
    expect(notes(sv)).toContain('6 serier: en figur per serie, samma skala; målen som nummer.');
    const en = layout({ data: radar6('fi'), width: 1280, locale: 'en' });
    expect(notes(en)).toContain('6 series: one radar each, same scale; goals as numbers.');
  });

  it('draws every panel on the same scale, the goals numbered and whole in the key', () => {
    const l = layout({ data: radar6('fi'), width: 1280 });
    const radii = new Set(l.panels.map((p) => p.radius));
    expect(radii.size).toBe(1);
    expect(l.legend).not.toBeNull();
    for (const p of l.panels) {
      expect(p.axes.map((a) => a.lines.join(''))).toEqual(p.axes.map((_, i) => String(i + 1)));
      expect(2 * p.radius).toBeGreaterThanOrEqual(180);
    }
    expect(l.axisKey.map((e) => e.text.lines.join(' '))).toEqual(
      radar6('fi').axes.map((a) => a.label),
    );
    // Each series in its own panel, in focus order.
    expect(l.series.map((s) => s.panel)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(l.points.map((p) => p.index)).toEqual(l.points.map((_, i) => i));
  });

  it('switches at 320 px even with one series (the plot would be far under 240 px)', () => {
    for (const locale of ['fi', 'sv', 'en'] as const) {
      const l = layout({ data: radar1(locale === 'en' ? 'fi' : locale), width: 320, locale });
      expect(l.arrangement).toBe('multiples');
      expect(l.multiplesReason).toBe('narrow');
      expect(2 * panelOf(l).radius).toBeGreaterThanOrEqual(180);
      expect(notes(l)).toContain(
        {
          fi: 'Kapea näkymä: tavoitteet numeroina.',
          sv: 'Smal vy: målen som nummer.',
          en: 'Narrow view: goals as numbers.',
        }[locale],
      );
    }
    // The overlaid plot at 768 px is wide enough.
    const wide = layout({ data: radar1('fi'), width: 768 });
    expect(wide.arrangement).toBe('overlay');
    expect(2 * panelOf(wide).radius).toBeGreaterThanOrEqual(240);
  });

  it('keeps the overlay or the multiples when asked to', () => {
    expect(
      layout({ data: radar6('fi'), width: 1280, options: { arrangement: 'overlay' } }).arrangement,
    ).toBe('overlay');
    expect(
      layout({ data: radar1('fi'), width: 1280, options: { arrangement: 'multiples' } })
        .arrangement,
    ).toBe('multiples');
  });

  it('at a fixed height that cannot hold them, keeps the text size and plans pages of series', () => {
    const l = layout({ data: radar6('fi'), width: 1920, height: 1080, theme: slideTheme });
    expect(l.font.label).toBe(slideTheme.fontSize.label);
    expect(l.fit?.fits).toBe(false);
    expect(l.fit?.unit).toBe('series');
    expect(l.fit?.total).toBe(6);
    expect(l.height).toBeGreaterThan(1080);
    const pages = l.fit?.pages ?? [];
    expect(pages.length).toBeGreaterThan(1);
    expect(pages[0]?.start).toBe(0);
    expect(pages.at(-1)?.end).toBe(6);
    // A page of the plan fits the same height.
    const page = radar6('fi');
    const first = pages[0]!;
    const part = layout({
      data: { ...page, series: page.series.slice(first.start, first.end) },
      width: 1920,
      height: 1080,
      theme: slideTheme,
    });
    expect(part.fit?.fits).toBe(true);
    expect(part.height).toBe(1080);
  });

  it('fits a fixed height when it can, by shrinking the plots (never the text)', () => {
    const l = layout({ data: radar6('fi'), width: 1280, height: 1400 });
    expect(l.fit).toEqual({
      fits: true,
      neededHeight: expect.any(Number),
      unit: 'series',
      total: 6,
      pages: [{ start: 0, end: 6 }],
    });
    expect(l.height).toBe(1400);
    expectCleanLayout(l);
  });
});

describe('missing data on the face, fi/sv/en', () => {
  const words = { fi: 'ei tietoa', sv: 'ingen uppgift', en: 'no data' } as const;

  it.each(['fi', 'sv', 'en'] as const)(
    'notes a missing axis value under its label (%s)',
    (locale) => {
      const data = radar1(locale === 'en' ? 'fi' : locale);
      const l = layout({ data, width: 1280, locale });
      const axis = panelOf(l).axes[2]!;
      expect(axis.lines.slice(axis.noteFrom)).toEqual([words[locale]]);
      // The other axes carry no note.
      expect(panelOf(l).axes.filter((a) => a.noteFrom < a.lines.length)).toHaveLength(1);
      // With several series the note names the series without a value there.
      const three = layout({ data: radar3(locale === 'en' ? 'fi' : locale), width: 1280, locale });
      const sixth = panelOf(three).axes[5]!;
      expect(sixth.lines.slice(sixth.noteFrom).join(' ')).toBe(
        `${words[locale]}: ${radar3(locale === 'en' ? 'fi' : locale).series[1]!.label}`,
      );
    },
  );

  it.each(['fi', 'sv', 'en'] as const)(
    'says so in the legend of an all-missing series (%s)',
    (locale) => {
      const six = radar6(locale === 'en' ? 'fi' : locale);
      const data = { ...six, series: six.series.slice(2, 5) };
      const l = layout({ data, width: 1280, locale });
      expect(l.arrangement).toBe('overlay');
      const entry = l.legend?.entries[1]?.lines.join(' ');
      expect(entry).toBe(`${six.series[3]!.label} – ${words[locale]}`);
      expect(l.series[1]?.empty).toBe(true);
      // In small multiples the panel's heading says it, and a panel notes its missing axes.
      const multiples = layout({ data: six, width: 1280, locale });
      expect(multiples.legend?.entries[3]?.lines.join(' ')).toContain(`– ${words[locale]}`);
      const capital = words[locale].charAt(0).toUpperCase() + words[locale].slice(1);
      expect(multiples.panels[4]?.note?.lines.join(' ')).toBe(`${capital}: 2`);
    },
  );
});
