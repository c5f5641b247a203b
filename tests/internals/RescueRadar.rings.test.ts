// RescueRadar's scale rings without React (RescueRadar/rings.ts): the bisector their labels sit on, the
// rings' kinds, texts and label boxes, the level names, the choice of another bisector when obstacles are
// in the way (fewest hits, then the largest gap) and a label sliding along its ring off a marker (the
// check that ring labels are apart: RescueRadar.ringsClear.test.ts). Centres, radii, obstacles and
// markers are illustrative (made up).
import { describe, expect, it } from 'vitest';
import { defaultTheme } from '@yhdyspinta/charts';
import type { Box } from '../../packages/charts/src/geometry/box';
import { linearScale } from '../../packages/charts/src/layout/linearScale';
import { SegmentIndex, linesToAvoid } from '../../packages/charts/src/RescueRadar/lineClearance';
import {
  layoutRings,
  placeRingLabels,
  ringLabelAngle,
  withRingLevels,
} from '../../packages/charts/src/RescueRadar/rings';
import type { RadarRing } from '../../packages/charts/src/RescueRadar/rings';
import { measureText } from '../../packages/charts/src/text/measureText';

const theme = defaultTheme;
const C = 300;
const LH = theme.fontSize.tick * theme.lineHeight;
const words = { 1: 'yksi', 2: 'kaksi', 3: 'kolme', 4: 'neljä', 5: 'viisi' } as const;
const noLines = () => linesToAvoid(new SegmentIndex(10), 2);

const rings = (axisCount = 4, withLevels = false) =>
  layoutRings({
    cx: C,
    cy: C,
    scale: linearScale([1, 5], [0, 200]),
    axisCount,
    locale: 'fi',
    theme,
    withLevels,
    words,
  });

/** Where a ring's label box lies on the bisector at `angle` (4 axes: the edge is cos 45° of r out). */
const boxAt = (ring: RadarRing, angle: number, axisCount = 4): Box => {
  const edge = Math.cos(Math.PI / Math.max(3, axisCount));
  const x = C + ring.r * edge * Math.sin(angle);
  const y = C - ring.r * edge * Math.cos(angle);
  return {
    x: x - ring.box.width / 2,
    y: y - LH / 2,
    width: ring.box.width,
    height: ring.box.height,
  };
};

/** A 2×2 obstacle centred on a box's centre. */
const dotOn = (b: Box, dx = 0, dy = 0): Box => ({
  x: b.x + b.width / 2 - 1 + dx,
  y: b.y + b.height / 2 - 1 + dy,
  width: 2,
  height: 2,
});

const close = (actual: Box, expected: Box) => {
  for (const key of ['x', 'y', 'width', 'height'] as const) {
    expect(actual[key], key).toBeCloseTo(expected[key], 6);
  }
};

/** The bisector (an angle in [0, 2π)) the rings' labels sit on: from a ring's (default 5) text. */
const angleOf = (placed: readonly RadarRing[], ring = 4): number => {
  const r5 = placed[ring]!;
  const a = Math.atan2(r5.textX - C, C - (r5.textY + LH / 2));
  return (a + 2 * Math.PI) % (2 * Math.PI);
};

describe('ringLabelAngle', () => {
  it('is the bisector nearest to straight down', () => {
    expect(ringLabelAngle(3)).toBeCloseTo(Math.PI, 12);
    expect(ringLabelAngle(4)).toBeCloseTo((5 * Math.PI) / 4, 12);
    expect(ringLabelAngle(5)).toBeCloseTo(Math.PI, 12);
    expect(ringLabelAngle(6)).toBeCloseTo((7 * Math.PI) / 6, 12);
    // No axes: one whole turn is the step, straight down.
    expect(ringLabelAngle(0)).toBeCloseTo(Math.PI, 12);
    expect(ringLabelAngle(1)).toBeCloseTo(Math.PI, 12);
  });
});

describe('layoutRings', () => {
  it('gives each scale value its kind, radius, number and a box on the bisector', () => {
    const out = rings();
    expect(out.map((r) => r.kind)).toEqual(['centre', 'inner', 'neutral', 'inner', 'outer']);
    expect(out.map((r) => r.r)).toEqual([0, 50, 100, 150, 200]);
    expect(out.map((r) => r.text)).toEqual(['1', '2', '3', '4', '5']);
    expect(out[0]!.path).toBe('');
    expect(out.slice(1).every((r) => r.path.startsWith('M'))).toBe(true);
    const angle = (5 * Math.PI) / 4;
    out.forEach((ring, i) => {
      // Every ring's number in the normal weight (the neutral one too), and measured so.
      const width = measureText(String(i + 1), theme.fontSize.tick, theme.fontWeight.normal);
      expect(ring.box.width, `width ${i + 1}`).toBe(width);
      const edge = Math.cos(Math.PI / 4);
      expect(ring.textX).toBeCloseTo(C + ring.r * edge * Math.sin(angle), 9);
      expect(ring.textY).toBeCloseTo(C - ring.r * edge * Math.cos(angle) - LH / 2, 9);
      close(ring.box, { x: ring.textX - width / 2, y: ring.textY, width, height: LH });
    });
  });

  it('with level names: "3 kolme", the neutral one in the same weight as the others', () => {
    const out = rings(4, true);
    expect(out.map((r) => r.text)).toEqual(['1 yksi', '2 kaksi', '3 kolme', '4 neljä', '5 viisi']);
    // A bold neutral label read as a printed value among the points: its ring is the emphasis.
    expect(out[2]!.box.width).toBe(measureText('3 kolme', 12, 400));
    // (Digits are as wide in either weight; words are not.)
    expect(measureText('3 kolme', 12, 700)).not.toBe(measureText('3 kolme', 12, 400));
    expect(out[3]!.box.width).toBe(measureText('4 neljä', 12, 400));
  });

  it('withRingLevels centres each named label on its text position, a line high', () => {
    const base = rings();
    const named = withRingLevels(base, words, 'sv', theme);
    expect(named.map((r) => r.text)).toEqual([
      '1 yksi',
      '2 kaksi',
      '3 kolme',
      '4 neljä',
      '5 viisi',
    ]);
    named.forEach((ring, i) => {
      const width = measureText(ring.text, 12, 400);
      expect(ring.textX).toBe(base[i]!.textX);
      expect(ring.textY).toBe(base[i]!.textY);
      close(ring.box, { x: ring.textX - width / 2, y: ring.textY, width, height: LH });
    });
  });
});

describe('placeRingLabels', () => {
  const centre = { x: C, y: C };
  const place = (obstacles: Box[], markers: Box[] = [], lines = noLines(), axisCount = 4) =>
    placeRingLabels(rings(axisCount), centre, axisCount, theme, obstacles, markers, lines);

  it('keeps the bottom bisector when nothing is near, the labels unchanged', () => {
    const base = rings();
    const out = place([]);
    expect(out).toEqual(base);
    // An obstacle more than the small spacing away (here on the far side) does not move them either.
    const far = { x: C + 100, y: C - 100, width: 2, height: 2 };
    expect(place([far])).toEqual(base);
  });

  it('moves to the clearest other bisector when an obstacle is on a label', () => {
    const base = rings();
    const bottomLeft = (5 * Math.PI) / 4;
    const out = place([dotOn(boxAt(base[4]!, bottomLeft))]);
    // All three others are clear; the top right (opposite) is farthest from the obstacle.
    expect(angleOf(out)).toBeCloseTo(Math.PI / 4, 9);
    out.slice(1).forEach((ring, i) => close(ring.box, boxAt(base[i + 1]!, Math.PI / 4)));
    // The centre's label stays on the centre.
    close(out[0]!.box, boxAt(base[0]!, Math.PI / 4));
  });

  it('moves when an obstacle is clear of the labels but closer than the small spacing', () => {
    const base = rings();
    const b = boxAt(base[4]!, (5 * Math.PI) / 4);
    // 3 px below ring 5's label (its x range overlapping): 9 < 8² px².
    const below = { x: b.x, y: b.y + b.height + 3, width: 2, height: 2 };
    expect(angleOf(place([below]))).toBeCloseTo(Math.PI / 4, 9);
    // 3 px to its right, level with it.
    const right = { x: b.x + b.width + 3, y: b.y, width: 2, height: 2 };
    expect(angleOf(place([right]))).toBeCloseTo(Math.PI / 4, 9);
    // 9 px below: clear by the small spacing, kept.
    const farBelow = { x: b.x, y: b.y + b.height + 9, width: 2, height: 2 };
    expect(angleOf(place([farBelow]))).toBeCloseTo((5 * Math.PI) / 4, 9);
    // 9 px to its left, level with it: kept.
    const farLeft = { x: b.x - 9 - 2, y: b.y, width: 2, height: 2 };
    expect(angleOf(place([farLeft]))).toBeCloseTo((5 * Math.PI) / 4, 9);
  });

  it('prefers fewer hits over a larger gap, and the first bisector tried on a tie', () => {
    const base = rings();
    const [bl, tl, tr, br] = [5, 7, 1, 3].map((k) => (k * Math.PI) / 4);
    const dots = (angle: number, which: number[]) =>
      which.map((i) => dotOn(boxAt(base[i]!, angle)));
    // Two hits bottom left and top right, one each top left and bottom right: a tie between those
    // two, the first tried (clockwise: top left) kept.
    const tie = place([
      ...dots(bl!, [3, 4]),
      ...dots(tr!, [3, 4]),
      ...dots(tl!, [4]),
      ...dots(br!, [4]),
    ]);
    expect(angleOf(tie)).toBeCloseTo(tl!, 9);
    // Top left with two hits, bottom right one: the fewest hits win although a gap is 0 everywhere.
    const fewest = place([
      ...dots(bl!, [3, 4]),
      ...dots(tr!, [3, 4]),
      ...dots(tl!, [2, 4]),
      ...dots(br!, [4]),
    ]);
    expect(angleOf(fewest)).toBeCloseTo(br!, 9);
    // Every bisector with one hit: the bottom is kept.
    const even = place([
      ...dots(bl!, [4]),
      ...dots(tr!, [4]),
      ...dots(tl!, [4]),
      ...dots(br!, [4]),
    ]);
    expect(angleOf(even)).toBeCloseTo(bl!, 9);
  });

  it('with 3 axes: the bisector straight down, the others a third of a turn away', () => {
    const base = rings(3);
    const down = Math.PI;
    const out = place([dotOn(boxAt(base[4]!, down, 3))], [], noLines(), 3);
    // 3 axes: the label's edge lies cos 60° of r out. The two others are equally far: the first tried
    // (clockwise, at 5π/3) is kept.
    expect(angleOf(out)).toBeCloseTo((5 * Math.PI) / 3, 9);
    close(out[4]!.box, boxAt(base[4]!, (5 * Math.PI) / 3, 3));
    close(out[2]!.box, boxAt(base[2]!, (5 * Math.PI) / 3, 3));
  });

  describe('a label on a marker slides along its ring', () => {
    const angle = (5 * Math.PI) / 4;
    const ux = Math.cos(angle);
    const uy = Math.sin(angle);
    const step = LH / 2;
    const moved = (ring: RadarRing, t: number): RadarRing => ({
      ...ring,
      textX: ring.textX + t * ux,
      textY: ring.textY + t * uy,
      box: { ...ring.box, x: ring.box.x + t * ux, y: ring.box.y + t * uy },
    });
    const expectRing = (actual: RadarRing, expected: RadarRing) => {
      expect(actual.text).toBe(expected.text);
      expect(actual.textX).toBeCloseTo(expected.textX, 9);
      expect(actual.textY).toBeCloseTo(expected.textY, 9);
      close(actual.box, expected.box);
    };

    it('by half a line, first one way, else the other', () => {
      const base = rings();
      const r5 = base[4]!;
      const one = place([], [dotOn(r5.box)]);
      expectRing(one[4]!, moved(r5, step));
      expect(one.slice(0, 4)).toEqual(base.slice(0, 4));
      const blocked = place([], [dotOn(r5.box), dotOn(moved(r5, step).box)]);
      expectRing(blocked[4]!, moved(r5, -step));
    });

    it('as far as its edge allows, else is left out', () => {
      const base = rings();
      const r2 = base[1]!;
      // Ring 2's half edge is 50 · sin 45° ≈ 35.4 px: the label (about 7 px wide) may move ±24.3 px.
      const at = (t: number) => dotOn(moved(r2, t).box);
      const three = place([], [at(0), at(step), at(-step), at(2 * step), at(-2 * step)]);
      expectRing(three[1]!, moved(r2, 3 * step));
      const all = place(
        [],
        [at(0), at(step), at(-step), at(2 * step), at(-2 * step), at(3 * step), at(-3 * step)],
      );
      expect(all[1]!.text).toBe('');
      expect(all[1]!.box).toEqual({ x: r2.textX, y: r2.textY, width: 0, height: 0 });
      expect(all[4]).toEqual(base[4]);
    });

    it('off a line through it (the same at every bisector, so the bottom is kept)', () => {
      const base = rings();
      const r5 = base[4]!;
      const lineThrough = (index: SegmentIndex) => {
        // A short horizontal segment through the middle of ring 5's label at each bisector.
        for (const k of [1, 3, 5, 7]) {
          const b = boxAt(r5, (k * Math.PI) / 4);
          const y = b.y + b.height / 2;
          index.add({ x1: b.x - 1, y1: y, x2: b.x + b.width + 1, y2: y });
        }
        return index;
      };
      for (const width of [2, 6]) {
        const lines = linesToAvoid(lineThrough(new SegmentIndex(10)), width);
        const out = place([], [], lines);
        expect(angleOf(out, 3)).toBeCloseTo((5 * Math.PI) / 4, 9);
        expect(out[4]!.text).toBe('5');
        expect(out[4]!.textX).not.toBeCloseTo(r5.textX, 3);
        expect(lines.index.near(out[4]!.box, lines.clearance)).toBe(false);
        // The first clear place along the edge: the smallest multiple of half a line, + before −.
        const clearAt = [1, -1, 2, -2, 3, -3].find(
          (k) => !lines.index.near(moved(r5, k * step).box, lines.clearance),
        );
        expect(clearAt).toBeDefined();
        expectRing(out[4]!, moved(r5, clearAt! * step));
      }
    });
  });
});
