/**
 * The radar's scale rings, pure: one polygon per scale value 2–5 (straight edges between the axes, like
 * the data polygons, so a value reads the same anywhere along an edge) and the centre for 1. Each ring is
 * labelled with its number and, where there is room, its level name, centred where the ring meets the
 * bisector between the two axes nearest to straight down (the bottom has the most room: the title and the
 * top axis label are above), the label of 1 on the centre itself.
 */
import type { Locale, Rating } from '@yhdyspinta/data';
import type { LinearScale } from '../layout/linearScale';
import type { Box } from '../geometry/box';
import { formatNumber } from '../locale/format';
import { commonMessages } from '../locale/common';
import { measureText } from '../text/measureText';
import type { ChartTheme } from '../theme/ChartTheme';
import { axisAngle, boxesOverlap, polar } from './geometry';
import { polylinePath } from './seriesPaths';

export const SCALE_VALUES: readonly Rating[] = [1, 2, 3, 4, 5];
export const NEUTRAL_VALUE: Rating = 3;

export interface RadarRing {
  readonly value: Rating;
  readonly r: number;
  /** 'centre' (1, a point), 'neutral' (3, the emphasised reference), 'outer' (5) or 'inner'. */
  readonly kind: 'centre' | 'inner' | 'neutral' | 'outer';
  /** The closed polygon; empty for the centre. */
  readonly path: string;
  /** "3 Kohtalaisesti", or "3" when the level names did not fit. */
  readonly text: string;
  /** Centre of the text (textAnchor "middle") and the top of its line. */
  readonly textX: number;
  readonly textY: number;
  readonly box: Box;
}

export interface RingInput {
  readonly cx: number;
  readonly cy: number;
  readonly scale: LinearScale;
  readonly axisCount: number;
  readonly locale: Locale;
  readonly theme: ChartTheme;
  readonly withLevels: boolean;
}

/** The angle between two neighbouring axes nearest to straight down (π). */
export function ringLabelAngle(axisCount: number): number {
  const step = (2 * Math.PI) / Math.max(1, axisCount);
  return Math.floor(Math.PI / step) * step + step / 2;
}

/** The scale numbers "1" … "5" in a locale (formatted once per locale). */
const numbers = new Map<Locale, readonly string[]>();
function ringNumbers(locale: Locale): readonly string[] {
  let texts = numbers.get(locale);
  if (!texts) {
    texts = SCALE_VALUES.map((value) => formatNumber(value, locale));
    numbers.set(locale, texts);
  }
  return texts;
}

/** A ring's label text and its box, centred on (textX, textY + half a line). */
function labelled(ring: RadarRing, text: string, theme: ChartTheme): RadarRing {
  const fontSize = theme.fontSize.tick;
  const weight = ring.kind === 'neutral' ? theme.fontWeight.bold : theme.fontWeight.normal;
  const width = measureText(text, fontSize, weight);
  const box = {
    x: ring.textX - width / 2,
    y: ring.textY,
    width,
    height: fontSize * theme.lineHeight,
  };
  const { value, r, kind, path, textX, textY } = ring;
  return { value, r, kind, path, text, textX, textY, box };
}

/** The same rings labelled with their level names too ("3 Kohtalaisesti"). */
export function withRingLevels(
  rings: readonly RadarRing[],
  locale: Locale,
  theme: ChartTheme,
): RadarRing[] {
  const levels = commonMessages(locale).scaleLevels;
  return rings.map((ring, i) =>
    labelled(ring, `${ringNumbers(locale)[i] ?? ''} ${levels[ring.value]}`, theme),
  );
}

export function layoutRings({
  cx,
  cy,
  scale,
  axisCount,
  locale,
  theme,
  withLevels,
}: RingInput): RadarRing[] {
  const lineHeight = theme.fontSize.tick * theme.lineHeight;
  const angle = ringLabelAngle(axisCount);
  const edge = Math.cos(Math.PI / Math.max(3, axisCount));
  const directions = Array.from({ length: axisCount }, (_, i) => axisAngle(i, axisCount));
  const rings = SCALE_VALUES.map((value, i): RadarRing => {
    const r = scale(value);
    const kind =
      value === 1
        ? 'centre'
        : value === NEUTRAL_VALUE
          ? 'neutral'
          : value === 5
            ? 'outer'
            : 'inner';
    const corners = directions.map((a) => polar(cx, cy, r, a));
    const at = polar(cx, cy, r * edge, angle);
    const ring = {
      value,
      r,
      kind,
      path: value === 1 || corners.length === 0 ? '' : `${polylinePath(corners)}Z`,
      text: '',
      textX: at.x,
      textY: at.y - lineHeight / 2,
      box: { x: at.x, y: at.y, width: 0, height: 0 },
    } as const;
    return labelled(ring, ringNumbers(locale)[i] ?? '', theme);
  });
  return withLevels ? withRingLevels(rings, locale, theme) : rings;
}

/** True when the ring labels are apart from each other and from `obstacles` (e.g. the axis labels). */
export function ringLabelsClear(
  rings: readonly RadarRing[],
  obstacles: readonly Box[],
  bounds: { readonly left: number; readonly right: number },
): boolean {
  return rings.every(
    (ring, i) =>
      ring.box.x >= bounds.left &&
      ring.box.x + ring.box.width <= bounds.right &&
      !obstacles.some((o) => boxesOverlap(ring.box, o, 1)) &&
      !rings.some((other, j) => j > i && boxesOverlap(ring.box, other.box, 0)),
  );
}
