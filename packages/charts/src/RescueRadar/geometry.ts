/**
 * Polar and box geometry of the radar, pure. Angles are in radians, 0 pointing up and growing clockwise
 * (d3-shape's lineRadial convention), so the first axis points up.
 */
import type { Box } from '../geometry/box';

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** How a text block hangs from its anchor point: to the right, centred, or to the left. */
export type LabelAnchor = 'start' | 'middle' | 'end';

/** Angle of axis `index` of `count`: evenly spread, the first straight up. */
export function axisAngle(index: number, count: number): number {
  return count > 0 ? (2 * Math.PI * index) / count : 0;
}

/** The point at radius `r` and `angle` around (cx, cy). */
export function polar(cx: number, cy: number, r: number, angle: number): Point {
  return { x: cx + r * Math.sin(angle), y: cy - r * Math.cos(angle) };
}

/** Axes within about 11° of straight up or down hang centred; the others away from the centre. */
export function anchorForAngle(angle: number): LabelAnchor {
  const s = Math.sin(angle);
  if (Math.abs(s) < 0.2) return 'middle';
  return s > 0 ? 'start' : 'end';
}

/** The left edge of a block of `width` anchored at x. */
export function anchoredLeft(x: number, width: number, anchor: LabelAnchor): number {
  if (anchor === 'start') return x;
  if (anchor === 'end') return x - width;
  return x - width / 2;
}

/** The text x for a block whose left edge is `left` (inverse of anchoredLeft). */
export function anchorX(left: number, width: number, anchor: LabelAnchor): number {
  if (anchor === 'start') return left;
  if (anchor === 'end') return left + width;
  return left + width / 2;
}

/** True when the boxes overlap, with `pad` px of clearance required between them. */
export function boxesOverlap(a: Box, b: Box, pad = 0): boolean {
  return (
    a.x < b.x + b.width + pad &&
    b.x < a.x + a.width + pad &&
    a.y < b.y + b.height + pad &&
    b.y < a.y + a.height + pad
  );
}

/** True when `box` lies within `bounds` (a rounding tolerance of 0.01 px). */
export function boxInside(
  box: Box,
  bounds: {
    readonly left: number;
    readonly right: number;
    readonly top: number;
    readonly bottom: number;
  },
): boolean {
  const e = 0.01;
  return (
    box.x >= bounds.left - e &&
    box.y >= bounds.top - e &&
    box.x + box.width <= bounds.right + e &&
    box.y + box.height <= bounds.bottom + e
  );
}

/** Distance from (px, py) to the nearest point of `box` (0 inside it). */
export function distanceToBox(px: number, py: number, box: Box): number {
  const dx = Math.max(box.x - px, 0, px - (box.x + box.width));
  const dy = Math.max(box.y - py, 0, py - (box.y + box.height));
  return Math.hypot(dx, dy);
}

/**
 * Moves `box` outward along `angle` until every point of it is at least `clearance` from (cx, cy), so a
 * label never reaches into the plot circle. Converges in a few steps (each step moves by the shortfall).
 */
export function pushOutside(
  box: Box,
  cx: number,
  cy: number,
  angle: number,
  clearance: number,
): Box {
  return pushOutsideAlong(box, cx, cy, Math.sin(angle), -Math.cos(angle), clearance);
}

/** pushOutside with the direction given as its unit vector (dx, dy), for callers that reuse it. */
export function pushOutsideAlong(
  box: Box,
  cx: number,
  cy: number,
  dx: number,
  dy: number,
  clearance: number,
): Box {
  let { x, y } = box;
  const { width, height } = box;
  for (let step = 0; step < 6; step += 1) {
    const gx = Math.max(x - cx, 0, cx - (x + width));
    const gy = Math.max(y - cy, 0, cy - (y + height));
    const shortfall = clearance - Math.sqrt(gx * gx + gy * gy);
    if (shortfall <= 0.01) break;
    x += dx * (shortfall + 0.5);
    y += dy * (shortfall + 0.5);
  }
  return x === box.x && y === box.y ? box : { x, y, width, height };
}
