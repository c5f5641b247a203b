/**
 * Fitting the radar's axis labels around the plot, pure. Each label is wrapped (DOM-free metrics), hung
 * from a point just outside the outer ring by its angle (right of right-hand axes, left of left-hand
 * ones, centred at the top and bottom) and pushed out until no part of it reaches into the plot circle.
 * The radius is the largest at which every label box stays inside the chart; among a few label widths and
 * line counts the layout with the fewest cut labels (at no less than 3/4 of the largest radius) wins, and
 * no two label boxes may overlap.
 */
import { linesWorthTrying, resolveLineLimit } from '../text/lineLimit';
import { anchorForAngle, anchorX, axisAngle } from './geometry';
import { createLabelWrapper } from './labelWrap';
import type { LabelWrapper } from './labelWrap';

import { directions, place, separated } from './axisLabelPlace';
import type {
  AxisLabelFit,
  AxisLabelFitInput,
  Candidate,
  Direction,
  PlacedAxisLabel,
  Wrapped,
} from './axisLabelPlace';
export type { AxisLabelFit, AxisLabelFitInput, Bounds, PlacedAxisLabel } from './axisLabelPlace';

/** How much of a label's own text a wrapping shows (its lines, not its note, without "…"). */
const shownText = (label: Wrapped) =>
  label.lines.slice(0, label.noteFrom).join('').replace(/…/gu, '').length;

/** The largest radius at which the labels stay inside (bisection; the fit only worsens as r grows). */
function largestRadius(
  wrapped: readonly Wrapped[],
  cx: number,
  input: AxisLabelFitInput,
  dirs: readonly Direction[],
): Candidate | null {
  const { bounds, minRadius } = input;
  const maxRadius = Math.max(
    minRadius,
    Math.min(bounds.right - bounds.left, bounds.bottom - bounds.top) / 2,
  );
  let lo = minRadius;
  let best = place(lo, wrapped, cx, input, dirs);
  if (!best.inside) return null;
  let hi = maxRadius;
  for (let step = 0; step < 22 && hi - lo > 0.25; step += 1) {
    const mid = (lo + hi) / 2;
    const placed = place(mid, wrapped, cx, input, dirs);
    if (placed.inside) {
      lo = mid;
      best = placed;
    } else hi = mid;
  }
  return {
    wrapped,
    radius: lo,
    placement: best,
    shown: wrapped.reduce((sum, w) => sum + shownText(w), 0),
    separated: separated(best.boxes, input.pad),
  };
}

/**
 * The layout to draw: among those without overlaps and with a radius of at least `floor` (and 60 % of the
 * largest possible), the one that shows the most label text, then the larger radius. Fewer lines and
 * narrower labels buy radius; more text buys readable labels: this keeps both reasonable.
 */
function choose(candidates: readonly Candidate[], floor: number): Candidate | null {
  const ok = candidates.filter((c) => c.separated);
  if (ok.length === 0) return null;
  const largest = Math.max(...ok.map((c) => c.radius));
  const threshold = Math.min(largest, Math.max(floor, 0.5 * largest));
  const big = ok.filter((c) => c.radius >= threshold - 0.01);
  return big.reduce((a, b) =>
    b.shown > a.shown || (b.shown === a.shown && b.radius > a.radius) ? b : a,
  );
}

/** The most a label is widened into a free margin: about 24 em (longer lines are hard to read). */
const WIDEST_LABEL_EM = 24;

/**
 * Labels still cut at the chosen radius are given the free horizontal room on their side (up to
 * WIDEST_LABEL_EM) and, if still cut, more lines up to the limit, one label at a time, as long as every label stays inside
 * and apart: "…" only where there is really no room.
 */
function widenCutLabels(
  chosen: Candidate,
  cx: number,
  input: AxisLabelFitInput,
  dirs: readonly Direction[],
  wrap: LabelWrapper,
): Candidate {
  let best = widenAt(chosen, chosen.radius, cx, input, dirs, wrap);
  const cut = (c: Candidate) => c.wrapped.filter((w) => w.truncated).length;
  // Still cut: a slightly smaller plot (down to 75 %) may leave the room a line more needs.
  for (const f of [0.95, 0.9, 0.85, 0.8, 0.75]) {
    if (cut(best) === 0) break;
    const radius = chosen.radius * f;
    if (radius < input.minRadius) break;
    const placement = place(radius, chosen.wrapped, cx, input, dirs);
    const trial = widenAt({ ...chosen, radius, placement }, radius, cx, input, dirs, wrap);
    if (cut(trial) < cut(best)) best = trial;
  }
  return best;
}

function widenAt(
  chosen: Candidate,
  radius: number,
  cx: number,
  input: AxisLabelFitInput,
  dirs: readonly Direction[],
  wrap: LabelWrapper,
): Candidate {
  const { bounds, fontSize } = input;
  let wrapped = chosen.wrapped;
  let placement = chosen.placement;
  const limit = resolveLineLimit(input.maxLines, 1);
  wrapped.forEach((label, i) => {
    if (!label.truncated) return;
    const box = placement.boxes[i];
    const anchor = dirs[i]?.anchor ?? 'middle';
    if (!box) return;
    // Side labels may take the room to the chart's edge; a top or bottom label the room between its
    // neighbours (the separation check below keeps them apart), tried in steps of one em.
    const centre = box.x + box.width / 2;
    const room =
      anchor === 'start'
        ? bounds.right - box.x
        : anchor === 'end'
          ? box.x + box.width - bounds.left
          : 2 * Math.min(centre - bounds.left, bounds.right - centre);
    const widest = Math.floor(Math.min(room, WIDEST_LABEL_EM * fontSize) / fontSize) * fontSize;
    const widths =
      anchor === 'middle'
        ? Array.from(
            { length: Math.max(0, Math.floor((widest - label.width) / fontSize)) },
            (_, k) => widest - k * fontSize,
          ).concat([label.width])
        : widest > label.width
          ? [widest, label.width]
          : [label.width];
    for (const w of widths) {
      let done = false;
      for (let lines = label.noteFrom; lines <= limit && !done; lines += 1) {
        const candidate = wrap(w, lines)[i];
        if (!candidate || candidate.width > w + 0.01) continue;
        const trial = wrapped.map((x, j) => (j === i ? candidate : x));
        const placed = place(radius, trial, cx, input, dirs);
        if (!placed.inside || !separated(placed.boxes, input.pad)) break;
        // Still cut, it replaces the wrapping so far only if it shows more of the label (a narrower
        // width tried after a wider one would otherwise undo the wider one's gain).
        const current = wrapped[i];
        if (candidate.truncated && current && shownText(candidate) <= shownText(current)) continue;
        wrapped = trial;
        placement = placed;
        done = !candidate.truncated;
      }
      if (done) break;
    }
  });
  return { ...chosen, radius, wrapped, placement };
}

export function fitAxisLabels(input: AxisLabelFitInput): AxisLabelFit {
  const { bounds } = input;
  const cx = (bounds.left + bounds.right) / 2;
  const widths = [1, 1.3, 0.75]
    .map((f) => Math.round(input.labelWidth * f))
    .filter((w, i) => i === 0 || w >= input.minLabelWidth);
  const wrap = input.wrap ?? createLabelWrapper(input.labels, input.fontSize, input.lineHeight);
  const dirs = directions(input.labels.length);
  const candidates: Candidate[] = [];
  const tried = new Set<string>();
  let smallest: readonly Wrapped[] = [];
  // Line counts above the most any label needs at any of the widths give the same layouts: not tried.
  const limit = resolveLineLimit(input.maxLines, 1);
  const maxLines = linesWorthTrying(
    limit,
    widths.flatMap((width) =>
      wrap(Math.max(input.minLabelWidth, width), limit).map((l) => l.lines.length),
    ),
  );
  for (let lines = maxLines; lines >= 1; lines -= 1) {
    for (const width of widths) {
      const w = Math.max(input.minLabelWidth, width);
      const wrapped = wrap(w, lines);
      smallest = wrapped;
      // One line more changes nothing when no label needs it: that layout was tried already.
      if (lines < maxLines && wrap(w, lines + 1).every((l) => l.lines.length <= lines)) continue;
      // Widths that wrap every label the same way give the same layout: each is fitted once.
      const key = wrapped.map((l) => l.lines.join('\n')).join('\u0000');
      if (tried.has(key)) continue;
      tried.add(key);
      const found = largestRadius(wrapped, cx, input, dirs);
      if (found) candidates.push(found);
    }
  }
  const room = bounds.bottom - bounds.top;
  const floor = 0.4 * (Math.min(bounds.right - bounds.left, room) / 2);
  const best = choose(candidates, floor);
  const chosen =
    best && best.wrapped.some((w) => w.truncated)
      ? widenCutLabels(best, cx, input, dirs, wrap)
      : best;
  const fallback = chosen ?? {
    wrapped: smallest,
    radius: input.minRadius,
    placement: place(input.minRadius, smallest, cx, input, dirs),
  };
  const { placement, wrapped, radius } = fallback;
  const cy = bounds.top + (room - (placement.maxY - placement.minY)) / 2 - placement.minY;
  const n = wrapped.length;
  const labels = wrapped.map((w, i): PlacedAxisLabel => {
    const angle = axisAngle(i, n);
    const anchor = anchorForAngle(angle);
    const rel = placement.boxes[i] ?? { x: cx, y: 0, width: 0, height: 0 };
    const x = Math.min(
      Math.max(rel.x, bounds.left),
      Math.max(bounds.left, bounds.right - rel.width),
    );
    const box = { x, y: rel.y + cy, width: rel.width, height: rel.height };
    return {
      angle,
      anchor,
      lines: w.lines,
      noteFrom: w.noteFrom,
      truncated: w.truncated,
      textX: anchorX(x, w.width, anchor),
      box,
    };
  });
  return { radius, cx, cy, labels, fits: chosen !== null && placement.inside };
}
