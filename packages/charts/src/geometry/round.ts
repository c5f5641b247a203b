/** A coordinate rounded to two decimals (sub-pixel precision is plenty and keeps the SVG lean). */
export function round2(value: number): number {
  const n = Math.round(value * 100) / 100;
  return Object.is(n, -0) ? 0 : n;
}

/** A number for SVG output: at most two decimals, no trailing zeros. */
export function svgNumber(value: number): string {
  return String(round2(value));
}
