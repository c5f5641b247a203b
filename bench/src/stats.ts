/** Pure statistics and formatting helpers of the benchmark (tested in tests/bench/stats.test.ts). */

/** The median of a non-empty list (the mean of the two middle values for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of an empty list');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] as number;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] as number) + upper) / 2;
}

/** The p-quantile (0–1) by linear interpolation between closest ranks. */
export function quantile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error('quantile of an empty list');
  if (!(p >= 0 && p <= 1)) throw new Error(`quantile p out of range: ${p}`);
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * p;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = sorted[lo] as number;
  const b = sorted[hi] as number;
  return a + (b - a) * (pos - lo);
}

/**
 * Relative spread of the samples: (p75 − p25) / median. Below ~0.05 the median is trustworthy; the report
 * prints it so a noisy case is visible.
 */
export function relativeIqr(values: readonly number[]): number {
  const m = median(values);
  return m === 0 ? 0 : (quantile(values, 0.75) - quantile(values, 0.25)) / m;
}

/** value / baseline, or null when either is missing or the baseline is not positive. */
export function ratio(value: number | null | undefined, baseline: number | null | undefined) {
  if (value == null || baseline == null || !(baseline > 0) || !Number.isFinite(value)) return null;
  return value / baseline;
}

/**
 * How many renders one timed sample needs to last at least `minSampleMs`, given a per-render estimate:
 * at least 1, at most `maxIterations`.
 */
export function iterationsPerSample(
  estimateMs: number,
  minSampleMs: number,
  maxIterations = 100_000,
): number {
  if (!(estimateMs > 0)) return maxIterations;
  return Math.max(1, Math.min(maxIterations, Math.ceil(minSampleMs / estimateMs)));
}

/** Number of SVG/HTML elements in markup: every start tag (`<name`), not end tags or comments. */
export function countElements(markup: string): number {
  let count = 0;
  for (let i = markup.indexOf('<'); i !== -1; i = markup.indexOf('<', i + 1)) {
    const next = markup.charCodeAt(i + 1);
    // a–z or A–Z: a start tag.
    if ((next >= 97 && next <= 122) || (next >= 65 && next <= 90)) count += 1;
  }
  return count;
}

/** Milliseconds for a table: 3 significant digits, at least 2 decimals below 1 ms. */
export function formatMs(ms: number): string {
  if (ms >= 100) return ms.toFixed(0);
  if (ms >= 10) return ms.toFixed(1);
  return ms.toFixed(2);
}

/** A ratio for a table: "1.84×". */
export function formatRatio(value: number | null): string {
  return value == null ? '–' : `${value.toFixed(2)}×`;
}

/** Bytes for a table: "812 B", "14.2 kB", "3.41 MB" (SI: 1 kB = 1000 B, also the unit of the targets). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} kB`;
  return `${(bytes / 1_000_000).toFixed(2)} MB`;
}
