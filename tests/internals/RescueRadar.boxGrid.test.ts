// RescueRadar's BoxGrid (boxGrid.ts), the spatial index its value labels are placed with: the same
// answers as testing every box with boxesOverlap (geometry.ts).
import { describe, expect, it } from 'vitest';
import { BoxGrid } from '../../packages/charts/src/RescueRadar/boxGrid';
import { boxesOverlap } from '../../packages/charts/src/RescueRadar/geometry';

describe('BoxGrid', () => {
  it('answers exactly as testing every box with boxesOverlap (any pad, tag filter, odd boxes)', () => {
    let seed = 11;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const box = (size: number) => ({
      x: random() * 400 - 50,
      y: random() * 400 - 50,
      width: random() * size,
      height: random() * size,
    });
    const boxes = [
      ...Array.from({ length: 300 }, () => box(30)),
      { x: -1e9, y: 0, width: 2e9, height: 5 }, // wider than the grid spans: kept in a list
      { x: Number.NaN, y: 0, width: 10, height: 10 },
    ];
    const grid = new BoxGrid<number>(17);
    boxes.forEach((b, i) => grid.add(b, i % 5));
    for (let q = 0; q < 2000; q += 1) {
      const query = q % 100 === 0 ? { x: -1e7, y: 10, width: 2e7, height: 20 } : box(40);
      const pad = q % 3;
      const accept = (tag: number) => tag !== q % 5;
      const expected = boxes.some((b, i) => accept(i % 5) && boxesOverlap(query, b, pad));
      expect(grid.some(query, pad, accept)).toBe(expected);
    }
  });

  it('finds nothing in an empty grid', () => {
    expect(new BoxGrid<number>(10).some({ x: 0, y: 0, width: 5, height: 5 }, 1, () => true)).toBe(
      false,
    );
  });
});
