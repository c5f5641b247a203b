// RescueRadar's previous round in its words (describe.ts, internal): the signed change in the tooltip,
// the point's accessible name and the hidden table's columns. The earlier round is INVENTED
// (tests/support/radarPrevious.ts).
import { describe, expect, it } from 'vitest';
import {
  radarChange,
  radarPointName,
  radarTable,
  radarTooltip,
} from '../../packages/charts/src/RescueRadar/describe';
import { radarWithPrevious } from '../support/radarPrevious';

describe('RescueRadar previous round: change', () => {
  it('rounds to tenths as printed, null without either value', () => {
    const data = radarWithPrevious();
    const series = data.series[0]!;
    expect(data.axes.map((a) => radarChange(series, a))).toEqual([
      0.3,
      -0.2,
      0,
      0.5,
      -0.1,
      0.1,
      -0.4,
      0.2,
      null,
    ]);
    // 3,35 − 3,3 in floating point is 0,04999…: printed 0,1 (one decimal, as the values).
    const a = data.axes[0]!;
    expect(radarChange({ ...series, values: { [a.id]: 3.35 }, previous: { [a.id]: 3.3 } }, a)).toBe(
      0.1,
    );
  });
});

describe('RescueRadar previous round: tooltip', () => {
  it.each([
    ['fi', 0, 'Edellinen kierros', '3,0', 'Muutos', '+0,3'],
    ['fi', 1, 'Edellinen kierros', '4,0', 'Muutos', '\u22120,2'],
    ['sv', 2, 'Föregående omgång', '3,8', 'Förändring', '0,0'],
    ['en', 6, 'Previous round', '3.6', 'Change', '\u22120.4'],
  ] as const)(
    '%s, goal %i: the previous value and the signed change',
    (locale, axis, round, prev, field, change) => {
      const { rows } = radarTooltip(radarWithPrevious(locale), 0, axis, locale);
      expect(rows).toContainEqual({ label: round, value: prev });
      expect(rows).toContainEqual({ label: field, value: change });
    },
  );

  it('says no data for a goal without a previous value, and no change row', () => {
    const { rows } = radarTooltip(radarWithPrevious('fi', 'Kierros 2021'), 0, 8, 'fi');
    expect(rows).toContainEqual({ label: 'Kierros 2021', value: 'ei tietoa' });
    expect(rows.some((r) => r.label === 'Muutos')).toBe(false);
  });
});

describe('RescueRadar previous round: name and table', () => {
  it("adds the round's value and change to the point's accessible name", () => {
    const data = radarWithPrevious();
    expect(radarPointName(data, 0, 0, 'fi')).toBe(
      `${data.axes[0]!.label}: 3,3; edellinen kierros 3,0, muutos +0,3`,
    );
    expect(radarPointName(data, 0, 8, 'fi')).toBe(
      `${data.axes[8]!.label}: 3,3; edellinen kierros ei tietoa`,
    );
  });

  it('gives the series two more columns: the previous values and the changes', () => {
    const table = radarTable(radarWithPrevious('fi', 'Kierros 2021'), 'fi');
    expect(table.columns).toEqual([
      'Tavoite',
      'Kuntien vastausten keskiarvo',
      'Kierros 2021',
      'Muutos',
    ]);
    expect(table.rows[0]?.cells).toEqual(['3,3', '3,0', '+0,3']);
    expect(table.rows[1]?.cells).toEqual(['3,8', '4,0', '\u22120,2']);
    expect(table.rows[8]?.cells).toEqual(['3,3', 'ei tietoa', 'ei tietoa']);
  });

  it('names the columns by series when there are several', () => {
    const data = radarWithPrevious('en');
    const two = {
      ...data,
      series: [data.series[0]!, { ...data.series[0]!, id: 'b', label: 'B', previous: undefined }],
    };
    expect(radarTable(two, 'en').columns).toEqual([
      'Goal',
      data.series[0]!.label,
      `${data.series[0]!.label}: Previous round`,
      `${data.series[0]!.label}: Change`,
      'B',
    ]);
  });
});
