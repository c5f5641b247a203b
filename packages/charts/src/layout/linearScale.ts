/**
 * The charts' linear scale (the 1–5 rating axis to pixels): d3-scale's `scaleLinear`, clamped. The
 * charts issue (#12) reset the bundle budget to ≤ 35 kB gzip a chart, which has room for d3-scale (and
 * the d3-interpolate it pulls in); a hand-written two-point map is no longer worth keeping.
 */
import { scaleLinear } from 'd3-scale';

/** What the charts read of a scale: callable, with the `domain()`/`range()` readers of d3. */
export interface LinearScale {
  /** The position of `value`, clamped to the range. */
  (value: number): number;
  domain(): number[];
  range(): number[];
}

/** A linear map of [d0, d1] onto [r0, r1], clamped to the range (d0 ≠ d1). */
export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
): LinearScale {
  return scaleLinear().domain(domain).range(range).clamp(true).unknown(Number.NaN);
}
