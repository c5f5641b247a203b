// The layout checker on a chart drawn as parts (renderToSvgParts): counts summed over the parts, and an
// item unlabelled only when no part labels it (each part draws a subset of the items).
import { describe, expect, it } from 'vitest';
import { CHECKS, mergeParts } from './support/checks';
import type { CaseResult, CheckName } from './support/checks';

function result(
  counts: Partial<Record<CheckName, number>>,
  unlabelledItems: string[],
  smallestPx: number | null,
): CaseResult {
  const all = Object.fromEntries(CHECKS.map((c) => [c, counts[c] ?? 0])) as Record<
    CheckName,
    number
  >;
  all.unlabelled = unlabelledItems.length;
  return {
    counts: all,
    smallestPx,
    labelsUnderMin: counts.underMin ?? 0,
    examples: {},
    unlabelledItems,
  };
}

describe('mergeParts', () => {
  it('sums the counts of the parts and keeps the smallest text', () => {
    const merged = mergeParts([
      result({ overlaps: 1, underMin: 2 }, [], 22),
      result({ overlaps: 3 }, [], 20),
    ]);
    expect(merged.counts.overlaps).toBe(4);
    expect(merged.counts.underMin).toBe(2);
    expect(merged.labelsUnderMin).toBe(2);
    expect(merged.smallestPx).toBe(20);
  });

  it('counts an item as unlabelled only when every part leaves it unlabelled', () => {
    // Part 1 draws rows a and b, part 2 rows c and d: each "misses" the other's rows.
    const merged = mergeParts([
      result({}, ['row c', 'row d', 'row e'], 22),
      result({}, ['row a', 'row b', 'row e'], 22),
    ]);
    expect(merged.unlabelledItems).toEqual(['row e']);
    expect(merged.counts.unlabelled).toBe(1);
  });

  it('refuses no parts', () => {
    expect(() => mergeParts([])).toThrow(/no parts/);
  });
});
