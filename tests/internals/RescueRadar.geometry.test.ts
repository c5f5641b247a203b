// RescueRadar's polar and box geometry (RescueRadar/geometry.ts) at its edges: axis angles (none when
// there are no axes), the anchors' 0.2 threshold, boxes that touch, boxes exactly on the bounds' rounding
// tolerance, the distance from a point to a box, and a label box pushed out of the plot circle (six steps
// at most, the same box when it is already clear). All boxes and points are illustrative (made up).
import { describe, expect, it } from 'vitest';
import {
  anchorForAngle,
  axisAngle,
  boxesOverlap,
  boxInside,
  distanceToBox,
  pushOutside,
  pushOutsideAlong,
} from '../../packages/charts/src/RescueRadar/geometry';

describe('axisAngle', () => {
  it('spreads the axes evenly from straight up; 0 when there are none', () => {
    expect(axisAngle(0, 4)).toBe(0);
    expect(axisAngle(2, 4)).toBeCloseTo(Math.PI, 12);
    expect(axisAngle(1, 3)).toBeCloseTo((2 * Math.PI) / 3, 12);
    expect(axisAngle(0, 0)).toBe(0);
    expect(axisAngle(1, 0)).toBe(0);
  });
});

describe('anchorForAngle', () => {
  it('centres where |sin| is under 0.2, else hangs away from the centre', () => {
    const edge = Math.asin(0.2);
    expect(Math.sin(edge)).toBe(0.2);
    expect(anchorForAngle(edge)).toBe('start');
    expect(anchorForAngle(-edge)).toBe('end');
    expect(anchorForAngle(edge * 0.99)).toBe('middle');
    expect(anchorForAngle(Math.PI)).toBe('middle');
    expect(anchorForAngle(Math.PI / 2)).toBe('start');
    expect(anchorForAngle(-Math.PI / 2)).toBe('end');
  });
});

describe('boxesOverlap', () => {
  const a = { x: 10, y: 10, width: 10, height: 10 };

  it('is false for boxes that touch on any side, true when they share any area', () => {
    expect(boxesOverlap(a, { x: 20, y: 10, width: 5, height: 5 })).toBe(false);
    expect(boxesOverlap(a, { x: 5, y: 10, width: 5, height: 5 })).toBe(false);
    expect(boxesOverlap(a, { x: 10, y: 20, width: 5, height: 5 })).toBe(false);
    expect(boxesOverlap(a, { x: 10, y: 5, width: 5, height: 5 })).toBe(false);
    expect(boxesOverlap(a, { x: 19.5, y: 19.5, width: 5, height: 5 })).toBe(true);
  });

  it('with a pad, boxes exactly that far apart do not overlap', () => {
    expect(boxesOverlap(a, { x: 22, y: 10, width: 5, height: 5 }, 2)).toBe(false);
    expect(boxesOverlap(a, { x: 3, y: 10, width: 5, height: 5 }, 2)).toBe(false);
    expect(boxesOverlap(a, { x: 10, y: 22, width: 5, height: 5 }, 2)).toBe(false);
    expect(boxesOverlap(a, { x: 10, y: 3, width: 5, height: 5 }, 2)).toBe(false);
    expect(boxesOverlap(a, { x: 21.5, y: 10, width: 5, height: 5 }, 2)).toBe(true);
  });
});

describe('boxInside', () => {
  const bounds = { left: 0, right: 100, top: 0, bottom: 50 };

  it('accepts a box out by the 0.01 px tolerance exactly on each side', () => {
    expect(boxInside({ x: -0.01, y: 0, width: 10, height: 10 }, bounds)).toBe(true);
    expect(boxInside({ x: 0, y: -0.01, width: 10, height: 10 }, bounds)).toBe(true);
    expect(boxInside({ x: 0, y: 0, width: 100 + 0.01, height: 10 }, bounds)).toBe(true);
    expect(boxInside({ x: 0, y: 0, width: 10, height: 50 + 0.01 }, bounds)).toBe(true);
    expect(boxInside({ x: 0, y: 0, width: 100, height: 50 }, bounds)).toBe(true);
  });

  it('rejects a box out by more on any one side', () => {
    expect(boxInside({ x: -0.02, y: 0, width: 10, height: 10 }, bounds)).toBe(false);
    expect(boxInside({ x: 0, y: -0.02, width: 10, height: 10 }, bounds)).toBe(false);
    expect(boxInside({ x: 50, y: 0, width: 60, height: 10 }, bounds)).toBe(false);
    expect(boxInside({ x: 0, y: 30, width: 10, height: 30 }, bounds)).toBe(false);
    expect(boxInside({ x: 0, y: 0, width: 100.02, height: 10 }, bounds)).toBe(false);
    expect(boxInside({ x: 0, y: 0, width: 10, height: 50.02 }, bounds)).toBe(false);
  });
});

describe('distanceToBox', () => {
  const box = { x: 10, y: 20, width: 30, height: 10 };

  it('is 0 inside and on the edge, else the distance to the nearest side or corner', () => {
    expect(distanceToBox(20, 25, box)).toBe(0);
    expect(distanceToBox(10, 20, box)).toBe(0);
    expect(distanceToBox(4, 25, box)).toBe(6);
    expect(distanceToBox(47, 25, box)).toBe(7);
    expect(distanceToBox(20, 12, box)).toBe(8);
    expect(distanceToBox(20, 39, box)).toBe(9);
    expect(distanceToBox(43, 34, box)).toBe(5); // 3, 4 past the bottom-right corner
    expect(distanceToBox(7, 16, box)).toBe(5); // 3, 4 before the top-left corner
  });
});

describe('pushOutside', () => {
  it('moves a box up along angle 0 by the shortfall and half a pixel until clear', () => {
    const box = { x: 95, y: 95, width: 10, height: 10 };
    // 20 px short, then 4.5: y 95 → 74.5 → 69.5, where the box's bottom is 20.5 px above the centre.
    expect(pushOutside(box, 100, 100, 0, 20)).toEqual({ x: 95, y: 69.5, width: 10, height: 10 });
    // Along π/2 (right): x 95 → 115.5 → 120.5.
    expect(pushOutside(box, 100, 100, Math.PI / 2, 20)).toEqual({
      x: expect.closeTo(120.5, 9),
      y: expect.closeTo(95, 9),
      width: 10,
      height: 10,
    });
  });

  it('gives the very box back when it is already clear (within 0.01 px)', () => {
    const clear = { x: 0, y: 30, width: 10, height: 10 };
    expect(pushOutside(clear, 0, 0, 0, 30)).toBe(clear);
    // Exactly 0.01 px short counts as clear.
    const almost = { x: 0, y: 0.01, width: 10, height: 10 };
    expect(pushOutsideAlong(almost, 0, 0, 0, 1, 0.02)).toBe(almost);
  });

  it('returns a new box when moved along one axis only', () => {
    const box = { x: -5, y: -5, width: 10, height: 10 };
    const up = pushOutsideAlong(box, 0, 0, 0, -1, 5);
    expect(up).not.toBe(box);
    expect(up.x).toBe(-5);
    expect(up.y).toBeLessThan(-5);
    const right = pushOutsideAlong(box, 0, 0, 1, 0, 5);
    expect(right).not.toBe(box);
    expect(right.y).toBe(-5);
    expect(right.x).toBeGreaterThan(-5);
  });

  it('stops after six steps when moving past the circle slowly', () => {
    // Beside the centre, moving up: each step gains less than the shortfall.
    const box = { x: 190, y: -5, width: 10, height: 10 };
    const out = pushOutsideAlong(box, 0, 0, 0, -1, 200);
    expect(out.x).toBe(190);
    expect(out.y).toBeCloseTo(-57.840411359970176, 9);
  });
});
