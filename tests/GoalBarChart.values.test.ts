// GoalBarChart's printed values and the lines over the bars, and shortLabel (issue 12; invented data,
// tests/support/goalBarStress.ts). The fit to a size: GoalBarChart.fit.test.ts.
import { describe, expect, it } from 'vitest';
import {
  computeGoalBarLayout,
  defaultTheme,
  measureText,
  slideTheme,
  validateGoalBarData,
} from '@yhdyspinta/charts';
import type { GoalBarData } from '@yhdyspinta/charts';
import { renderToSvgDocument } from '@yhdyspinta/charts/static';
import { OPTIONS } from './support/goalBarLayout';
import { ENDINGS, OPENING, oneGroup } from './support/goalBarStress';

describe('GoalBarChart: printed values and the lines over the bars', () => {
  const near = [1, 2.7, 2.8, 2.9, 3, 3.1, 3.3, 3.4, 4.9, 5];
  const data: GoalBarData = oneGroup(
    '',
    near.map((value, i) => ({ id: `g${i}`, label: `Tavoite ${i + 1}`, value })),
  );

  it.each([
    ['side, default theme', 800, defaultTheme],
    ['stacked, default theme', 400, defaultTheme],
    ['slide', 1920, slideTheme],
  ] as const)(
    'no value crosses the neutral line or the comparison marker (%s)',
    (_, width, theme) => {
      const options = { ...OPTIONS, comparison: { value: 3.3, label: 'Tavoite' } };
      const l = computeGoalBarLayout({ data, width, locale: 'fi', theme, options });
      const half = theme.referenceStrokeWidth / 2;
      const lines = [l.reference.x, l.comparison?.x ?? Number.NaN];
      for (const row of l.rows) {
        const right = row.valueX + measureText(row.valueText, l.font.value, theme.fontWeight.bold);
        for (const x of lines) {
          const crosses = row.valueX < x + half && right > x - half;
          expect(crosses, `${row.valueText} at ${row.valueX}–${right} vs line at ${x}`).toBe(false);
        }
        // Still after its own bar.
        expect(row.valueX).toBeGreaterThan((row.bar?.x ?? 0) + (row.bar?.width ?? 0));
      }
    },
  );

  it('draws the scale minimum 1,0 as a visible bar and 5,0 to the end of the scale', () => {
    const l = computeGoalBarLayout({
      data,
      width: 800,
      locale: 'fi',
      theme: defaultTheme,
      options: OPTIONS,
    });
    expect(l.rows[0]?.bar?.width).toBeGreaterThanOrEqual(defaultTheme.spacing.xs);
    const last = l.rows.at(-1)?.bar;
    expect((last?.x ?? 0) + (last?.width ?? 0)).toBeCloseTo(l.plot.x1, 6);
  });
});

describe('GoalBarChart: shortLabel', () => {
  const long = `${OPENING}${ENDINGS[0]}`;
  const data: GoalBarData = oneGroup('', [
    { id: 'g', label: long, shortLabel: 'Lasten ja nuorten palvelut', value: 3.2 },
  ]);

  it('draws the short wording in the label column; the name and the table keep the full text', () => {
    const l = computeGoalBarLayout({
      data,
      width: 800,
      locale: 'fi',
      theme: defaultTheme,
      options: OPTIONS,
    });
    expect(l.rows[0]?.labelLines).toEqual(['Lasten ja nuorten palvelut']);
    expect(l.rows[0]?.item.label).toBe(long);
    const svg = renderToSvgDocument({ chart: 'goal-bars', data }, { width: 800 }).svg;
    expect(svg).toContain('>Lasten ja nuorten palvelut</text>');
    // The hidden table (and so screen readers and the tooltip's source) has the full text.
    expect(svg).toContain(`<th scope="row">${long}</th>`);
  });

  it('rejects a shortLabel that is not a non-empty text', () => {
    const bad = (shortLabel: unknown) =>
      validateGoalBarData({
        groups: [{ id: 'a', label: '', items: [{ id: 'g', label: 'L', shortLabel, value: 3 }] }],
      });
    expect(bad('  ')).toMatchObject({ ok: false, kind: 'invalid' });
    expect(bad(5)).toMatchObject({
      ok: false,
      problems: ['groups[0].items[0] (g) has a shortLabel that is not a non-empty text'],
    });
    expect(bad('Lyhyt').ok).toBe(true);
  });
});
