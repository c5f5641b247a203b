// GoalBarChart's data through the public entry: the survey adapter, validation and the key finding.
// Values hard-coded as printed in 003_ae88570eab8abfd8.txt (the 2024 municipal survey): the summary page's
// goal means and the title page's "6/10 alueen kuntaa vastasi".
import { describe, expect, it } from 'vitest';
import { survey2024 } from '@yhdyspinta/data';
import { goalBarFromSurvey, goalBarKeyFinding, validateGoalBarData } from '@yhdyspinta/charts';
import { PRINTED_GOAL_MEANS, fiData, illustrative } from './support/goalBarLayout';

describe('goalBarFromSurvey', () => {
  it('takes the goals in source order with their published means and the base 6/10', () => {
    const values = fiData.groups.flatMap((g) => g.items.map((i) => i.value));
    expect(values).toEqual(PRINTED_GOAL_MEANS);
    expect(fiData.groups).toHaveLength(10);
    expect(fiData.base).toEqual({ answered: 6, total: 10 });
    const older = fiData.groups.find((g) => g.id === 'older-people');
    expect(older?.items[0]?.label).toBe('Ikääntyneiden palvelut');
    expect(fiData.groups.at(-1)?.items[0]?.children).toHaveLength(9);
  });

  it('uses the locale of the texts', () => {
    const sv = goalBarFromSurvey(survey2024, 'sv');
    expect(sv.groups[0]?.label).toBe('Välfärdsområdesstrategin');
    expect(sv.groups.flatMap((g) => g.items.map((i) => i.value))).toEqual(PRINTED_GOAL_MEANS);
  });
});

describe('validateGoalBarData', () => {
  it('accepts the survey data and null (no data) values', () => {
    expect(validateGoalBarData(fiData).ok).toBe(true);
    expect(validateGoalBarData(illustrative).ok).toBe(true);
  });

  it('calls data without items empty', () => {
    expect(validateGoalBarData({ groups: [] })).toEqual({ ok: false, kind: 'empty', problems: [] });
    expect(validateGoalBarData({ groups: [{ id: 'a', label: 'A', items: [] }] }).ok).toBe(false);
  });

  it('rejects values off the 1–5 scale, NaN, duplicate ids, missing labels and a bad base', () => {
    const bad = (value: unknown) =>
      validateGoalBarData({
        groups: [{ id: 'g', label: '', items: [{ id: 'x', label: 'X', value }] }],
      });
    for (const value of [0, 5.1, Number.NaN, Number.POSITIVE_INFINITY, '2,7', undefined]) {
      expect(bad(value)).toMatchObject({ ok: false, kind: 'invalid' });
    }
    const dup = validateGoalBarData({
      groups: [
        {
          id: 'g',
          label: '',
          items: [
            { id: 'x', label: 'X', value: 2, children: [{ id: 'x', label: 'Y', value: 3 }] },
            { id: 'z', label: ' ', value: 2 },
          ],
        },
      ],
      base: { answered: 11, total: 10 },
    });
    expect(dup.ok).toBe(false);
    if (!dup.ok) expect(dup.problems).toHaveLength(3);
    expect(validateGoalBarData(null).ok).toBe(false);
    expect(validateGoalBarData({ groups: 'x' }).ok).toBe(false);
  });
});

describe('words: the key finding', () => {
  it('states the key finding: highest, lowest (ties), count and base', () => {
    expect(goalBarKeyFinding(fiData, 'fi')).toBe(
      '11 tavoitetta asteikolla 1–5 (n = 6/10 kuntaa). Korkein keskiarvo 3,4: ' +
        'Pelastustoimen palvelutasopäätös. Matalin keskiarvo 2,1: ' +
        '”Lasten, nuorten ja perheiden palvelut” ja ”Vammaispalvelut”.',
    );
    expect(goalBarKeyFinding(goalBarFromSurvey(survey2024, 'en'), 'en')).toContain(
      'Highest mean 3.4',
    );
  });
});
