/**
 * The vertical lines over GoalBarChart's rows as spans on x, pure: where a printed value goes so that it
 * keeps clear of them, and whether a line still runs through it (then it gets a halo). Spans are flat
 * [left, right, left, right, …] Float64Arrays: one shape for every chart and row, so the checks that run
 * for each of thousands of rows stay optimised.
 */

/** Spans on x as [left, right] pairs, one after the other. */
export type LineSpans = Float64Array;

/** The spans of lines at `xs`, each from x − half to x + half, in the order of `xs`. */
export function lineSpans(xs: readonly number[], half: number): LineSpans {
  const spans = new Float64Array(2 * xs.length);
  xs.forEach((x, i) => {
    spans[2 * i] = x - half;
    spans[2 * i + 1] = x + half;
  });
  return spans;
}

/** `a`'s spans, then `b`'s. */
export function joinSpans(a: LineSpans, b: LineSpans): LineSpans {
  const spans = new Float64Array(a.length + b.length);
  spans.set(a);
  spans.set(b, a.length);
  return spans;
}

/** `spans` (sorted by left) with a span from x − half to x + half, still sorted. */
export function withSpan(spans: LineSpans, x: number, half: number): LineSpans {
  let at = 0;
  while (at < spans.length && (spans[at] ?? 0) <= x - half) at += 2;
  const out = new Float64Array(spans.length + 2);
  out.set(spans.subarray(0, at));
  out[at] = x - half;
  out[at + 1] = x + half;
  out.set(spans.subarray(at), at + 2);
  return out;
}

/** Whether the text from x to x + width overlaps the span from left to right. */
export const overlaps = (x: number, width: number, left: number, right: number): boolean =>
  x < right && x + width > left;

/** A text's start x moved past every span (sorted by left) it would overlap, by half `gap` more. */
export function clearOfLines(x: number, width: number, spans: LineSpans, gap: number): number {
  let start = x;
  for (let i = 0; i < spans.length; i += 2) {
    const right = spans[i + 1] ?? 0;
    if (overlaps(start, width, spans[i] ?? 0, right)) start = right + gap / 2;
  }
  return start;
}

/** Whether a line runs through the text from x to x + width: it overlaps one of the spans. */
export function crossesLine(x: number, width: number, spans: LineSpans): boolean {
  for (let i = 0; i < spans.length; i += 2) {
    if (overlaps(x, width, spans[i] ?? 0, spans[i + 1] ?? 0)) return true;
  }
  return false;
}
