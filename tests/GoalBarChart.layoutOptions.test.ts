// GoalBarChart's layout through the public entry at slide size (slideTheme, 1080 px high), with sorting
// and sub-goals, and with odd maxLabelLines. Means as printed in 003_ae88570eab8abfd8.txt (the 2024
// municipal survey).
import { describe, expect, it } from 'vitest';
import { survey2024 } from '@yhdyspinta/data';
import {
  computeGoalBarLayout,
  getMessages,
  goalBarFromSurvey,
  slideTheme,
} from '@yhdyspinta/charts';
import type { GoalBarLayout } from '@yhdyspinta/charts';
import {
  OPTIONS,
  PRINTED_GOAL_MEANS,
  expectNoOverlap,
  illustrative,
  layout,
} from './support/goalBarLayout';

describe('computeGoalBarLayout: slides (slideTheme, 1080 px high)', () => {
  const slide = (locale: 'fi' | 'sv' | 'en', width: number) =>
    computeGoalBarLayout({
      data: goalBarFromSurvey(survey2024, locale),
      width,
      height: 1080,
      locale,
      theme: slideTheme,
      options: { ...OPTIONS, title: getMessages(locale).goalBar.title },
    });

  it.each([
    ['fi', 1920],
    ['sv', 1920],
    ['fi', 1440],
    ['sv', 1440],
  ] as const)(
    '%s at %i × 1080: every goal text has at least 2 lines or is complete',
    (locale, width) => {
      const l = slide(locale, width);
      expect(l.rows).toHaveLength(11);
      for (const row of l.rows) {
        expect(row.labelLines.length >= 2 || !row.labelTruncated).toBe(true);
      }
      expect(l.naturalHeight).toBeLessThanOrEqual(1080);
      expect(l.overflow).toBe(false);
      expect(l.font.label).toBe(slideTheme.fontSize.label);
      expect(l.font.value).toBe(slideTheme.fontSize.value);
      expectNoOverlap(l);
    },
  );

  it.each([1920, 1440])('en at %i × 1080 fits without scaling', (width) => {
    const l = slide('en', width);
    expect(l.naturalHeight).toBeLessThanOrEqual(1080);
    expect(l.overflow).toBe(false);
    expect(l.height).toBe(1080);
    expect(l.font.label).toBe(slideTheme.fontSize.label);
    expectNoOverlap(l);
  });

  it('keeps the semantics: bars from 1, the neutral 3 line, every value printed', () => {
    const l = slide('fi', 1920);
    expect(l.rows.every((r) => r.bar?.x === l.plot.x0)).toBe(true);
    expect(l.reference.x).toBeCloseTo(l.scale(3), 6);
    expect(l.rows.map((r) => r.valueText)).toEqual(
      PRINTED_GOAL_MEANS.map((v) => v.toFixed(1).replace('.', ',')),
    );
    expect(l.header.notes[0]?.lines).toEqual(['n = 6/10 kuntaa']);
  });
});

describe('sorting and sub-goals', () => {
  const values = (l: ReturnType<typeof layout>) => l.rows.map((r) => r.item.value);

  it('keeps source order by default', () => {
    expect(values(layout())).toEqual(PRINTED_GOAL_MEANS);
  });

  it('sorts within sections when grouped (sections keep their order)', () => {
    const l = layout({}, { sort: 'score-desc' });
    expect(values(l).slice(0, 2)).toEqual([2.7, 2.2]);
    expect(l.groups[0]!.y).toBeLessThan(l.rows[0]!.rowBox.y);
  });

  it('ranks all goals without headers when not grouped; ties keep source order', () => {
    const desc = layout({}, { sort: 'score-desc', grouped: false });
    expect(desc.groups).toHaveLength(0);
    expect(values(desc)).toEqual([...PRINTED_GOAL_MEANS].sort((a, b) => b - a));
    const ties = desc.rows.filter((r) => r.item.value === 2.7).map((r) => r.groupLabel);
    expect(ties).toEqual([
      'Hyvinvointialuestrategia',
      'Palvelustrategia 1/4',
      'Ikääntyneiden palvelut',
    ]);
    expect(values(layout({}, { sort: 'score-asc', grouped: false }))).toEqual(
      [...PRINTED_GOAL_MEANS].sort((a, b) => a - b),
    );
  });

  it('shows sub-goals under their goal, indented, in their own order', () => {
    const l = layout({}, { showSubGoals: true });
    expect(l.rows).toHaveLength(11 + 4 + 1 + 1 + 1 + 2 + 1 + 3 + 2 + 9);
    const first = l.rows.findIndex((r) => r.level === 1);
    expect(l.rows[first - 1]?.item.value).toBe(2.7); // "Kuntien ja muiden keskeisten toimijoiden…"
    expect(l.rows.slice(first, first + 4).map((r) => r.item.value)).toEqual([2.3, 2.8, 2.5, 3.2]);
    expect(l.rows[first]!.labelX).toBeGreaterThan(l.rows[0]!.labelX);
    expect(l.rows[first]!.parent?.id).toBe(l.rows[first - 1]!.item.id);
  });
});

describe('computeGoalBarLayout: odd maxLabelLines (found by the property tests)', () => {
  const lines = (l: GoalBarLayout) => l.rows.map((r) => r.labelLines);

  it('treats NaN, 0 and negatives as the default 3', () => {
    const byDefault = layout({ data: illustrative });
    for (const odd of [Number.NaN, 0, -1, Number.NEGATIVE_INFINITY]) {
      const l = layout({ data: illustrative }, { maxLabelLines: odd });
      expect(l.maxLabelLines, String(odd)).toBe(3);
      expect(lines(l), String(odd)).toEqual(lines(byDefault));
    }
  });

  it('finishes on 1e6 and Infinity with a fixed height (it tried every limit down to 1 and hung)', () => {
    const natural = layout({ data: illustrative }, { maxLabelLines: 20 });
    for (const huge of [1e6, Number.POSITIVE_INFINITY]) {
      for (const height of [natural.height - 40, 200, 1]) {
        const start = performance.now();
        const l = layout({ data: illustrative, height }, { maxLabelLines: huge });
        expect(performance.now() - start).toBeLessThan(1000);
        const capped = layout({ data: illustrative, height }, { maxLabelLines: 20 });
        expect(l.maxLabelLines).toBe(capped.maxLabelLines);
        expect(lines(l)).toEqual(lines(capped));
        expect(l.overflow).toBe(capped.overflow);
      }
    }
  });
});
