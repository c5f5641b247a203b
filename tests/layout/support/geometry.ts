/**
 * The layout checker's geometry (node side, unit-tested with hand-made boxes in
 * tests/layout/geometry.test.ts): text-line quads from the page (measure.ts), their overlap and how far
 * they reach outside the viewBox.
 */
import type { MeasuredPoint, MeasuredQuad } from './measureTypes';

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** An axis-aligned rectangle as a quad (for tests and the viewBox). */
export function rectQuad(r: Rect): MeasuredQuad {
  return [
    { x: r.x, y: r.y },
    { x: r.x + r.width, y: r.y },
    { x: r.x + r.width, y: r.y + r.height },
    { x: r.x, y: r.y + r.height },
  ];
}

const sub = (a: MeasuredPoint, b: MeasuredPoint) => ({ x: a.x - b.x, y: a.y - b.y });
const len = (v: MeasuredPoint) => Math.hypot(v.x, v.y);

/**
 * The quad moved `d` inward on every side (quads from the page are parallelograms: a rectangle under an
 * affine map); null when nothing is left (a side of at most 2·d).
 */
export function erodeQuad(q: MeasuredQuad, d: number): MeasuredQuad | null {
  const [p0, p1, p2, p3] = q;
  const along = sub(p1, p0);
  const down = sub(p3, p0);
  const w = len(along);
  const h = len(down);
  if (w <= 2 * d || h <= 2 * d) return null;
  const u = { x: (along.x / w) * d, y: (along.y / w) * d };
  const v = { x: (down.x / h) * d, y: (down.y / h) * d };
  return [
    { x: p0.x + u.x + v.x, y: p0.y + u.y + v.y },
    { x: p1.x - u.x + v.x, y: p1.y - u.y + v.y },
    { x: p2.x - u.x - v.x, y: p2.y - u.y - v.y },
    { x: p3.x + u.x - v.x, y: p3.y + u.y - v.y },
  ];
}

function projections(q: MeasuredQuad, axis: MeasuredPoint): [number, number] {
  const values = q.map((p) => p.x * axis.x + p.y * axis.y);
  return [Math.min(...values), Math.max(...values)];
}

/** Whether two convex quads share area (separating axis theorem; touching edges do not count). */
export function convexQuadsIntersect(a: MeasuredQuad, b: MeasuredQuad): boolean {
  for (const quad of [a, b]) {
    for (let i = 0; i < 4; i += 1) {
      const p = quad[i]!;
      const q = quad[(i + 1) % 4]!;
      const axis = { x: -(q.y - p.y), y: q.x - p.x };
      if (axis.x === 0 && axis.y === 0) continue;
      const [a0, a1] = projections(a, axis);
      const [b0, b1] = projections(b, axis);
      if (a1 <= b0 || b1 <= a0) return false;
    }
  }
  return true;
}

/**
 * Whether two text boxes overlap by more than `margin` px in both directions: each is eroded by
 * margin / 2 first, so axis-aligned boxes that share a strip of at most `margin` px do not count.
 */
export function textBoxesOverlap(a: MeasuredQuad, b: MeasuredQuad, margin = 1): boolean {
  const ea = erodeQuad(a, margin / 2);
  const eb = erodeQuad(b, margin / 2);
  return ea !== null && eb !== null && convexQuadsIntersect(ea, eb);
}

/** How far (px) the quad reaches outside `box` at its farthest corner; 0 when inside. */
export function outsideBy(q: MeasuredQuad, box: Rect): number {
  let worst = 0;
  for (const p of q) {
    worst = Math.max(
      worst,
      box.x - p.x,
      p.x - (box.x + box.width),
      box.y - p.y,
      p.y - (box.y + box.height),
    );
  }
  return worst;
}
