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
import type {
  ChartTheme,
  RescueRadarData,
  RescueRadarLayout,
  RescueRadarLayoutInput,
  RescueRadarOptions,
} from '@yhdyspinta/charts';

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** True when the boxes overlap (touching edges do not). */
function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Distance from (px, py) to the nearest point of `box` (0 inside it). */
function distanceToBox(px: number, py: number, box: Box): number {
  const dx = Math.max(box.x - px, 0, px - (box.x + box.width));
  const dy = Math.max(box.y - py, 0, py - (box.y + box.height));
  return Math.hypot(dx, dy);
}

const PRINTED_MEANS = [3.3, 3.8, 3.8, 3.7, 3.2, 3.0, 3.2, 3.3, 3.3];
const GOAL_6 = 'Paloriskikohteiden moniviranomaisyhteistyön kehittämiseen on panostettu.';

const OPTIONS: RescueRadarOptions = {
  title: 'Pelastustoimen yhteistyötavoitteiden toteutuminen',
  hideTitle: false,
  illustrative: false,
  maxLabelLines: 4,
  showValues: true,
  legend: false,
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

/** Every box a chart draws text in, with a name for failure messages. */
function textBoxes(l: RescueRadarLayout) {
  return [
    ...l.axes.map((a) => ({ name: `axis ${a.index}`, box: a.box })),
    ...l.points.flatMap((p) => (p.valueBox ? [{ name: `value ${p.index}`, box: p.valueBox }] : [])),
    ...l.rings.map((r) => ({ name: `ring ${r.value}`, box: r.box })),
  ];
}

function expectCleanLayout(l: RescueRadarLayout) {
  expect(l.labelsFit).toBe(true);
  const { width, height, radius, centre } = l;
  for (const { name, box } of textBoxes(l)) {
    expect(box.x, `${name} left`).toBeGreaterThanOrEqual(0);
    expect(box.y, `${name} top`).toBeGreaterThanOrEqual(l.bounds.top - 0.01);
    expect(box.x + box.width, `${name} right`).toBeLessThanOrEqual(width);
    expect(box.y + box.height, `${name} bottom`).toBeLessThanOrEqual(height);
  }
  // No two axis labels overlap (all pairs); none reaches into the plot circle, nor over a point at 5.
  for (const a of l.axes) {
    expect(distanceToBox(centre.x, centre.y, a.box)).toBeGreaterThan(radius + l.markerRadius);
    for (const b of l.axes) {
      if (a.index < b.index)
        expect(boxesOverlap(a.box, b.box), `${a.index}/${b.index}`).toBe(false);
    }
  }
  // Printed values cover no axis label, ring label or other value.
  const values = l.points.flatMap((p) => (p.valueBox ? [p.valueBox] : []));
  for (const [i, v] of values.entries()) {
    for (const a of l.axes) expect(boxesOverlap(v, a.box)).toBe(false);
    for (const r of l.rings) expect(boxesOverlap(v, r.box)).toBe(false);
    for (const w of values.slice(i + 1)) expect(boxesOverlap(v, w)).toBe(false);
  }
  // The plot stays inside the chart, under the header.
  expect(centre.y - radius).toBeGreaterThanOrEqual(l.bounds.top);
  expect(centre.y + radius).toBeLessThanOrEqual(height);
}

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
    expect(l.scale.domain()).toEqual([1, 5]);
    expect(l.scale(1)).toBe(0);
    expect(l.scale(5)).toBeCloseTo(l.radius);
    expect(l.scale(3)).toBeCloseTo(l.radius / 2);
  });

  it('has five rings; 3 is the neutral reference, 1 the centre, 5 the outer ring', () => {
    expect(l.rings.map((r) => [r.value, r.kind])).toEqual([
      [1, 'centre'],
      [2, 'inner'],
      [3, 'neutral'],
      [4, 'inner'],
      [5, 'outer'],
    ]);
    expect(l.rings[0]?.path).toBe('');
    expect(l.rings[2]?.path.match(/L/g)).toHaveLength(8);
    expect(l.rings[2]?.path.endsWith('Z')).toBe(true);
  });

  it('labels the rings with the numbers and puts the level names into a key when they do not fit', () => {
    expect(l.ringLevels).toBe(false);
    expect(l.rings.map((r) => r.text)).toEqual(['1', '2', '3', '4', '5']);
    const notes = l.header.notes.map((n) => n.lines.join(' '));
    expect(notes).toContain(
      'Asteikko: 1 = Ei lainkaan, 2 = Heikosti, 3 = Kohtalaisesti, 4 = Hyvin, 5 = Erinomaisesti',
    );
    expect(notes[0]).toBe('n = 6/10 kuntaa');
  });

  it('names the rings where there is room (sparse data in a large chart)', () => {
    const sparse: RescueRadarData = {
      axes: fiData.axes.slice(0, 4),
      series: [{ id: 's', label: 'S', values: { 'rescue.1': 4.6, 'rescue.2': 4.4 } }],
    };
    const named = layout({ data: sparse, width: 1200, height: 900 });
    expect(named.ringLevels).toBe(true);
    expect(named.rings.map((r) => r.text)).toEqual([
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
      const r = Math.hypot(p.x - l.centre.x, p.y - l.centre.y);
      expect(r).toBeCloseTo(l.scale(p.value ?? 0), 6);
    }
    expect(points[0]?.x).toBeCloseTo(l.centre.x);
    expect(points[0]?.y).toBeLessThan(l.centre.y);
    expect(points[2]?.x).toBeGreaterThan(l.centre.x);
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
      expect(l.radius).toBeGreaterThan(Math.min(width, height) * 0.15);
    });
  }

  it('cuts labels past maxLabelLines with an ellipsis (full text stays on the axis)', () => {
    const l = layout({ width: 400, height: 400 });
    expect(l.truncatedCount).toBeGreaterThan(0);
    expect(l.axes).toHaveLength(PRINTED_MEANS.length);
    for (const a of l.axes) {
      expect(a.lines.length).toBeLessThanOrEqual(4);
      if (a.truncated) expect(a.lines.at(-1)?.endsWith('…')).toBe(true);
      expect(a.axis.label).toBe(fiData.axes[a.index]?.label);
    }
    const oneLine = layout({ width: 1920, height: 1080, theme: slideTheme }, { maxLabelLines: 1 });
    expect(oneLine.axes).toHaveLength(PRINTED_MEANS.length);
    expect(oneLine.axes.every((a) => a.lines.length === 1)).toBe(true);
  });

  it('fits 300-character labels and a high-contrast theme', () => {
    for (const [w, h] of [
      [400, 400],
      [800, 600],
    ]) {
      const l = layout({ data: illustrative, width: w, height: h, theme: highContrastTheme });
      expectCleanLayout(l);
      expect(l.axes[2]?.truncated).toBe(true);
    }
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
    expect(missing?.hitBox).toEqual(l.axes[3]?.box);
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
      expect(Math.hypot(p.x - l.centre.x, p.y - l.centre.y)).toBeCloseTo(l.radius);
    }
    expect(l.points[4]?.value).toBe(1);
    expect(l.points[4]?.x).toBeCloseTo(l.centre.x);
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
