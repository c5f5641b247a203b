// The layout checker's geometry helpers with hand-made boxes (tests/layout/support/geometry.ts).
import { describe, expect, it } from 'vitest';
import {
  convexQuadsIntersect,
  erodeQuad,
  outsideBy,
  rectQuad,
  textBoxesOverlap,
} from './support/geometry';
import type { MeasuredQuad } from './support/measureTypes';

const box = (x: number, y: number, width: number, height: number) =>
  rectQuad({ x, y, width, height });

/** A w × h box with its top-left corner at (cx, cy), rotated by `deg` about that corner. */
function rotated(cx: number, cy: number, w: number, h: number, deg: number): MeasuredQuad {
  const r = (deg * Math.PI) / 180;
  const [c, s] = [Math.cos(r), Math.sin(r)];
  const at = (x: number, y: number) => ({ x: cx + x * c - y * s, y: cy + x * s + y * c });
  return [at(0, 0), at(w, 0), at(w, h), at(0, h)];
}

describe('textBoxesOverlap', () => {
  it('counts boxes sharing more than 1 px in both directions', () => {
    expect(textBoxesOverlap(box(0, 0, 10, 10), box(8, 8, 10, 10))).toBe(true);
    expect(textBoxesOverlap(box(0, 0, 10, 10), box(2, 2, 3, 3))).toBe(true); // contained
  });

  it('does not count boxes that only touch or share at most 1 px', () => {
    expect(textBoxesOverlap(box(0, 0, 10, 10), box(10, 0, 10, 10))).toBe(false);
    expect(textBoxesOverlap(box(0, 0, 10, 10), box(9, 0, 10, 10))).toBe(false); // 1 px wide strip
    expect(textBoxesOverlap(box(0, 0, 10, 10), box(8.9, 0, 10, 10))).toBe(true); // 1,1 px
    expect(textBoxesOverlap(box(0, 0, 10, 10), box(5, 9.5, 10, 10))).toBe(false); // 0,5 px tall
    expect(textBoxesOverlap(box(0, 0, 10, 10), box(20, 20, 5, 5))).toBe(false);
  });

  it('keeps the shape of rotated labels (no false overlap of their bounding boxes)', () => {
    // Two 45° labels side by side: their axis-aligned boxes overlap, the labels do not.
    const a = rotated(0, 100, 100, 10, -45);
    const b = rotated(20, 100, 100, 10, -45);
    expect(textBoxesOverlap(a, b)).toBe(false);
    const c = rotated(5, 100, 100, 10, -45);
    expect(textBoxesOverlap(a, c)).toBe(true);
    // A rotated label through a horizontal one.
    expect(textBoxesOverlap(a, box(30, 50, 60, 10))).toBe(true);
  });
});

describe('erodeQuad and convexQuadsIntersect', () => {
  it('moves every side inward and leaves nothing of a thin box', () => {
    expect(erodeQuad(box(0, 0, 10, 4), 1)).toEqual(box(1, 1, 8, 2));
    expect(erodeQuad(box(0, 0, 10, 2), 1)).toBeNull();
  });

  it('separates quads only when some axis separates them', () => {
    expect(convexQuadsIntersect(box(0, 0, 4, 4), box(3, 3, 4, 4))).toBe(true);
    expect(convexQuadsIntersect(box(0, 0, 4, 4), box(4, 0, 4, 4))).toBe(false);
    // Diamond beside a square: the diamond's own edge normal separates them.
    const diamond = rotated(6, 2, 3, 3, 45);
    expect(convexQuadsIntersect(box(0, 0, 4, 4), diamond)).toBe(false);
  });
});

describe('outsideBy', () => {
  const viewBox = { x: 0, y: 0, width: 100, height: 50 };
  it('is 0 inside and the farthest corner’s distance outside', () => {
    expect(outsideBy(box(0, 0, 100, 50), viewBox)).toBe(0);
    expect(outsideBy(box(-3, 10, 20, 10), viewBox)).toBe(3);
    expect(outsideBy(box(90, 45, 20, 10), viewBox)).toBe(10);
  });
});
