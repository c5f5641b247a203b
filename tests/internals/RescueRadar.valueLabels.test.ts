// Where RescueRadar prints its values, without React (RescueRadar/valueLabels.ts): just outside each
// point (beside it on a vertical axis), else the next place around it that is clear of the chart's edge,
// the labels, the markers, the values placed before and the series lines. Points and boxes made up.
import { describe, expect, it } from 'vitest';
import type { Box } from '../../packages/charts/src/geometry/box';
import { SegmentIndex, linesToAvoid } from '../../packages/charts/src/RescueRadar/lineClearance';
import { placeValueLabels } from '../../packages/charts/src/RescueRadar/valueLabels';
import type {
  ValueLabelInput,
  ValuePoint,
} from '../../packages/charts/src/RescueRadar/valueLabels';
import { measureText } from '../../packages/charts/src/text/measureText';

const H = 16;
const W = 20;
const REACH = 4;
const GAP = 2;
const CLEAR = REACH + GAP;

const point = (x: number, y: number, angle: number, text: string | null = '3,5'): ValuePoint => ({
  axisIndex: 0,
  x,
  y,
  angle,
  text,
  width: W,
  reach: REACH,
});

const input = (points: ValuePoint[], changes: Partial<ValueLabelInput> = {}): ValueLabelInput => ({
  points,
  fontSize: 12,
  fontWeight: 700,
  lineHeight: H,
  gap: GAP,
  bounds: { left: 0, right: 400, top: 0, bottom: 400 },
  obstacles: [],
  lines: linesToAvoid(new SegmentIndex(10), 2),
  everyPlace: true,
  ...changes,
});

const near = (actual: Box | null | undefined, expected: Box) => {
  expect(actual).not.toBeNull();
  for (const key of ['x', 'y', 'width', 'height'] as const) {
    expect(actual![key], key).toBeCloseTo(expected[key], 6);
  }
};

/** The box beside a point on a vertical axis, and those outward, down and up along a horizontal one. */
const beside = (x: number, y: number, clear = CLEAR): Box => ({
  x: x + clear,
  y: y - H / 2,
  width: W,
  height: H,
});

describe('RescueRadar value labels', () => {
  it('prints a value beside its point on a vertical axis, outward on others, nothing for a gap', () => {
    const [top, right, left, gap] = placeValueLabels(
      input([
        point(200, 100, 0),
        point(300, 200, Math.PI / 2),
        point(100, 200, -Math.PI / 2),
        point(200, 300, Math.PI, null),
      ]),
    );
    near(top, beside(200, 100));
    // Right of a point on the right axis, left of one on the left, centred on its height.
    near(right, { x: 300 + CLEAR, y: 200 - H / 2, width: W, height: H });
    near(left, { x: 100 - CLEAR - W, y: 200 - H / 2, width: W, height: H });
    expect(gap).toBeNull();
  });

  it('measures a value whose width is not given, in its font', () => {
    const p = { ...point(300, 200, Math.PI / 2), width: undefined, text: '4,25' };
    const [box] = placeValueLabels(input([p]));
    expect(box!.width).toBe(measureText('4,25', 12, 700));
    expect(box!.x).toBeCloseTo(300 + CLEAR, 6);
  });

  it('takes the next place round when the first is off the chart or on a label', () => {
    // Outward (up) from a point on the top axis near the top edge: beside it first, as on any
    // vertical axis; with the right side blocked by a label, straight up; that off the chart, down.
    const p = point(200, 30, 0);
    // A label's corner in the place beside the point (clear of the places above and to the left).
    const label = { x: 215, y: 28, width: 4, height: 4 };
    const [up] = placeValueLabels(input([p], { obstacles: [label] }));
    near(up, { x: 200 - W / 2, y: 30 - CLEAR - H, width: W, height: H });
    const [turned] = placeValueLabels(
      input([p], { obstacles: [label], bounds: { left: 0, right: 400, top: 20, bottom: 400 } }),
    );
    // A quarter turn from outward (angle 0 + π/2): to the right, at the point's height… blocked by the
    // label too; the other quarter turn: to the left.
    near(turned, { x: 200 - CLEAR - W, y: 30 - H / 2, width: W, height: H });
  });

  it('keeps a value off other points’ markers and off the values placed before it', () => {
    // Two points at one place: the second value cannot lie on the first.
    const [first, second] = placeValueLabels(input([point(200, 200, 0), point(200, 200, 0)]));
    near(first, beside(200, 200));
    expect(second).not.toBeNull();
    const apart = (a: Box, b: Box) =>
      a.x >= b.x + b.width + 1 ||
      b.x >= a.x + a.width + 1 ||
      a.y >= b.y + b.height + 1 ||
      b.y >= a.y + a.height + 1;
    expect(apart(first!, second!)).toBe(true);
    // A marker where the first place would be: the value goes elsewhere, clear of it.
    const marker = point(200 + CLEAR + W / 2, 200, 0, '1');
    const [moved, own] = placeValueLabels(input([point(200, 200, 0), marker]));
    const markerBox = {
      x: marker.x - REACH,
      y: marker.y - REACH,
      width: 2 * REACH,
      height: 2 * REACH,
    };
    expect(moved).not.toBeNull();
    expect(apart(moved!, { ...markerBox, x: markerBox.x - 1, width: markerBox.width + 1 })).toBe(
      true,
    );
    expect(own).not.toBeNull();
    // A missing value has no marker: nothing to keep off.
    const [free] = placeValueLabels(input([point(200, 200, 0), { ...marker, text: null }]));
    near(free, beside(200, 200));
  });

  it('tries outward and the two sides only for a dense overlay, else every place', () => {
    const p = point(200, 200, Math.PI / 2);
    // Outward (right), down and up each blocked at their middle; the diagonals free.
    const blocked: Box[] = [
      { x: 215, y: 199, width: 2, height: 2 },
      { x: 199, y: 213, width: 2, height: 2 },
      { x: 199, y: 185, width: 2, height: 2 },
    ];
    const [every] = placeValueLabels(input([p], { obstacles: blocked }));
    const [dense] = placeValueLabels(input([p], { obstacles: blocked, everyPlace: false }));
    expect(dense).toBeNull();
    // The first diagonal tried: outward turned an eighth on (clockwise), down and to the right.
    expect(every!.x).toBeGreaterThan(200);
    expect(every!.y).toBeGreaterThan(200);
    for (const b of blocked) {
      expect(
        every!.x + every!.width <= b.x ||
          b.x + b.width <= every!.x ||
          every!.y + every!.height <= b.y ||
          b.y + b.height <= every!.y,
      ).toBe(true);
    }
  });

  it('keeps a value off a wide line, and lies on a thin one (under its halo) when nothing is clear', () => {
    const p = point(200, 200, Math.PI / 2);
    const index = new SegmentIndex(10);
    // A vertical line through the outward place.
    index.add({ x1: 200 + CLEAR + W / 2, y1: 0, x2: 200 + CLEAR + W / 2, y2: 400 });
    const [wide] = placeValueLabels(input([p], { lines: linesToAvoid(index, 6) }));
    expect(wide).not.toBeNull();
    expect(wide!.x + wide!.width).toBeLessThanOrEqual(200 + CLEAR + W / 2 - 4);
    // Lines everywhere near the point: a thin one takes the first place that fits, a wide one none.
    const dense = new SegmentIndex(10);
    for (let x = 100; x <= 300; x += 4) dense.add({ x1: x, y1: 100, x2: x, y2: 300 });
    const [thin] = placeValueLabels(input([p], { lines: linesToAvoid(dense, 2) }));
    near(thin, { x: 200 + CLEAR, y: 200 - H / 2, width: W, height: H });
    const [none] = placeValueLabels(input([p], { lines: linesToAvoid(dense, 6) }));
    expect(none).toBeNull();
  });
});
