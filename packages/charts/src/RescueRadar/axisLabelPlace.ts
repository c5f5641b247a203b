/**
 * The radar's axis labels placed at a radius, pure: the fit's input and output types, each axis's
 * direction and anchor, label boxes hung outside the outer ring, and the check that boxes stay apart.
 * axisLabels.ts chooses the radius and widths with these.
 */
import type { Box } from '../geometry/box';
import {
  anchorForAngle,
  anchoredLeft,
  axisAngle,
  boxesOverlap,
  pushOutsideAlong,
} from './geometry';
import type { LabelAnchor } from './geometry';
import type { LabelWrapper, WrappedLabel } from './labelWrap';

export interface Bounds {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

export interface AxisLabelFitInput {
  readonly labels: readonly string[];
  /** Where labels and plot must stay. */
  readonly bounds: Bounds;
  /** Distance from the outer ring to the labels. */
  readonly gap: number;
  readonly fontSize: number;
  /** Line height in px. */
  readonly lineHeight: number;
  readonly maxLines: number;
  /** The preferred label width; narrower and wider ones are tried too. */
  readonly labelWidth: number;
  /** No label narrower than this. */
  readonly minLabelWidth: number;
  /** The plot is never smaller than this. */
  readonly minRadius: number;
  /** Clearance between two label boxes. */
  readonly pad: number;
  /** A (shared, memoised) wrapper of `labels`; default: a new one. */
  readonly wrap?: LabelWrapper;
}

export interface PlacedAxisLabel {
  readonly angle: number;
  readonly anchor: LabelAnchor;
  readonly lines: readonly string[];
  /** Index of the first line of the note ("ei tietoa: …") in `lines`; lines.length without one. */
  readonly noteFrom: number;
  readonly truncated: boolean;
  /** x of the text (per `anchor`); the box's top is the text block's top. */
  readonly textX: number;
  readonly box: Box;
}

export interface AxisLabelFit {
  readonly radius: number;
  readonly cx: number;
  readonly cy: number;
  readonly labels: readonly PlacedAxisLabel[];
  /** False only when no layout avoided overlaps (the smallest labels are used then). */
  readonly fits: boolean;
}

export type Wrapped = WrappedLabel;

export interface Placement {
  readonly boxes: readonly Box[];
  readonly minY: number;
  readonly maxY: number;
  readonly inside: boolean;
}

/** The direction of each axis, computed once per fit. */
export interface Direction {
  readonly sin: number;
  readonly cos: number;
  readonly anchor: LabelAnchor;
}

export function directions(n: number): Direction[] {
  return Array.from({ length: n }, (_, i) => {
    const angle = axisAngle(i, n);
    return { sin: Math.sin(angle), cos: Math.cos(angle), anchor: anchorForAngle(angle) };
  });
}

/** Label boxes for radius `r`, relative to a centre at (cx, 0). */
export function place(
  r: number,
  wrapped: readonly Wrapped[],
  cx: number,
  input: AxisLabelFitInput,
  dirs: readonly Direction[],
): Placement {
  const { bounds, gap } = input;
  const reach = r + gap;
  let minY = -r;
  let maxY = r;
  let inside = true;
  const boxes = wrapped.map((w, i) => {
    const { sin, cos: c, anchor } = dirs[i] ?? { sin: 0, cos: 1, anchor: 'middle' };
    const ax = cx + reach * sin;
    const ay = -reach * c;
    const raw = {
      x: anchoredLeft(ax, w.width, anchor),
      y: ay - (w.height * (1 + c)) / 2,
      width: w.width,
      height: w.height,
    };
    const box = pushOutsideAlong(raw, cx, 0, sin, -c, reach);
    if (box.x < bounds.left - 0.01 || box.x + box.width > bounds.right + 0.01) inside = false;
    minY = Math.min(minY, box.y);
    maxY = Math.max(maxY, box.y + box.height);
    return box;
  });
  if (maxY - minY > bounds.bottom - bounds.top + 0.01) inside = false;
  return { boxes, minY, maxY, inside };
}

/** True when no label box overlaps its neighbours (one and two axes away; farther ones cannot meet). */
export function separated(boxes: readonly Box[], pad: number): boolean {
  const n = boxes.length;
  for (let i = 0; i < n; i += 1) {
    for (const step of [1, 2]) {
      const j = (i + step) % n;
      const a = boxes[i];
      const b = boxes[j];
      if (j !== i && a && b && boxesOverlap(a, b, pad)) return false;
    }
  }
  return true;
}

export interface Candidate {
  readonly wrapped: readonly Wrapped[];
  readonly radius: number;
  readonly placement: Placement;
  /** Characters of label text shown (a cut label counts what is left of it). */
  readonly shown: number;
  readonly separated: boolean;
}
