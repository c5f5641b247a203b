// Properties of GoalBarChart's previous round on any data (ILLUSTRATIVE generated means): each marker is
// at its previous mean on the scale, the printed change is the difference of the two means as printed,
// and every value with its change stays inside the chart and never runs across its marker.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computeGoalBarLayout,
  defaultTheme,
  measureText,
  scoreChange,
  slideTheme,
} from '@yhdyspinta/charts';
import type { GoalBarData } from '@yhdyspinta/charts';
import { OPTIONS } from './support/goalBarLayout';
import { runs } from './properties/support/arbitraries';

/** A mean as published: one decimal on 1–5. */
const mean = fc.integer({ min: 10, max: 50 }).map((tenths) => tenths / 10);
const leaf = fc.record({
  value: fc.option(mean, { nil: null }),
  previous: fc.oneof(mean, fc.constant(null), fc.constant(undefined)),
});
const data = fc.array(leaf, { minLength: 1, maxLength: 12 }).map((leaves): GoalBarData => ({
  previousLabel: 'Kuvitteellinen kierros',
  groups: [
    {
      id: 'g',
      label: 'Kuvitteellinen osio',
      items: leaves.map((l, i) => ({
        id: `i${i}`,
        label: `Kuvitteellinen tavoite ${i + 1}`,
        value: l.value,
        ...(l.previous === undefined ? {} : { previous: l.previous }),
      })),
    },
  ],
}));

describe('GoalBarChart previous round (properties)', () => {
  it('places markers at the previous mean and keeps each value inside the chart, off its marker', () => {
    fc.assert(
      fc.property(data, fc.integer({ min: 280, max: 1600 }), fc.boolean(), (d, width, slide) => {
        const theme = slide ? slideTheme : defaultTheme;
        const l = computeGoalBarLayout({ data: d, width, locale: 'fi', theme, options: OPTIONS });
        expect(l.rows.length).toBe(d.groups[0]!.items.length);
        for (const row of l.rows) {
          const { previous, value } = row.item;
          const mark = row.previous;
          if (typeof previous !== 'number') {
            expect(mark).toBeNull();
            expect(row.changeText).toBe('');
            continue;
          }
          expect(mark?.x).toBeCloseTo(l.scale(previous), 6);
          const change = scoreChange(row.item);
          expect(change).toBe(value === null ? null : Math.round((value - previous) * 10) / 10 + 0);
          const end =
            row.valueX +
            measureText(row.valueText, l.font.value, value === null ? 400 : 700) +
            measureText(row.changeText, l.font.value);
          expect(end).toBeLessThanOrEqual(width - theme.spacing.md + 0.01);
          const clear =
            mark!.x + mark!.halfWidth <= row.valueX + 0.01 || mark!.x - mark!.halfWidth >= end;
          expect(clear).toBe(true);
        }
      }),
      runs(120),
    );
  });
});
