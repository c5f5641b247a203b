/**
 * Labels that can be told apart: when two labels are cut to the same visible text ("Hyvinvointialue ja
 * kunnat kehittävät…" twice), show more of them, a line at a time. Pure; the chart gives the wrapping
 * (its width, font size and locale) as a function of the line limit.
 */
import { MAX_LABEL_LINES } from './lineLimit';
import type { WrappedText } from './wrapText';

/** A label wrapped to at most `maxLines` lines (wrapText with the chart's width, size and locale). */
export type WrapToLines = (label: string, maxLines: number) => WrappedText;

/** What a reader sees of a wrapped label. */
export function visibleText(wrapped: WrappedText): string {
  return wrapped.lines.join(' ');
}

/**
 * The labels (by index) whose visible text reads the same as that of a label with a different full text,
 * grouped by that visible text. Labels equal in full are not a collision: nothing could tell them apart.
 */
export function collidingLabels(
  labels: readonly string[],
  wrapped: readonly WrappedText[],
): number[][] {
  const byText = new Map<string, number[]>();
  wrapped.forEach((w, i) => {
    const key = visibleText(w);
    const group = byText.get(key);
    if (group) group.push(i);
    else byText.set(key, [i]);
  });
  const groups: number[][] = [];
  for (const group of byText.values()) {
    if (new Set(group.map((i) => labels[i])).size > 1) groups.push(group);
  }
  return groups;
}

function clampLimit(value: number, low: number): number {
  return Math.max(low, Math.min(MAX_LABEL_LINES, Math.floor(value)));
}

/**
 * A line limit per label, `base` for most: a cut label that reads the same as another (different) label
 * gets a line more, again and again, until it reads differently, is shown whole, or has `max` lines
 * (default MAX_LABEL_LINES). Only colliding labels grow, so the chart stays as compact as it was.
 * At most `max` rounds, each wrapping only the labels that grew.
 */
export function distinctLineLimits(
  labels: readonly string[],
  wrap: WrapToLines,
  base: number,
  max: number = MAX_LABEL_LINES,
): number[] {
  const start = clampLimit(base, 1);
  const ceiling = clampLimit(max, start);
  const limits = labels.map(() => start);
  const wrapped = labels.map((label) => wrap(label, start));
  for (;;) {
    const grow = collidingLabels(labels, wrapped)
      .flat()
      .filter((i) => wrapped[i]?.truncated === true && (limits[i] ?? ceiling) < ceiling);
    if (grow.length === 0) return limits;
    for (const i of grow) {
      const limit = (limits[i] ?? start) + 1;
      limits[i] = limit;
      wrapped[i] = wrap(labels[i] ?? '', limit);
    }
  }
}

/**
 * The smallest line limit for all labels alike, from `base` to `max`, at which no two different labels
 * read the same (or none is cut); `max` when even that does not tell them apart. For charts with one
 * limit for every row (fit loops over a uniform limit start here instead of at their default).
 */
export function distinctLineLimit(
  labels: readonly string[],
  wrap: WrapToLines,
  base: number,
  max: number = MAX_LABEL_LINES,
): number {
  const start = clampLimit(base, 1);
  const ceiling = clampLimit(max, start);
  for (let limit = start; limit < ceiling; limit += 1) {
    const wrapped = labels.map((label) => wrap(label, limit));
    if (!wrapped.some((w) => w.truncated) || collidingLabels(labels, wrapped).length === 0) {
      return limit;
    }
  }
  return ceiling;
}
