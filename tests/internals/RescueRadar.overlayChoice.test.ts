// RescueRadar's overlaid arrangement (RescueRadar/overlay.ts): which rings it draws (named "3 Kohtalaisesti"
// or numbered "3" with a scale key) and the axis labels' preferred width. The rule: named rings when
// there is a line of room between two rings, their labels are all placed clear of the axis labels and
// they cost no printed value; the numbered rings when they print more values. The series and values
// below are illustrative (made up); twoSeries is tests/support/rescueRadarData.ts.
import { describe, expect, it } from 'vitest';
import { computeRescueRadarLayout, defaultTheme } from '@yhdyspinta/charts';
import type { RescueRadarData, RescueRadarLayout } from '@yhdyspinta/charts';
import { seriesMarkerRadius } from '../../packages/charts/src/common/seriesStyle';
import { createLabelWrapper } from '../../packages/charts/src/RescueRadar/labelWrap';
import { fitPanel } from '../../packages/charts/src/RescueRadar/plot';
import { radarLayout } from './support/radarLayout';
import { twoSeries } from '../support/rescueRadarData';
import { OPTIONS } from '../support/rescueRadarRules';

/** Illustrative data: `rows[s][a]` is series s's value on axis a. */
function radarData(labels: readonly string[], rows: readonly (number | null)[][]): RescueRadarData {
  const axes = labels.map((label, i) => ({ id: `g${i + 1}`, label }));
  return {
    axes,
    series: rows.map((row, s) => ({
      id: `s${s}`,
      label: `Sarja ${s + 1}`,
      values: Object.fromEntries(axes.map((a, i) => [a.id, row[i] ?? null])),
    })),
  };
}

const ringTexts = (l: RescueRadarLayout) => l.panels[0]!.rings.map((r) => r.text);
const printed = (l: RescueRadarLayout) => l.points.filter((p) => p.valueBox !== null).length;
const present = (l: RescueRadarLayout) => l.points.filter((p) => p.value !== null).length;
const NUMBERS = ['1', '2', '3', '4', '5'];
// One line of tick text (12 px × 1.35): the least room between two rings for the level names.
const TICK_LINE = defaultTheme.fontSize.tick * defaultTheme.lineHeight;

describe('overlay rings', () => {
  it('numbers the rings in a plot without a line of room between two rings', () => {
    const l = radarLayout(twoSeries, 360);
    const { radius } = l.panels[0]!;
    expect(radius / 4).toBeLessThan(TICK_LINE);
    expect(l.panels[0]!.ringLevels).toBe(false);
    expect(ringTexts(l)).toEqual(NUMBERS);
    expect(printed(l)).toBe(3);
  });

  it('numbers the rings when a level name finds no place, though the rings are far enough apart', () => {
    const l = radarLayout(twoSeries, 480);
    expect(l.panels[0]!.radius / 4).toBeGreaterThan(TICK_LINE);
    expect(l.panels[0]!.ringLevels).toBe(false);
    expect(ringTexts(l)).toEqual(NUMBERS);
  });

  it('numbers the rings when the named ones would collide, though they cost no value', () => {
    // At 1000 px the named rings print all five values but reach an axis label; at 960 and 1040 not.
    const l = radarLayout(twoSeries, 1000);
    expect(l.panels[0]!.ringLevels).toBe(false);
    expect(ringTexts(l)).toEqual(NUMBERS);
    expect(printed(l)).toBe(5);
    for (const width of [960, 1040]) {
      const named = radarLayout(twoSeries, width);
      expect(named.panels[0]!.ringLevels).toBe(true);
      expect(ringTexts(named)[2]).toBe('3 Kohtalaisesti');
      expect(printed(named)).toBe(5);
    }
  });

  it('numbers the rings when that prints a value the named rings leave out', () => {
    const data = radarData(
      ['Ensimmäinen tavoite', 'Toinen tavoite', 'Kolmas tavoite'],
      [[2.5, 1.5, 2]],
    );
    const l = radarLayout(data, 800);
    expect(present(l)).toBe(3);
    expect(l.panels[0]!.ringLevels).toBe(false);
    expect(ringTexts(l)).toEqual(NUMBERS);
    expect(printed(l)).toBe(3);
    expect(l.points.map((p) => p.valueText)).toEqual(['2,5', '1,5', '2,0']);
  });

  it('keeps the named rings when the numbered ones print no more values', () => {
    // One value (the third series' 2 on the fifth axis) is printed with neither kind of rings.
    const data = radarData(
      [
        'Lyhyt 0',
        'Pitkä tavoite joka jatkuu vielä 1',
        'Keskipitkä tavoite 2',
        'Lyhyt 3',
        'Keskipitkä tavoite 4',
      ],
      [
        [5, null, 2, 2.5, 5],
        [5, 3, 2, 4.5, 3.5],
        [5, null, null, 3, 2],
      ],
    );
    const l = radarLayout(data, 1000);
    expect(present(l)).toBe(12);
    expect(printed(l)).toBe(11);
    expect(l.panels[0]!.ringLevels).toBe(true);
    expect(ringTexts(l)[2]).toBe('3 Kohtalaisesti');
  });

  it('keeps the named rings when no values are printed', () => {
    const data = radarData(
      ['Ensimmäinen tavoite', 'Toinen tavoite', 'Kolmas tavoite'],
      [[2.5, 1.5, 2]],
    );
    const l = computeRescueRadarLayout({
      data,
      width: 800,
      locale: 'fi',
      theme: defaultTheme,
      options: { ...OPTIONS, arrangement: 'overlay', showValues: false },
    });
    expect(l.panels[0]!.ringLevels).toBe(true);
    expect(printed(l)).toBe(0);
  });
});

describe('overlay axis label width', () => {
  // The preferred label width is 28 % of the plot's width, at least 6 em and at most 16 em (13 px font).
  it.each([
    [280, 78],
    [600, (600 - 24) * 0.28],
    [1000, 208],
  ])('at %i px the labels are fitted from a preferred width of %f px', (width, labelWidth) => {
    const l = radarLayout(twoSeries, width);
    const labels = twoSeries.axes.map((a) => a.label);
    const notes = [null, null, 'ei tietoa: Lohja'];
    const wrap = createLabelWrapper(labels, 13, 13 * 1.35, notes, 'fi');
    const expected = fitPanel(
      {
        chart: {
          data: twoSeries,
          width,
          locale: 'fi',
          theme: defaultTheme,
          options: { ...OPTIONS, arrangement: 'overlay' },
        },
        labels,
        wrap,
        bounds: l.bounds,
        maxLabelLines: 6,
        labelWidth,
      },
      seriesMarkerRadius(defaultTheme),
    );
    const axes = l.panels[0]!.axes;
    expect(axes.map((a) => a.lines)).toEqual(expected.axes.map((a) => a.lines));
    expect(axes.map((a) => a.box)).toEqual(expected.axes.map((a) => a.box));
    expect(l.panels[0]!.radius).toBe(expected.radius);
  });
});
