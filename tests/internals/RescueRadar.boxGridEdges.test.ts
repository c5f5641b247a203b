// RescueRadar's BoxGrid (RescueRadar/boxGrid.ts) past its first 32 boxes, at the cases a random sweep
// rarely meets: a box or a query taller than the grid handles (kept in the list, or every box tested), a
// very wide query where the one overlapping box shares its cell with one that does not, and a pad that
// reaches into the next row of cells. All boxes are illustrative (made up).
import { describe, expect, it } from 'vitest';
import { BoxGrid } from '../../packages/charts/src/RescueRadar/boxGrid';

/** A grid of 100 px cells holding `boxes` after 40 far-apart fillers (so the cells are in use). */
const gridWith = (...boxes: { x: number; y: number; width: number; height: number }[]) => {
  const grid = new BoxGrid<number>(100);
  for (let k = 0; k < 40; k += 1) grid.add({ x: 1000 * (k + 1), y: 500, width: 5, height: 5 }, k);
  boxes.forEach((b, i) => grid.add(b, 100 + i));
  return grid;
};
const all = () => true;

describe('BoxGrid edges', () => {
  it('keeps a box taller than the grid spans and finds it', () => {
    const grid = gridWith({ x: 0, y: -1e9, width: 5, height: 2e9 });
    expect(grid.some({ x: 2, y: 300, width: 2, height: 2 }, 0, all)).toBe(true);
    expect(grid.some({ x: 20, y: 300, width: 2, height: 2 }, 0, all)).toBe(false);
  });

  it('answers a query taller than the grid spans by testing every box', () => {
    const grid = gridWith({ x: 0, y: 0, width: 5, height: 5 });
    expect(grid.some({ x: 2, y: -1e9, width: 2, height: 2e9 }, 0, all)).toBe(true);
    expect(grid.some({ x: 20, y: -1e9, width: 2, height: 2e9 }, 0, all)).toBe(false);
  });

  it('finds the one box a very wide query meets although its cell holds another', () => {
    const grid = gridWith(
      { x: 0, y: 17, width: 5, height: 5 },
      { x: 50, y: 50, width: 5, height: 5 },
    );
    expect(grid.some({ x: -1e9, y: 18, width: 2e9, height: 1 }, 0, all)).toBe(true);
    expect(grid.some({ x: -1e9, y: 30, width: 2e9, height: 1 }, 0, all)).toBe(false);
    // The tag filter applies there too.
    expect(grid.some({ x: -1e9, y: 18, width: 2e9, height: 1 }, 0, (t) => t !== 100)).toBe(false);
  });

  it('looks into the next row of cells as far as the pad reaches', () => {
    const grid = gridWith({ x: 10, y: 102, width: 5, height: 5 });
    // The query ends at y 95; with a 10 px pad it reaches 105, in the next row.
    expect(grid.some({ x: 10, y: 90, width: 5, height: 5 }, 10, all)).toBe(true);
    expect(grid.some({ x: 10, y: 90, width: 5, height: 5 }, 6, all)).toBe(false);
    // And to the left, into the previous column.
    const left = gridWith({ x: -7, y: 10, width: 5, height: 5 });
    expect(left.some({ x: 5, y: 10, width: 5, height: 5 }, 10, all)).toBe(true);
  });
});
