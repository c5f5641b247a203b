/**
 * How far a label's box is from the radar's lines, pure: the distance from a box to a line segment, an
 * index of segments (the series' polygon edges) for "is any line closer than d to this box", and the
 * choice among candidate boxes (best first) of the first one clear of the lines. d3 has no label placer;
 * the printed values and the ring labels use this so that no series line runs through them (a halo hides
 * a thin line, not a wide slide stroke). Tested directly in tests/internals/RescueRadar.lineClearance.
 */
import type { SeriesMarkerShape } from '../common/seriesStyle';
import type { Box } from '../geometry/box';

/**
 * How far each marker shape reaches from its point, in marker radii, at the area seriesMarkerArea gives
 * (measured from d3's symbols: a circle reaches its radius, the star 1,79 radii). Labels keep clear of
 * this square around the point.
 */
export const MARKER_REACH: Readonly<Record<SeriesMarkerShape, number>> = {
  circle: 1,
  square: 0.95,
  triangle: 1.67,
  triangleDown: 1.67,
  diamond: 1.77,
  cross: 1.28,
  wye: 1.4,
  star: 1.8,
};

/** A straight line from (x1, y1) to (x2, y2), e.g. one edge of a series polygon. */
export interface Segment {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

/** Distance between the points (px, py) and the segment. */
function pointSegment(px: number, py: number, s: Segment): number {
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - s.x1) * dx + (py - s.y1) * dy) / len2));
  return Math.hypot(px - (s.x1 + t * dx), py - (s.y1 + t * dy));
}

/** True when the segment meets the line x = c between y0 and y1 (a box side), or y = c likewise. */
function crossesSide(s: Segment, vertical: boolean, c: number, from: number, to: number): boolean {
  const [a1, b1, a2, b2] = vertical ? [s.x1, s.y1, s.x2, s.y2] : [s.y1, s.x1, s.y2, s.x2];
  if ((a1 - c) * (a2 - c) > 0 || a1 === a2) return false;
  const b = b1 + ((c - a1) / (a2 - a1)) * (b2 - b1);
  return b >= from && b <= to;
}

/** Distance from `box` to the segment: 0 when the segment touches or crosses the box. */
export function segmentBoxDistance(s: Segment, box: Box): number {
  const x0 = box.x;
  const y0 = box.y;
  const x1 = box.x + box.width;
  const y1 = box.y + box.height;
  const inside = (x: number, y: number) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
  if (inside(s.x1, s.y1) || inside(s.x2, s.y2)) return 0;
  if (
    crossesSide(s, true, x0, y0, y1) ||
    crossesSide(s, true, x1, y0, y1) ||
    crossesSide(s, false, y0, x0, x1) ||
    crossesSide(s, false, y1, x0, x1)
  ) {
    return 0;
  }
  // Apart: the nearest pair is a box corner and the segment, or a segment end and the box.
  const corner = Math.min(
    pointSegment(x0, y0, s),
    pointSegment(x1, y0, s),
    pointSegment(x1, y1, s),
    pointSegment(x0, y1, s),
  );
  const end = (x: number, y: number) =>
    Math.hypot(Math.max(x0 - x, 0, x - x1), Math.max(y0 - y, 0, y - y1));
  return Math.min(corner, end(s.x1, s.y1), end(s.x2, s.y2));
}

/** The numeric key of grid cell (i, j) (as boxGrid.ts: number keys are much faster than strings). */
const cellKey = (i: number, j: number) => (i + 2 ** 20) * 2 ** 22 + (j + 2 ** 20);

/**
 * Segments in a grid of the cells they pass through (not their bounding boxes: a long diagonal edge would
 * fill a square of cells, and a dense overlay of many series would put thousands in each). A query looks
 * at the cells under the box (and the distance) only: its cost is the lines near the box.
 */
export class SegmentIndex {
  private readonly cells = new Map<number, Segment[]>();
  private readonly cell: number;
  /** Segments with a non-finite or huge coordinate: checked on every query. */
  private readonly loose: Segment[] = [];
  private count = 0;

  constructor(cell: number) {
    this.cell = Math.max(cell, 1);
  }

  private index(v: number): number {
    return Math.floor(v / this.cell);
  }

  private register(i: number, j: number, s: Segment): void {
    const key = cellKey(i, j);
    const list = this.cells.get(key);
    if (list) list.push(s);
    else this.cells.set(key, [s]);
  }

  /** Adds `s` to every cell it passes through (a grid walk, Amanatides & Woo). */
  add(s: Segment): void {
    this.count += 1;
    const c = this.cell;
    let i = this.index(s.x1);
    let j = this.index(s.y1);
    const iEnd = this.index(s.x2);
    const jEnd = this.index(s.y2);
    const steps = Math.abs(iEnd - i) + Math.abs(jEnd - j);
    if (!Number.isFinite(steps) || steps > 4096 || Math.abs(i) + Math.abs(j) > 2 ** 19) {
      this.loose.push(s);
      return;
    }
    const dx = s.x2 - s.x1;
    const dy = s.y2 - s.y1;
    const si = Math.sign(dx);
    const sj = Math.sign(dy);
    let tx = dx === 0 ? Infinity : ((si > 0 ? (i + 1) * c : i * c) - s.x1) / dx;
    let ty = dy === 0 ? Infinity : ((sj > 0 ? (j + 1) * c : j * c) - s.y1) / dy;
    const ddx = dx === 0 ? Infinity : c / Math.abs(dx);
    const ddy = dy === 0 ? Infinity : c / Math.abs(dy);
    this.register(i, j, s);
    for (let k = 0; k < steps; k += 1) {
      if (tx < ty) {
        tx += ddx;
        i += si;
      } else {
        ty += ddy;
        j += sj;
      }
      this.register(i, j, s);
    }
  }

  get size(): number {
    return this.count;
  }

  /** True when a segment comes closer than `distance` to `box`. */
  near(box: Box, distance: number): boolean {
    const x0 = box.x - distance;
    const x1 = box.x + box.width + distance;
    const y0 = box.y - distance;
    const y1 = box.y + box.height + distance;
    // The segment's bounding box first (cheap), then the distance.
    const close = (s: Segment) =>
      Math.max(s.x1, s.x2) > x0 &&
      Math.min(s.x1, s.x2) < x1 &&
      Math.max(s.y1, s.y2) > y0 &&
      Math.min(s.y1, s.y2) < y1 &&
      segmentBoxDistance(s, box) < distance;
    if (this.loose.some(close)) return true;
    const e = 1e-6;
    const i0 = this.index(x0 - e);
    const i1 = this.index(x1 + e);
    const j0 = this.index(y0 - e);
    const j1 = this.index(y1 + e);
    for (let i = i0; i <= i1; i += 1) {
      for (let j = j0; j <= j1; j += 1) {
        if (this.cells.get(cellKey(i, j))?.some(close)) return true;
      }
    }
    return false;
  }
}

/**
 * A series line at least this wide reads as an area: a label's halo does not hide it (the layout
 * checker's rule too), so labels must keep off it. Thinner lines (3 px in the default themes) are knocked
 * out by the halo where no clear place exists.
 */
export const WIDE_LINE = 4;

/** The series lines labels keep `clearance` px from, and whether a halo may hide them instead. */
export interface LinesToAvoid {
  readonly index: SegmentIndex;
  readonly clearance: number;
  /** True when the lines are thinner than WIDE_LINE: a label may lie on one (its halo knocks it out). */
  readonly haloHides: boolean;
}

/** The lines of a stroke width: clear by half the width and a pixel; a halo hides thin ones. */
export function linesToAvoid(index: SegmentIndex, strokeWidth: number): LinesToAvoid {
  return { index, clearance: strokeWidth / 2 + 1, haloHides: strokeWidth < WIDE_LINE };
}

/**
 * The first candidate (they come best first) that `fits` and lies at least `clearance` from every line;
 * when none does and a halo hides the lines, the first that fits; else undefined (the caller leaves the
 * label out).
 */
export function firstClearOfLines<T extends Box>(
  candidates: readonly T[],
  lines: LinesToAvoid,
  fits: (box: T) => boolean,
): T | undefined {
  let fallback: T | undefined;
  for (const b of candidates) {
    if (!fits(b)) continue;
    if (!lines.index.near(b, lines.clearance)) return b;
    fallback ??= b;
  }
  return lines.haloHides ? fallback : undefined;
}

/**
 * The edges of a radar series through `points` (axis order, null = no value), as drawn: each pair of
 * neighbouring axes (the last back to the first) with a value on both sides; a gap breaks the line.
 */
export function seriesSegments(
  points: readonly ({ readonly x: number; readonly y: number } | null)[],
): Segment[] {
  const n = points.length;
  const out: Segment[] = [];
  if (n < 2) return out;
  for (let i = 0; i < n; i += 1) {
    const a = points[i];
    const b = points[(i + 1) % n];
    if (a && b) out.push({ x1: a.x, y1: a.y, x2: b.x, y2: b.y });
  }
  return out;
}
