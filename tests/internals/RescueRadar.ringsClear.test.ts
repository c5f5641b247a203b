// RescueRadar's check that its ring labels are clear (RescueRadar/rings.ts `ringLabelsClear`): inside the
// chart's sides, a pixel off every obstacle and apart from each other. Boxes are illustrative (made up).
import { describe, expect, it } from 'vitest';
import { ringLabelsClear } from '../../packages/charts/src/RescueRadar/rings';
import type { RadarRing } from '../../packages/charts/src/RescueRadar/rings';

describe('ringLabelsClear', () => {
  const ring = (x: number, y: number, width = 10): RadarRing => ({
    value: 2,
    r: 10,
    kind: 'inner',
    path: '',
    text: '2',
    textX: x + width / 2,
    textY: y,
    box: { x, y, width, height: 10 },
  });
  const bounds = { left: 0, right: 100 };

  it('is true for labels within the bounds (edges included), apart from each other and obstacles', () => {
    expect(ringLabelsClear([ring(0, 0), ring(90, 20)], [], bounds)).toBe(true);
    expect(
      ringLabelsClear([ring(0, 0), ring(20, 0)], [{ x: 50, y: 0, width: 5, height: 5 }], bounds),
    ).toBe(true);
    // Touching labels do not overlap.
    expect(ringLabelsClear([ring(0, 0), ring(10, 0)], [], bounds)).toBe(true);
    expect(ringLabelsClear([], [], bounds)).toBe(true);
  });

  it('is false when any label leaves the bounds', () => {
    expect(ringLabelsClear([ring(0, 0), ring(-0.5, 20)], [], bounds)).toBe(false);
    expect(ringLabelsClear([ring(0, 0), ring(90.5, 20)], [], bounds)).toBe(false);
    // Starting inside but reaching past the right edge.
    expect(ringLabelsClear([ring(85, 0, 20)], [], bounds)).toBe(false);
  });

  it('is false when a label is within a pixel of an obstacle', () => {
    const obstacles = [
      { x: 50, y: 50, width: 5, height: 5 },
      { x: 10.5, y: 0, width: 5, height: 5 },
    ];
    expect(ringLabelsClear([ring(0, 0), ring(30, 30)], obstacles, bounds)).toBe(false);
  });

  it('is false when two labels overlap', () => {
    expect(ringLabelsClear([ring(0, 0), ring(9, 5), ring(40, 40)], [], bounds)).toBe(false);
    expect(ringLabelsClear([ring(40, 40), ring(0, 0), ring(9, 5)], [], bounds)).toBe(false);
  });
});
