// The INVENTED stress fixtures (tests/fixtures/stress) are valid data for their charts, in fi and sv, and
// have the shape issue 12 asks for (sizes, long texts, outliers, missing values).
import { describe, expect, it } from 'vitest';
import { chartDefinition } from '@yhdyspinta/charts/static';
import type { GoalBarData, HeatmapData, RescueRadarData } from '@yhdyspinta/charts';
import { STRESS_FIXTURES, STRESS_MUNICIPALITIES } from '../fixtures/stress';
import type { StressFixture } from '../fixtures/stress';

function fixture(name: string, locale: 'fi' | 'sv'): StressFixture {
  const found = STRESS_FIXTURES.find((f) => f.name === name && f.locale === locale);
  if (!found) throw new Error(`no fixture ${name} ${locale}`);
  return found;
}

describe('stress fixtures (invented data)', () => {
  it.each(STRESS_FIXTURES.map((f) => [`${f.chart} ${f.name} ${f.locale}`, f] as const))(
    '%s passes its chart’s validator',
    (_label, f) => {
      const validation = chartDefinition(f.chart).validate(f.data);
      expect(validation.ok ? [] : [validation.kind, ...validation.problems]).toEqual([]);
    },
  );

  it('has unique names per chart and locale, and both languages of each', () => {
    const keys = STRESS_FIXTURES.map((f) => `${f.chart}/${f.name}/${f.locale}`);
    expect(new Set(keys).size).toBe(keys.length);
    const fi = STRESS_FIXTURES.filter((f) => f.locale === 'fi').map((f) => f.name);
    const sv = STRESS_FIXTURES.filter((f) => f.locale === 'sv').map((f) => f.name);
    expect(sv).toEqual(fi);
  });

  it.each(['fi', 'sv'] as const)(
    'goals-40 (%s): 40 goals of 200–300 characters in 7 sections',
    (l) => {
      const data = fixture('goals-40', l).data as GoalBarData;
      const goals = data.groups.flatMap((g) => g.items);
      expect(data.groups).toHaveLength(7);
      expect(goals).toHaveLength(40);
      for (const goal of goals) {
        expect(goal.label.length, goal.label).toBeGreaterThanOrEqual(200);
        expect(goal.label.length, goal.label).toBeLessThanOrEqual(300);
      }
      const values = goals.map((g) => g.value);
      expect(values).toContain(1);
      expect(values).toContain(5);
      expect(values).toContain(null);
      expect(goals.filter((g) => (g.children?.length ?? 0) > 0).length).toBeGreaterThan(0);
      // Several goals share their first five words.
      const openings = goals.map((g) => g.label.split(' ').slice(0, 5).join(' '));
      expect(
        Math.max(...openings.map((o) => openings.filter((x) => x === o).length)),
      ).toBeGreaterThan(5);
    },
  );

  it('heatmap-26x14 has one outlier, missing cells and entirely missing rows', () => {
    const data = fixture('heatmap-26x14', 'sv').data as HeatmapData;
    expect([data.rows.length, data.columns.length]).toEqual([26, 14]);
    const flat = data.values.flat();
    expect(flat.filter((v) => v !== null && v > 6)).toEqual([48]);
    expect(flat.filter((v) => v === null).length).toBeGreaterThan(4 * 14);
    expect(data.values.filter((row) => row.every((v) => v === null)).length).toBe(4);
  });

  it('radar-6 has six series, one with every value missing and one with a missing value', () => {
    const data = fixture('radar-6', 'fi').data as RescueRadarData;
    expect(data.axes).toHaveLength(9);
    expect(data.series).toHaveLength(6);
    const missing = data.series.map(
      (s) => Object.values(s.values).filter((v) => v === null).length,
    );
    expect(missing).toEqual([0, 0, 0, 9, 1, 0]);
  });

  it('the area has 25 municipalities, some with names over 80 characters, one without population', () => {
    expect(STRESS_MUNICIPALITIES).toHaveLength(25);
    expect(STRESS_MUNICIPALITIES.filter((m) => m.fi.length > 80 && m.sv.length > 80).length).toBe(
      4,
    );
    expect(STRESS_MUNICIPALITIES.filter((m) => m.population === undefined)).toHaveLength(1);
  });
});
