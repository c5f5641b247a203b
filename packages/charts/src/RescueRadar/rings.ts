/**
 * The radar's scale rings, pure: one polygon per scale value 2–5 (straight edges between the axes, like
 * the data polygons, so a value reads the same anywhere along an edge) and the centre for 1. Each ring is
 * labelled with its number and, where there is room, its level name, centred where the ring meets the
 * bisector between the two axes nearest to straight down (the bottom has the most room: the title and the
 * top axis label are above) unless the data is in the way there (placeRingLabels), the label of 1 on the
 * centre itself. The polygons are d3-shape's (seriesPaths.ts).
 */
import type { ScaleWords } from '../common/chartScale';
import type { Locale, Rating } from '@yhdyspinta/data';
import type { LinearScale } from '../layout/linearScale';
import type { Box } from '../geometry/box';
import { formatNumber } from '../locale/format';
import { measureText } from '../text/measureText';
import type { ChartTheme } from '../theme/ChartTheme';
import { boxesOverlap, polar } from './geometry';
import type { LinesToAvoid } from './lineClearance';
import { ringPath } from './seriesPaths';

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
  /** The levels' names (scaleWords: the data's own, else the 2024 survey's), drawn with `withLevels`. */
  readonly words: ScaleWords;
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

/** Measured ring label widths (the same few texts in every panel). */
const textWidths = new Map<string, number>();

/** A ring's label text and its box, centred on (textX, textY + half a line). */
function labelled(ring: RadarRing, text: string, theme: ChartTheme): RadarRing {
  const fontSize = theme.fontSize.tick;
  const weight = theme.fontWeight.normal;
  const key = `${text}|${fontSize}|${weight}`;
  let width = textWidths.get(key);
  if (width === undefined) {
    width = measureText(text, fontSize, weight);
    if (textWidths.size > 256) textWidths.clear();
    textWidths.set(key, width);
  }
  const box = {
    x: ring.textX - width / 2,
    y: ring.textY,
    width,
    height: fontSize * theme.lineHeight,
  };
  const { value, r, kind, path, textX, textY } = ring;
  return { value, r, kind, path, text, textX, textY, box };
}

/** The same rings labelled with their level names (`words`) too ("3 Kohtalaisesti"). */
export function withRingLevels(
  rings: readonly RadarRing[],
  words: ScaleWords,
  locale: Locale,
  theme: ChartTheme,
): RadarRing[] {
  return rings.map((ring, i) =>
    labelled(ring, `${ringNumbers(locale)[i] ?? ''} ${words[ring.value]}`, theme),
  );
}

/** The rings' labels moved to the bisector at `angle` (ring 1 on the centre, the others on their edge). */
function ringLabelsAt(
  rings: readonly RadarRing[],
  cx: number,
  cy: number,
  angle: number,
  axisCount: number,
  theme: ChartTheme,
): RadarRing[] {
  const lineHeight = theme.fontSize.tick * theme.lineHeight;
  const edge = Math.cos(Math.PI / Math.max(3, axisCount));
  return rings.map((ring) => {
    const at = polar(cx, cy, ring.r * edge, angle);
    const textY = at.y - lineHeight / 2;
    const { value, r, kind, path, text, box } = ring;
    return {
      value,
      r,
      kind,
      path,
      text,
      textX: at.x,
      textY,
      box: { x: at.x - box.width / 2, y: textY, width: box.width, height: box.height },
    };
  });
}

export function layoutRings({
  cx,
  cy,
  scale,
  axisCount,
  locale,
  theme,
  withLevels,
  words,
}: RingInput): RadarRing[] {
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
    const ring = {
      value,
      r,
      kind,
      path: value === 1 ? '' : ringPath(r, axisCount, { x: cx, y: cy }),
      text: '',
      textX: cx,
      textY: cy,
      box: { x: cx, y: cy, width: 0, height: 0 },
    } as const;
    return labelled(ring, ringNumbers(locale)[i] ?? '', theme);
  });
  const named = withLevels ? withRingLevels(rings, words, locale, theme) : rings;
  return ringLabelsAt(named, cx, cy, ringLabelAngle(axisCount), axisCount, theme);
}

/**
 * How many obstacles the ring labels would cover at `angle`, and the smallest squared distance between
 * a label and an obstacle. The centre's label (1) is the same at every angle and is left out. Only the
 * boxes are worked out (this runs for every bisector of every panel).
 */
function clearanceAt(
  rings: readonly RadarRing[],
  centre: { readonly x: number; readonly y: number },
  angle: number,
  edge: number,
  lineHeight: number,
  obstacles: readonly Box[],
  lines: LinesToAvoid,
): [number, number] {
  let hits = 0;
  let nearest = Number.POSITIVE_INFINITY;
  const sin = Math.sin(angle);
  const cos = Math.cos(angle);
  for (const ring of rings) {
    if (ring.kind === 'centre') continue;
    const { width, height } = ring.box;
    const x = centre.x + ring.r * edge * sin - width / 2;
    const y = centre.y - ring.r * edge * cos - lineHeight / 2;
    if (lines.index.near({ x, y, width, height }, lines.clearance)) hits += 1;
    for (const o of obstacles) {
      const dx = Math.max(o.x - (x + width), x - (o.x + o.width), 0);
      const dy = Math.max(o.y - (y + height), y - (o.y + o.height), 0);
      if (dx < 1 && dy < 1) hits += 1;
      const d = dx * dx + dy * dy;
      if (d < nearest) nearest = d;
    }
  }
  return [hits, nearest];
}

/**
 * A ring label that meets a marker or a series line slides along its ring's edge (perpendicular to the
 * bisector, so it stays on its ring) to the nearest clear place between the two spokes; else it stays
 * on a thin line (its halo hides it) or is left out (on a marker or a wide line: its ring reads from its
 * neighbours; the scale key and tooltips have it).
 */
function slideClear(
  ring: RadarRing,
  angle: number,
  markers: readonly Box[],
  lines: LinesToAvoid,
  edgeHalf: number,
): RadarRing {
  const clear = (b: Box) =>
    !markers.some((m) => boxesOverlap(b, m, 1)) && !lines.index.near(b, lines.clearance);
  const { box } = ring;
  const room = Math.max(edgeHalf - box.width / 2, 0);
  const step = Math.max(box.height / 2, 1);
  const ux = Math.cos(angle);
  const uy = Math.sin(angle);
  for (let d = 0; d <= room; d += step) {
    for (const t of d === 0 ? [0] : [d, -d]) {
      const moved = { ...box, x: box.x + t * ux, y: box.y + t * uy };
      if (clear(moved)) {
        return t === 0
          ? ring
          : { ...ring, textX: ring.textX + t * ux, textY: ring.textY + t * uy, box: moved };
      }
    }
  }
  // A thin line under the label is hidden by its halo; a marker never is.
  if (lines.haloHides && !markers.some((m) => boxesOverlap(box, m, 1))) return ring;
  return { ...ring, text: '', box: { x: ring.textX, y: ring.textY, width: 0, height: 0 } };
}

/**
 * The ring labels placed on the bisector between two neighbouring spokes where they are clearest of
 * `obstacles` (the data's markers and the axis labels) and of the series lines: the bisector nearest to
 * straight down (the bottom has the most room) while it is clear by the theme's small spacing, else the
 * one with the fewest overlaps, then the largest distance. A label still on a marker or a line slides
 * along its ring (slideClear) or is left out.
 */
export function placeRingLabels(
  rings: readonly RadarRing[],
  centre: { readonly x: number; readonly y: number },
  axisCount: number,
  theme: ChartTheme,
  obstacles: readonly Box[],
  markers: readonly Box[],
  lines: LinesToAvoid,
): RadarRing[] {
  const step = (2 * Math.PI) / Math.max(1, axisCount);
  const edge = Math.cos(Math.PI / Math.max(3, axisCount));
  const lineHeight = theme.fontSize.tick * theme.lineHeight;
  const preferred = ringLabelAngle(axisCount);
  const at = (angle: number) =>
    clearanceAt(rings, centre, angle, edge, lineHeight, obstacles, lines);
  let bestAngle = preferred;
  let [bestHits, bestGap] = at(preferred);
  // The bottom is kept while it is clear by a small gap; otherwise every bisector is tried.
  if (bestHits > 0 || bestGap < theme.spacing.sm ** 2) {
    for (let k = 1; k < axisCount; k += 1) {
      const angle = preferred + k * step;
      const [hits, gap] = at(angle);
      if (hits < bestHits || (hits === bestHits && gap > bestGap)) {
        bestAngle = angle;
        bestHits = hits;
        bestGap = gap;
      }
    }
  }
  const best = ringLabelsAt(rings, centre.x, centre.y, bestAngle, axisCount, theme);
  const half = Math.sin(Math.PI / Math.max(3, axisCount));
  return best.map((ring) => slideClear(ring, bestAngle, markers, lines, ring.r * half));
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
