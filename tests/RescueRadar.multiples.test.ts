// RescueRadar's rules of issue 12 for many series and narrow sizes (small multiples) and missing data on
// the face in fi/sv/en, on the invented stress fixtures (tests/fixtures/stress/radar.ts) and the shipped
// 2024 survey (means as printed in 003_ae88570eab8abfd8.txt).
import { describe, expect, it } from 'vitest';
import { slideTheme } from '@yhdyspinta/charts';
import { radar1, radar3, radar6 } from './fixtures/stress/radar';
import { expectCleanLayout, panelOf } from './support/rescueRadarData';
import { layout, notes } from './support/rescueRadarRules';

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
