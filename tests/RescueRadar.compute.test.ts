// Values hard-coded as printed in 003_ae88570eab8abfd8.txt (the 2024 municipal survey): the detail page
// "Pelastustoimen palvelutasopäätös" (goals 1–9) and the title page's "6/10 alueen kuntaa vastasi".
import { describe, expect, it } from 'vitest';
import { survey2024 } from '@yhdyspinta/data';
import type { Locale } from '@yhdyspinta/data';
import {
  computeRescueRadarLayout,
  defaultTheme,
  highContrastTheme,
  rescueRadarFromSurvey,
  slideTheme,
  validateRescueRadarData,
} from '@yhdyspinta/charts';
import { expectCleanLayout, panelOf } from './support/rescueRadarData';
import type {
  ChartTheme,
  RescueRadarData,
  RescueRadarLayoutInput,
  RescueRadarOptions,
} from '@yhdyspinta/charts';

const PRINTED_MEANS = [3.3, 3.8, 3.8, 3.7, 3.2, 3.0, 3.2, 3.3, 3.3];
const GOAL_6 = 'Paloriskikohteiden moniviranomaisyhteistyön kehittämiseen on panostettu.';

const OPTIONS: RescueRadarOptions = {
  title: 'Pelastustoimen yhteistyötavoitteiden toteutuminen',
  hideTitle: false,
  illustrative: false,
  maxLabelLines: 4,
  showValues: true,
  legend: false,
  arrangement: 'auto',
};

const fiData = rescueRadarFromSurvey(survey2024, 'fi');

function layout(overrides: Partial<RescueRadarLayoutInput> = {}, options = {}) {
  return computeRescueRadarLayout({
    data: fiData,
    width: 800,
    height: 600,
    locale: 'fi',
    theme: defaultTheme,
    options: { ...OPTIONS, ...options },
    ...overrides,
  });
}

/** Illustrative (made-up) data: two series, one with a missing value, and 300-character labels. */
const LONG =
  'Havainnollistava pitkä tavoiteteksti, joka kuvaa yhteistyötä kunnan, hyvinvointialueen ja ' +
  'pelastuslaitoksen välillä niin monisanaisesti, että se ei millään mahdu yhdelle tai kahdelle ' +
  'riville vaan vaatii useita rivejä ja lopulta katkaistaan kolmella pisteellä, jotta kaavio pysyy ' +
  'luettavana ja koko teksti näkyy työkaluvihjeessä.';
const illustrative: RescueRadarData = {
  axes: Array.from({ length: 7 }, (_, i) => ({
    id: `a${i}`,
    label: i === 2 ? LONG : `Tavoite ${i + 1}`,
  })),
  series: [
    {
      id: 's1',
      label: 'Sarja A',
      values: { a0: 3.1, a1: 2.4, a2: 4.2, a3: null, a4: 1, a5: 5, a6: 3 },
    },
    {
      id: 's2',
      label: 'Sarja B',
      values: { a0: 3.3, a1: 2.6, a2: 4.0, a3: 3.9, a4: 1.2, a5: 4.8 },
    },
  ],
};

describe('rescueRadarFromSurvey', () => {
  it('takes the nine rescue goals with their published means as one series, base 6/10', () => {
    expect(fiData.axes).toHaveLength(9);
    expect(fiData.axes[5]?.label).toBe(GOAL_6);
    expect(fiData.series).toHaveLength(1);
    expect(fiData.series[0]?.label).toBe('Kuntien vastausten keskiarvo');
    expect(fiData.axes.map((a) => fiData.series[0]?.values[a.id])).toEqual(PRINTED_MEANS);
    expect(fiData.base).toEqual({ answered: 6, total: 10 });
  });

  it('uses the locale of the texts', () => {
    const sv = rescueRadarFromSurvey(survey2024, 'sv');
    expect(sv.series[0]?.label).toBe('Medelvärde av kommunernas svar');
    expect(sv.axes[2]?.label).toBe('Vi har beaktat tvåspråkigheten i vårt samarbete.');
    expect(rescueRadarFromSurvey(survey2024, 'en').axes[2]?.label).toBe(
      'We have taken bilingualism into account in our cooperation.',
    );
  });
});

describe('validateRescueRadarData', () => {
  it('accepts the survey data, null and left-out values', () => {
    expect(validateRescueRadarData(fiData).ok).toBe(true);
    expect(validateRescueRadarData(illustrative).ok).toBe(true);
  });

  it('calls data without axes, series or any value empty', () => {
    const empty = (d: unknown) => {
      const v = validateRescueRadarData(d);
      return !v.ok && v.kind === 'empty';
    };
    expect(empty({ axes: [], series: [] })).toBe(true);
    expect(empty({ axes: fiData.axes, series: [] })).toBe(true);
    expect(empty({ axes: fiData.axes, series: [{ id: 's', label: 'S', values: {} }] })).toBe(true);
  });

  it.each([
    [
      'a value above 5',
      { ...fiData, series: [{ id: 's', label: 'S', values: { 'rescue.1': 6 } }] },
    ],
    ['NaN', { ...fiData, series: [{ id: 's', label: 'S', values: { 'rescue.1': Number.NaN } }] }],
    ['0 for no data', { ...fiData, series: [{ id: 's', label: 'S', values: { 'rescue.1': 0 } }] }],
    ['an unknown axis', { ...fiData, series: [{ id: 's', label: 'S', values: { x: 3 } }] }],
    ['a repeated axis id', { ...fiData, axes: [...fiData.axes, fiData.axes[0]] }],
    ['two axes', { axes: fiData.axes.slice(0, 2), series: fiData.series }],
    ['a bad base', { ...fiData, base: { answered: 7, total: 6 } }],
    ['a series without a label', { ...fiData, series: [{ id: 's', label: ' ', values: {} }] }],
    ['no axes array', { series: [] }],
    ['null', null],
  ])('rejects %s with a problem for the developer', (_, data) => {
    const v = validateRescueRadarData(data);
    expect(v.ok).toBe(false);
    if (!v.ok) {
      expect(v.kind).toBe('invalid');
      expect(v.problems.length).toBeGreaterThan(0);
    }
  });
});

describe('computeRescueRadarLayout: scale, rings and points', () => {
  const l = layout();

  it('maps the 1–5 scale to the radius with 1 at the centre', () => {
    expect(panelOf(l).scale.domain()).toEqual([1, 5]);
    expect(panelOf(l).scale(1)).toBe(0);
    expect(panelOf(l).scale(5)).toBeCloseTo(panelOf(l).radius);
    expect(panelOf(l).scale(3)).toBeCloseTo(panelOf(l).radius / 2);
  });

  it('has five rings; 3 is the neutral reference, 1 the centre, 5 the outer ring', () => {
    expect(panelOf(l).rings.map((r) => [r.value, r.kind])).toEqual([
      [1, 'centre'],
      [2, 'inner'],
      [3, 'neutral'],
      [4, 'inner'],
      [5, 'outer'],
    ]);
    expect(panelOf(l).rings[0]?.path).toBe('');
    // A closed polygon through the 9 spokes: the first point, then 8 relative steps (d3 lineRadial).
    expect(panelOf(l).rings[2]?.path.match(/l/g)).toHaveLength(8);
    expect(panelOf(l).rings[2]?.path.endsWith('z')).toBe(true);
  });

  it('names the rings on the shipped data (each slides along its ring off the line and markers)', () => {
    expect(panelOf(l).ringLevels).toBe(true);
    expect(panelOf(l).rings.map((r) => r.text)).toEqual([
      '1 Ei lainkaan',
      '2 Heikosti',
      '3 Kohtalaisesti',
      '4 Hyvin',
      '5 Erinomaisesti',
    ]);
    const notes = l.header.notes.map((n) => n.lines.join(' '));
    expect(notes).toEqual(['n = 6/10 kuntaa']);
  });

  it('labels the rings with the numbers and puts the level names into a key when they do not fit', () => {
    const small = layout({ width: 400, height: 400 }, { arrangement: 'overlay' });
    expect(panelOf(small).ringLevels).toBe(false);
    expect(
      panelOf(small)
        .rings.filter((r) => r.text)
        .map((r) => r.text),
    ).toEqual(expect.arrayContaining(['2', '3', '4']));
    const notes = small.header.notes.map((n) => n.lines.join(' ')).join(' ');
    expect(notes).toContain(
      'Asteikko: 1 = Ei lainkaan, 2 = Heikosti, 3 = Kohtalaisesti, 4 = Hyvin, 5 = Erinomaisesti',
    );
  });

  it('names the rings where there is room (sparse data in a large chart)', () => {
    const sparse: RescueRadarData = {
      axes: fiData.axes.slice(0, 4),
      series: [{ id: 's', label: 'S', values: { 'rescue.1': 4.6, 'rescue.2': 4.4 } }],
    };
    const named = layout({ data: sparse, width: 1200, height: 900 });
    expect(panelOf(named).ringLevels).toBe(true);
    expect(panelOf(named).rings.map((r) => r.text)).toEqual([
      '1 Ei lainkaan',
      '2 Heikosti',
      '3 Kohtalaisesti',
      '4 Hyvin',
      '5 Erinomaisesti',
    ]);
    expectCleanLayout(named);
  });

  it('puts each point at the radius of its value, the first axis straight up, clockwise', () => {
    const points = l.series[0]?.points ?? [];
    expect(points.map((p) => p.value)).toEqual(PRINTED_MEANS);
    for (const p of points) {
      const r = Math.hypot(p.x - panelOf(l).centre.x, p.y - panelOf(l).centre.y);
      expect(r).toBeCloseTo(panelOf(l).scale(p.value ?? 0), 6);
    }
    expect(points[0]?.x).toBeCloseTo(panelOf(l).centre.x);
    expect(points[0]?.y).toBeLessThan(panelOf(l).centre.y);
    expect(points[2]?.x).toBeGreaterThan(panelOf(l).centre.x);
  });

  it('prints every value with one decimal and a decimal comma (a point in English)', () => {
    expect(l.points.map((p) => p.valueText)).toEqual(
      PRINTED_MEANS.map((m) => m.toFixed(1).replace('.', ',')),
    );
    const en = layout({ locale: 'en', data: rescueRadarFromSurvey(survey2024, 'en') });
    expect(en.points[5]?.valueText).toBe('3.0');
  });

  it('draws the complete series as one closed, fillable polygon', () => {
    const s = l.series[0];
    expect(s?.closed).toBe(true);
    expect(s?.path.match(/M/g)).toHaveLength(1);
    expect(s?.path.endsWith('Z')).toBe(true);
  });
});

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
