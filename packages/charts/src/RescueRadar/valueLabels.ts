/**
 * The values printed at the radar's points, pure: each just outside its point, away from the centre (to
 * the right on a vertical axis), else beside the axis. A value is printed only where it fits: inside the chart, off the axis and ring labels, the other points' markers and the values already
 * placed (earlier series first); the tooltip and table always have it.
 */
import type { Box } from '../geometry/box';
import { measureText } from '../text/measureText';
import type { Bounds } from './axisLabels';
import { BoxGrid } from './boxGrid';
import { anchorForAngle, boxesOverlap, boxInside } from './geometry';

export interface ValuePoint {
  readonly axisIndex: number;
  readonly x: number;
  readonly y: number;
  readonly angle: number;
  /** The formatted value, or null for a missing value (nothing printed). */
  readonly text: string | null;
  /** The text's width in px when already measured (else measured here). */
  readonly width?: number;
}

export interface ValueLabelInput {
  readonly points: readonly ValuePoint[];
  readonly axisCount: number;
  readonly fontSize: number;
  /** Font weight the values are drawn in (bold, as GoalBarChart's values). */
  readonly fontWeight: number;
  readonly lineHeight: number;
  readonly markerRadius: number;
  readonly gap: number;
  readonly bounds: Bounds;
  /** Boxes a value may not cover (axis and ring labels). */
  readonly obstacles: readonly Box[];
}

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
 * ring labels are not), then to either side of the axis.
 */
function candidateBoxes(p: ValuePoint, width: number, input: ValueLabelInput): Box[] {
  const h = input.lineHeight;
  const clear = input.markerRadius + input.gap;
  const outward =
    anchorForAngle(p.angle) === 'middle'
      ? { x: p.x + clear, y: p.y - h / 2, width, height: h }
      : boxToward(p, p.angle, width, h, clear);
  return [
    outward,
    boxToward(p, p.angle + Math.PI / 2, width, h, clear),
    boxToward(p, p.angle - Math.PI / 2, width, h, clear),
  ];
}

/**
 * One box per point (same order), or null where nothing is printed. Markers and placed values are kept in
 * grids, so that each value is checked against the boxes near it only: linear in the number of points
 * (a check against every marker made 1 000 series take seconds).
 */
export function placeValueLabels(input: ValueLabelInput): (Box | null)[] {
  const { points, axisCount, markerRadius: mr } = input;
  // Only the point's own axis and its two neighbours are checked (as the values sit beside their point).
  const near = (axis: number) => (other: number) => {
    const d = Math.abs(axis - other);
    return d <= 1 || d === axisCount - 1;
  };
  const cell = Math.max(input.lineHeight, 2 * mr, 1);
  const markers = new BoxGrid<number>(cell);
  for (const p of points) {
    if (p.text !== null) {
      markers.add({ x: p.x - mr, y: p.y - mr, width: 2 * mr, height: 2 * mr }, p.axisIndex);
    }
  }
  const placed = new BoxGrid<number>(cell);
  return points.map((p) => {
    if (p.text === null) return null;
    const beside = near(p.axisIndex);
    const box = candidateBoxes(
      p,
      p.width ?? measureText(p.text, input.fontSize, input.fontWeight),
      input,
    ).find(
      (b) =>
        boxInside(b, input.bounds) &&
        !input.obstacles.some((o) => boxesOverlap(b, o, 1)) &&
        !markers.some(b, 0, beside) &&
        !placed.some(b, 1, beside),
    );
    if (!box) return null;
    placed.add(box, p.axisIndex);
    return box;
  });
}
