/**
 * Label line limits (`maxLabelLines`), shared by the charts that fit labels: what a prop value means, and
 * where a fit loop over line limits starts. Pure.
 */

/**
 * The most lines a label is ever given, whatever `maxLabelLines` asks: more cannot be read in a chart, and
 * the full text is always in the tooltip, the accessible name and the table.
 */
export const MAX_LABEL_LINES = 20;

/**
 * A `maxLabelLines` value as a line limit, a whole number from 1 to MAX_LABEL_LINES: fractions round
 * down; NaN, a non-number or anything below 1 (0, negatives, -Infinity) gives `fallback` (the chart's
 * default, a valid limit); a larger value, Infinity included ("no limit"), gives MAX_LABEL_LINES.
 */
export function resolveLineLimit(value: unknown, fallback: number): number {
  if (typeof value !== 'number' || Number.isNaN(value) || value < 1) return fallback;
  return Math.min(MAX_LABEL_LINES, Math.floor(value));
}

/**
 * The largest line limit a fit loop (trying limits from the largest down) needs to try: `limit`, but no
 * more than the most lines any label takes uncut (`lineCounts`, each label's line count at `limit`;
 * a larger limit changes nothing). At least 1.
 */
export function linesWorthTrying(limit: number, lineCounts: Iterable<number>): number {
  let most = 1;
  for (const count of lineCounts) if (count > most) most = count;
  return Math.max(1, Math.min(limit, most));
}
