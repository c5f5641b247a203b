/**
 * The charts' linear scale (the 1–5 rating axis to pixels, the radar's radius): a clamped two-point
 * map with d3-interpolate's number interpolator. Not d3-scale's `scaleLinear`: its continuous scale
 * imports d3-interpolate's generic interpolator (with d3-color) and d3-format (for tick formats no chart
 * asks for: the axes print the scale's whole numbers), about 6 kB gzip in every chart for this map,
 * which put the four charts over their 65 kB budget. The charts' ticks come from d3-array.
 */
import { interpolateNumber } from 'd3-interpolate';

/** What the charts read of a scale: callable, with the `domain()`/`range()` readers of d3. */
export interface LinearScale {
  /** The position of `value`, clamped to the range; NaN for NaN. */
  (value: number): number;
  domain(): number[];
  range(): number[];
}

/** A linear map of [d0, d1] onto [r0, r1], clamped to the range (d0 ≠ d1). */
export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const at = interpolateNumber(r0, r1);
  const scale = (value: number) =>
    Number.isNaN(value) ? Number.NaN : at(Math.min(1, Math.max(0, (value - d0) / (d1 - d0))));
  scale.domain = () => [d0, d1];
  scale.range = () => [r0, r1];
  return scale;
}
