import { describe, expect, it } from 'vitest';
import {
  isNavigationKey,
  nextRovingIndex,
  PAGE_STEP,
} from '../../packages/charts/src/a11y/rovingFocus';

const key = (k: string, ctrlKey = false) => ({ key: k, ctrlKey });

describe('nextRovingIndex: list', () => {
  const list = { count: 4 };
  it('moves with every arrow and stops at the ends', () => {
    expect(nextRovingIndex(key('ArrowDown'), 0, list)).toBe(1);
    expect(nextRovingIndex(key('ArrowRight'), 1, list)).toBe(2);
    expect(nextRovingIndex(key('ArrowUp'), 2, list)).toBe(1);
    expect(nextRovingIndex(key('ArrowLeft'), 1, list)).toBe(0);
    expect(nextRovingIndex(key('ArrowUp'), 0, list)).toBe(0);
    expect(nextRovingIndex(key('ArrowDown'), 3, list)).toBe(3);
  });
  it('goes to the first and last item with Home and End', () => {
    expect(nextRovingIndex(key('Home'), 2, list)).toBe(0);
    expect(nextRovingIndex(key('End'), 0, list)).toBe(3);
  });
  it('ignores other keys', () => {
    expect(nextRovingIndex(key('Enter'), 1, list)).toBeNull();
    expect(nextRovingIndex(key('Escape'), 1, list)).toBeNull();
    expect(isNavigationKey('Tab')).toBe(false);
  });
});

describe('nextRovingIndex: grid', () => {
  // 3 columns × 3 rows, the last row has 2 cells: 0 1 2 / 3 4 5 / 6 7
  const grid = { count: 8, columns: 3 };
  it('moves left and right within a row only', () => {
    expect(nextRovingIndex(key('ArrowRight'), 0, grid)).toBe(1);
    expect(nextRovingIndex(key('ArrowRight'), 2, grid)).toBe(2);
    expect(nextRovingIndex(key('ArrowLeft'), 3, grid)).toBe(3);
    expect(nextRovingIndex(key('ArrowRight'), 7, grid)).toBe(7);
  });
  it('moves up and down in the same column, not into missing cells', () => {
    expect(nextRovingIndex(key('ArrowDown'), 1, grid)).toBe(4);
    expect(nextRovingIndex(key('ArrowUp'), 4, grid)).toBe(1);
    expect(nextRovingIndex(key('ArrowUp'), 1, grid)).toBe(1);
    expect(nextRovingIndex(key('ArrowDown'), 5, grid)).toBe(5);
    expect(nextRovingIndex(key('ArrowDown'), 4, grid)).toBe(7);
  });
  it('Home/End go to the row ends, with Ctrl to the grid ends', () => {
    expect(nextRovingIndex(key('Home'), 4, grid)).toBe(3);
    expect(nextRovingIndex(key('End'), 3, grid)).toBe(5);
    expect(nextRovingIndex(key('End'), 6, grid)).toBe(7);
    expect(nextRovingIndex(key('Home', true), 4, grid)).toBe(0);
    expect(nextRovingIndex(key('End', true), 1, grid)).toBe(7);
  });
});

describe('nextRovingIndex: PageUp/PageDown', () => {
  it('moves a page of items in a list, stopping at the ends', () => {
    const list = { count: 50 };
    expect(nextRovingIndex(key('PageDown'), 3, list)).toBe(3 + PAGE_STEP);
    expect(nextRovingIndex(key('PageDown'), 45, list)).toBe(49);
    expect(nextRovingIndex(key('PageUp'), 5, list)).toBe(0);
    expect(nextRovingIndex(key('PageDown'), 0, { count: 50, page: 3 })).toBe(3);
    expect(nextRovingIndex(key('PageDown'), 0, { count: 0 })).toBeNull();
    expect(isNavigationKey('PageUp')).toBe(true);
  });

  it('moves a page of rows in a grid, in the same column', () => {
    const grid = { count: 3 * 25, columns: 3 };
    expect(nextRovingIndex(key('PageDown'), 1, grid)).toBe(1 + 3 * PAGE_STEP);
    expect(nextRovingIndex(key('PageDown'), 3 * 20 + 2, grid)).toBe(3 * 24 + 2);
    expect(nextRovingIndex(key('PageUp'), 3 * 4 + 1, grid)).toBe(1);
    // A ragged last row: never past the last item, column kept where it exists.
    const ragged = { count: 3 * 12 + 1, columns: 3 };
    expect(nextRovingIndex(key('PageDown'), 3 * 5 + 2, ragged)).toBe(3 * 11 + 2);
    expect(nextRovingIndex(key('PageDown'), 3 * 5, ragged)).toBe(3 * 12);
  });
});
