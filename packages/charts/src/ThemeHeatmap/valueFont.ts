/** Whether the heatmap's values are printed in its cells, and at which size (pure). */
import { measureText } from '../text/measureText';
import type { HeatmapValue } from './types';

/** The distinct printed values' texts. */
function valueTexts(
  values: readonly (readonly HeatmapValue[])[],
  format: (value: number) => string,
): Set<string> {
  const seen = new Set<string>();
  for (const row of values) for (const v of row) if (v !== null) seen.add(format(v));
  return seen;
}

/**
 * The largest of `sizes` at which every value fits its cell (padding on both sides, 1.2 lines tall), or
 * null when none does: then no value is printed and the chart says where the values are.
 */
export function chooseValueFont(input: {
  readonly values: readonly (readonly HeatmapValue[])[];
  readonly format: (value: number) => string;
  readonly cellWidth: number;
  readonly cellHeight: number;
  readonly sizes: readonly number[];
  readonly padding: number;
}): number | null {
  const texts = valueTexts(input.values, input.format);
  for (const size of input.sizes) {
    if (input.cellHeight < size * 1.2) continue;
    let widest = 0;
    for (const text of texts) widest = Math.max(widest, measureText(text, size));
    if (widest + 2 * input.padding <= input.cellWidth) return size;
  }
  return null;
}
