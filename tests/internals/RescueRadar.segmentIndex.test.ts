// RescueRadar's line index (RescueRadar/lineClearance.ts) at its edges: segments walked through the grid
// from negative coordinates, straight down or across (a zero step in one direction), segments with an
// infinite end kept in the loose list, a box exactly at the distance (not near), and a series' edges with
// one or two points. All segments and boxes are illustrative (made up).
import { describe, expect, it } from 'vitest';
import { SegmentIndex, seriesSegments } from '../../packages/charts/src/RescueRadar/lineClearance';

const indexOf = (...segments: { x1: number; y1: number; x2: number; y2: number }[]) => {
  const index = new SegmentIndex(10);
  for (const s of segments) index.add(s);
  return index;
};

describe('SegmentIndex', () => {
  it('finds a segment crossing zero all along it (cells on both sides)', () => {
    const across = indexOf({ x1: -45, y1: 5, x2: 55, y2: 5 });
    expect(across.near({ x: 30, y: 8, width: 5, height: 5 }, 4)).toBe(true);
    expect(across.near({ x: -30, y: 8, width: 5, height: 5 }, 4)).toBe(true);
    expect(across.near({ x: 30, y: 20, width: 5, height: 5 }, 4)).toBe(false);
    const down = indexOf({ x1: 5, y1: -45, x2: 5, y2: 55 });
    expect(down.near({ x: 8, y: 30, width: 5, height: 5 }, 4)).toBe(true);
    expect(down.near({ x: 8, y: -30, width: 5, height: 5 }, 4)).toBe(true);
    expect(down.near({ x: 20, y: 30, width: 5, height: 5 }, 4)).toBe(false);
  });

  it('walks a vertical or horizontal segment to its far end', () => {
    const down = indexOf({ x1: 5, y1: 5, x2: 5, y2: 95 });
    expect(down.near({ x: 7, y: 80, width: 4, height: 4 }, 3)).toBe(true);
    // Only in the last cell (y 90–100) of the walk.
    expect(down.near({ x: 6, y: 93, width: 2, height: 2 }, 2)).toBe(true);
    const up = indexOf({ x1: 5, y1: 95, x2: 5, y2: 5 });
    expect(up.near({ x: 7, y: 12, width: 4, height: 4 }, 3)).toBe(true);
    const right = indexOf({ x1: 5, y1: 5, x2: 95, y2: 5 });
    expect(right.near({ x: 80, y: 7, width: 4, height: 4 }, 3)).toBe(true);
    expect(right.near({ x: 93, y: 6, width: 2, height: 2 }, 2)).toBe(true);
    const left = indexOf({ x1: 95, y1: 5, x2: 5, y2: 5 });
    expect(left.near({ x: 12, y: 7, width: 4, height: 4 }, 3)).toBe(true);
    expect(left.near({ x: 12, y: 17, width: 4, height: 4 }, 3)).toBe(false);
  });

  it('keeps a segment with an infinite end and finds it crossing a box anywhere along it', () => {
    const index = indexOf({ x1: 0, y1: 5, x2: Number.POSITIVE_INFINITY, y2: 5 });
    expect(index.size).toBe(1);
    expect(index.near({ x: 500, y: 3, width: 4, height: 4 }, 3)).toBe(true);
    expect(index.near({ x: 500, y: 17, width: 4, height: 4 }, 3)).toBe(false);
  });

  it('is not near a segment exactly at the distance', () => {
    // A point 3, 4 px past the box's bottom-right corner: 5 px away.
    const index = indexOf({ x1: 13, y1: 14, x2: 13, y2: 14 });
    expect(index.near({ x: 0, y: 0, width: 10, height: 10 }, 5)).toBe(false);
    expect(index.near({ x: 0, y: 0, width: 10, height: 10 }, 5.001)).toBe(true);
  });
});

describe('seriesSegments', () => {
  it('has no edge for one point, two (there and back) for two', () => {
    expect(seriesSegments([{ x: 1, y: 2 }])).toEqual([]);
    expect(seriesSegments([])).toEqual([]);
    expect(
      seriesSegments([
        { x: 1, y: 2 },
        { x: 3, y: 4 },
      ]),
    ).toEqual([
      { x1: 1, y1: 2, x2: 3, y2: 4 },
      { x1: 3, y1: 4, x2: 1, y2: 2 },
    ]);
  });
});
