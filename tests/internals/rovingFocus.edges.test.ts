// a11y/rovingFocus.ts at the edges of its shapes: one item, a page of one, the first cell of a grid's
// second row (aimed at the survivors of the mutation run).
import { describe, expect, it } from 'vitest';
import { nextRovingIndex, PAGE_STEP } from '../../packages/charts/src/a11y/rovingFocus';

const key = (k: string) => ({ key: k });

describe('nextRovingIndex at the edges', () => {
  it('moves within a list of one item (it stays on it) and nowhere in an empty one', () => {
    expect(nextRovingIndex(key('ArrowDown'), 0, { count: 1 })).toBe(0);
    expect(nextRovingIndex(key('End'), 0, { count: 1 })).toBe(0);
    expect(nextRovingIndex(key('ArrowDown'), 0, { count: 0 })).toBeNull();
  });

  it('takes a page of one item as given, and the default page when none or an invalid one is', () => {
    expect(nextRovingIndex(key('PageDown'), 0, { count: 50, page: 1 })).toBe(1);
    expect(nextRovingIndex(key('PageDown'), 0, { count: 50 })).toBe(PAGE_STEP);
    expect(nextRovingIndex(key('PageDown'), 0, { count: 50, page: 0 })).toBe(PAGE_STEP);
    expect(nextRovingIndex(key('PageUp'), 20, { count: 50, page: 2.7 })).toBe(18);
  });

  it('goes up from the first cell of the second row to the first cell', () => {
    expect(nextRovingIndex(key('ArrowUp'), 3, { count: 9, columns: 3 })).toBe(0);
    expect(nextRovingIndex(key('ArrowUp'), 2, { count: 9, columns: 3 })).toBe(2);
  });
});
