/**
 * A clamped linear scale: the one kind of scale the charts use (the 1–5 rating axis to pixels). Written
 * here rather than taken from d3-scale because `scaleLinear` pulls d3-interpolate, d3-color and
 * d3-format into every bundle (≈ 8 kB gzip, 40 % of a chart's budget) for a two-point linear map.
 * Callable like a d3 scale, with the same `domain()`/`range()` readers.
 */
export interface LinearScale {
  /** The position of `value`, clamped to the range. */
  (value: number): number;
  domain(): [number, number];
  range(): [number, number];
}

/** A linear map of [d0, d1] onto [r0, r1], clamped to the range (d0 ≠ d1). */
export function linearScale(
  [d0, d1]: readonly [number, number],
  [r0, r1]: readonly [number, number],
): LinearScale {
  const k = (r1 - r0) / (d1 - d0);
  const lo = Math.min(r0, r1);
  const hi = Math.max(r0, r1);
  const scale = (value: number) => Math.min(hi, Math.max(lo, r0 + (value - d0) * k));
  return Object.assign(scale, {
    domain: (): [number, number] => [d0, d1],
    range: (): [number, number] => [r0, r1],
  });
}
