// Values hard-coded as printed in 003_ae88570eab8abfd8.txt (the 2024 municipal survey): the detail page
// "Pelastustoimen palvelutasopäätös" (goals 1–9) and the title page's "6/10 alueen kuntaa vastasi".
// Labels, missing values and several series: RescueRadar.series.test.ts.
import { describe, expect, it } from 'vitest';
import { survey2024 } from '@yhdyspinta/data';
import { rescueRadarFromSurvey, validateRescueRadarData } from '@yhdyspinta/charts';
import { expectCleanLayout, panelOf } from './support/rescueRadarData';
import type { RescueRadarData } from '@yhdyspinta/charts';

import { PRINTED_MEANS, GOAL_6, fiData, layout, illustrative } from './support/rescueRadarCompute';

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
