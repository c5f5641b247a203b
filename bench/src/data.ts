/**
 * Seeded benchmark data (tested in tests/bench/data.test.ts): every library of a case gets exactly the same
 * values, and every run the same values. Values are ratings on the 1–5 scale with one decimal, like the
 * survey means the charts are made for. Labels are short and synthetic ("Rivi 12") so text layout costs
 * the same for every row and no library gets an advantage from label lengths.
 */

/** mulberry32: a tiny, fast, well-distributed 32-bit PRNG. Returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A rating in [1, 5] with one decimal. */
export function nextRating(random: () => number): number {
  return Math.round((1 + random() * 4) * 10) / 10;
}

export interface HeatmapData {
  readonly rowLabels: readonly string[];
  readonly columnLabels: readonly string[];
  /** values[row][column], 1–5. */
  readonly values: readonly (readonly number[])[];
}

export interface BarsData {
  readonly labels: readonly string[];
  readonly values: readonly number[];
}

export interface RadarData {
  readonly axes: readonly string[];
  readonly seriesLabels: readonly string[];
  /** values[series][axis], 1–5. */
  readonly values: readonly (readonly number[])[];
}

export const DEFAULT_SEED = 20240611;

function labels(prefix: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => `${prefix} ${i + 1}`);
}

export function heatmapData(rows: number, columns: number, seed = DEFAULT_SEED): HeatmapData {
  const random = mulberry32(seed);
  const values = Array.from({ length: rows }, () =>
    Array.from({ length: columns }, () => nextRating(random)),
  );
  return { rowLabels: labels('Rivi', rows), columnLabels: labels('Sarake', columns), values };
}

export function barsData(count: number, seed = DEFAULT_SEED): BarsData {
  const random = mulberry32(seed);
  return {
    labels: labels('Tavoite', count),
    values: Array.from({ length: count }, () => nextRating(random)),
  };
}

export function radarData(axes: number, series: number, seed = DEFAULT_SEED): RadarData {
  const random = mulberry32(seed);
  return {
    axes: labels('Akseli', axes),
    seriesLabels: labels('Sarja', series),
    values: Array.from({ length: series }, () =>
      Array.from({ length: axes }, () => nextRating(random)),
    ),
  };
}
