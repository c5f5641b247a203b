/**
 * The values printed at the radar's points, pure: each just outside its point, away from the centre (to
 * the right on a vertical axis), else at the first of the other directions around the point (nearest to
 * outward first, then a little further out) that is clear. A value is printed only where it fits: inside
 * the chart, off the axis and ring labels, the markers, the values already placed (earlier series first)
 * and every series line (lineClearance.ts: no line runs through a value, even a wide slide stroke that a
 * halo would not hide); the tooltip and table always have it.
 */
import type { Box } from '../geometry/box';
import { measureText } from '../text/measureText';
import type { Bounds } from './axisLabels';
import { BoxGrid } from './boxGrid';
import { anchorForAngle, boxesOverlap, boxInside } from './geometry';
import { firstClearOfLines } from './lineClearance';
import type { LinesToAvoid } from './lineClearance';

export interface ValuePoint {
  readonly axisIndex: number;
  readonly x: number;
  readonly y: number;
  readonly angle: number;
  /** The formatted value, or null for a missing value (nothing printed). */
  readonly text: string | null;
  /** The text's width in px when already measured (else measured here). */
  readonly width?: number;
  /** How far the point's marker reaches from it, in px (lineClearance.ts MARKER_REACH × radius). */
  readonly reach: number;
}

export interface ValueLabelInput {
  readonly points: readonly ValuePoint[];
  readonly fontSize: number;
  /** Font weight the values are drawn in (bold, as GoalBarChart's values). */
  readonly fontWeight: number;
  readonly lineHeight: number;
  readonly gap: number;
  readonly bounds: Bounds;
  /** Boxes a value may not cover (axis and ring labels). */
  readonly obstacles: readonly Box[];
  /** The series lines a value keeps off (or lies on, under its halo, when they are thin). */
  readonly lines: LinesToAvoid;
  /**
   * Try every place around a point (ten); false: outward and the two sides only. A forced overlay of many
   * series is so dense that the other places are rarely free, and trying them tripled its layout time.
   */
  readonly everyPlace: boolean;
}

/** Directions tried after outward, relative to it (nearest first, alternating sides). */
const TURNS = [
  Math.PI / 2,
  -Math.PI / 2,
  Math.PI / 4,
  -Math.PI / 4,
  (3 * Math.PI) / 4,
  (-3 * Math.PI) / 4,
];
/** Of those, the ones tried again half a line further out. */
const FAR_TURNS = 2;

/** A box of `width` × `h` just clear of the point in direction `angle` (outward first). */
function boxToward(p: ValuePoint, angle: number, width: number, h: number, clear: number): Box {
  const s = Math.sin(angle);
  const c = -Math.cos(angle);
  const half = Math.min(
    width / 2 / Math.max(Math.abs(s), 1e-6),
    h / 2 / Math.max(Math.abs(c), 1e-6),
  );
  const cx = p.x + s * (clear + half);
  const cy = p.y + c * (clear + half);
  return { x: cx - width / 2, y: cy - h / 2, width, height: h };
}

/**
 * Where a value may go, best first: outward from the centre (to the right on a vertical axis, where the
 * ring labels are not), then to either side of the axis, then the diagonals; then outward and the sides
 * again half a line further from the point (ten places: a dense overlay of many series tries them all
 * for most points).
 */
function candidateBoxes(p: ValuePoint, width: number, input: ValueLabelInput): Box[] {
  const h = input.lineHeight;
  const boxes: Box[] = [];
  for (const [clear, turns] of [
    [p.reach + input.gap, input.everyPlace ? TURNS.length : FAR_TURNS],
    [p.reach + input.gap + h / 2, input.everyPlace ? FAR_TURNS : -1],
  ] as const) {
    if (turns < 0) break;
    // On a vertical axis: beside the point first, then straight out along the axis.
    if (anchorForAngle(p.angle) === 'middle') {
      boxes.push({ x: p.x + clear, y: p.y - h / 2, width, height: h });
    }
    boxes.push(boxToward(p, p.angle, width, h, clear));
    for (const turn of TURNS.slice(0, turns)) {
      boxes.push(boxToward(p, p.angle + turn, width, h, clear));
    }
  }
  return boxes;
}

/** Every marker and value counts (near the centre, points of axes far apart are close). */
const every = () => true;

/**
 * One box per point (same order), or null where nothing is printed. Markers and placed values are kept in
 * grids, so that each value is checked against the boxes near it only: linear in the number of points
 * (a check against every marker made 1 000 series take seconds).
 */
export function placeValueLabels(input: ValueLabelInput): (Box | null)[] {
  const { points } = input;
  const cell = Math.max(input.lineHeight, ...points.slice(0, 1).map((p) => 2 * p.reach), 1);
  const markers = new BoxGrid<number>(cell);
  for (const p of points) {
    if (p.text !== null) {
      const r = p.reach;
      markers.add({ x: p.x - r, y: p.y - r, width: 2 * r, height: 2 * r }, p.axisIndex);
    }
  }
  const placed = new BoxGrid<number>(cell);
  return points.map((p) => {
    if (p.text === null) return null;
    const box = firstClearOfLines(
      candidateBoxes(p, p.width ?? measureText(p.text, input.fontSize, input.fontWeight), input),
      input.lines,
      (b) =>
        boxInside(b, input.bounds) &&
        !input.obstacles.some((o) => boxesOverlap(b, o, 1)) &&
        !markers.some(b, 0, every) &&
        !placed.some(b, 1, every),
    );
    if (!box) return null;
    placed.add(box, p.axisIndex);
    return box;
  });
}
