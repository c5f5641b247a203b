// RescueRadar's previous survey round (issue 13 "Several rounds"): validation, the layout's thin outline
// and legend entry, and the key finding. The earlier round is INVENTED (tests/support/radarPrevious.ts).
import { describe, expect, it } from 'vitest';
import {
  computeRescueRadarLayout,
  defaultTheme,
  radarKeyFinding,
  validateRescueRadarData,
} from '@yhdyspinta/charts';
import type { RescueRadarData } from '@yhdyspinta/charts';
import { radarWithPrevious, withoutPrevious } from './support/radarPrevious';

const options = {
  title: 'T',
  hideTitle: false,
  illustrative: true,
  maxLabelLines: 6,
  showValues: true,
  legend: false,
  arrangement: 'auto',
} as const;

const layout = (data: RescueRadarData, width = 800) =>
  computeRescueRadarLayout({
    data,
    width,
    height: undefined,
    locale: 'fi',
    theme: defaultTheme,
    options,
  });

describe('RescueRadar previous round: validation', () => {
  it('accepts previous values on 1–5 or null and a previousLabel', () => {
    expect(validateRescueRadarData(radarWithPrevious('fi', 'Kierros 2021')).ok).toBe(true);
  });

  it.each([
    [{ 'rescue.1': 0.9 }, 'series[0].previous["rescue.1"] is 0.9, not a value on 1–5 or null'],
    [{ 'rescue.1': 5.01 }, 'series[0].previous["rescue.1"] is 5.01, not a value on 1–5 or null'],
    [
      { 'rescue.1': Number.NaN },
      'series[0].previous["rescue.1"] is NaN, not a value on 1–5 or null',
    ],
    [{ nope: 3 }, 'series[0].previous has the unknown axis id "nope"'],
    [[3], 'series[0].previous is not an object'],
  ])('rejects previous %j', (previous, problem) => {
    const data = radarWithPrevious();
    const bad = { ...data, series: [{ ...data.series[0]!, previous }] };
    const result = validateRescueRadarData(bad);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems).toContain(problem);
  });

  it('rejects an empty previousLabel', () => {
    const result = validateRescueRadarData({ ...radarWithPrevious(), previousLabel: ' ' });
    expect(result.ok ? [] : result.problems).toEqual([
      'data.previousLabel is not a non-empty string',
    ]);
  });
});

describe('RescueRadar previous round: layout', () => {
  it('draws an open outline through the previous values (gap at the goal without one)', () => {
    const l = layout(radarWithPrevious());
    const [series] = l.series;
    expect(series?.previousPath).toMatch(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){7}$/);
    // Eight earlier values on nine axes: one run of eight points, not closed.
    expect(series?.previousPath).not.toContain('Z');
    // Its first point is the previous 3,0 of the first goal on the up spoke: r = (3 − 1)/4 of the radius.
    const panel = l.panels[0]!;
    const up = `M${Math.round(panel.centre.x * 100) / 100},${Math.round((panel.centre.y - panel.radius / 2) * 100) / 100}`;
    expect(series?.previousPath).toContain(up);
  });

  it('is closed when every goal has a previous value, and empty without a previous round', () => {
    const data = radarWithPrevious();
    const full = {
      ...data,
      series: data.series.map((s) => ({ ...s, previous: { ...s.previous, 'rescue.9': 3.1 } })),
    };
    expect(layout(full).series[0]?.previousPath).toMatch(/Z$/);
    const none = withoutPrevious(data);
    expect(layout(none).series[0]?.previousPath).toBe('');
    expect(layout(none).legend).toBeNull();
  });

  it("shows the legend with the round's name last, even for one series", () => {
    const l = layout(radarWithPrevious('fi', 'Kierros 2021 (kuvitteellinen)'));
    expect(l.legend?.entries.map((e) => e.lines.join(' '))).toEqual([
      'Kuntien vastausten keskiarvo',
      'Kierros 2021 (kuvitteellinen)',
    ]);
    expect(layout(radarWithPrevious()).legend?.entries[1]?.lines.join(' ')).toBe(
      'edellinen kierros',
    );
  });

  it('names the outline in a header note when drawn as small multiples (no legend)', () => {
    const data = radarWithPrevious();
    const six = {
      ...data,
      series: Array.from({ length: 6 }, (_, i) => ({
        ...data.series[0]!,
        id: `s${i}`,
        label: `Sarja ${i + 1}`,
      })),
    };
    const l = layout(six, 1280);
    expect(l.arrangement).toBe('multiples');
    expect(l.header.notes.flatMap((n) => n.lines).join(' ')).toContain(
      'Ohut katkoviiva: edellinen kierros',
    );
    expect(l.series.every((s) => s.previousPath !== '')).toBe(true);
  });
});

describe('RescueRadar previous round: key finding', () => {
  it.each([
    [
      'fi',
      'Muutos edellisestä kierroksesta (Kierros 2021): nousi 4, laski 3, ennallaan 1 tavoitteella.',
    ],
    [
      'sv',
      'Förändring från föregående omgång (Kierros 2021): steg för 4, sjönk för 3, oförändrat för 1 mål.',
    ],
    [
      'en',
      'Change from the previous round (Kierros 2021): rose for 4, fell for 3, unchanged for 1 goal.',
    ],
  ] as const)('counts what rose, fell and stayed (%s)', (locale, sentence) => {
    const finding = radarKeyFinding(radarWithPrevious(locale, 'Kierros 2021'), locale);
    expect(finding.endsWith(sentence)).toBe(true);
  });

  it('says nothing of a previous round when there is none', () => {
    const data = radarWithPrevious();
    const none = withoutPrevious(data);
    expect(radarKeyFinding(none, 'fi')).not.toContain('edellisestä');
  });
});
