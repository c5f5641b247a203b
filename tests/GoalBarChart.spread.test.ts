// GoalBarChart at a fixed height taller than it needs: the spare room is spread between the rows, up to
// a label line each (GoalBarChart/compute.ts, spread). The 2024 survey's goals at 800 px; every layout is
// computed inside its test.
import { describe, expect, it } from 'vitest';
import { defaultTheme } from '@yhdyspinta/charts';
import type { GoalBarLayout } from '@yhdyspinta/charts';
import { layout } from './support/goalBarLayout';

const LABEL_LINE = defaultTheme.fontSize.label * defaultTheme.lineHeight;

/** The distance from one row's top to the next's (the survey's first two goals share a section). */
const step = (l: GoalBarLayout) => (l.rows[1]?.rowBox.y ?? NaN) - (l.rows[0]?.rowBox.y ?? NaN);

describe('GoalBarChart spreads spare height between its rows', () => {
  it('keeps the natural spacing when a pixel or less is spare', () => {
    const natural = layout();
    const l = layout({ height: natural.naturalHeight + 1 });
    expect(l.height).toBe(natural.naturalHeight + 1);
    expect(l.naturalHeight).toBe(natural.naturalHeight);
    expect(step(l)).toBe(step(natural));
    expect(l.fit).toMatchObject({ fits: true, neededHeight: natural.naturalHeight });
  });

  it('shares the spare room out evenly, an equal part to every row', () => {
    const natural = layout();
    const rows = natural.rows.length;
    for (const spare of [2, 5 * rows]) {
      const l = layout({ height: natural.naturalHeight + spare });
      expect(l.height).toBe(natural.naturalHeight + spare);
      expect(step(l) - step(natural)).toBeCloseTo(spare / rows, 9);
      expect(l.naturalHeight).toBeGreaterThan(natural.naturalHeight);
      expect(l.naturalHeight).toBeLessThanOrEqual(natural.naturalHeight + spare);
      expect(l.rows.map((r) => r.labelLines)).toEqual(natural.rows.map((r) => r.labelLines));
    }
  });

  it('adds at most a label line between rows, however much room is spare', () => {
    const natural = layout();
    const l = layout({ height: natural.naturalHeight + 1000 });
    expect(l.height).toBe(natural.naturalHeight + 1000);
    expect(step(l) - step(natural)).toBeCloseTo(LABEL_LINE, 9);
    expect(l.naturalHeight).toBeLessThan(natural.naturalHeight + natural.rows.length * LABEL_LINE);
  });
});
