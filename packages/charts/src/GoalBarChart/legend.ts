/** The legend of GoalBarChart's lines (neutral reference, optional comparison), pure. */
import { measureText } from '../text/measureText';
import type { ChartTheme } from '../theme/ChartTheme';

export interface LegendEntry {
  readonly kind: 'reference' | 'comparison';
  readonly text: string;
  /** The sample line: a short vertical segment like the marker in the plot. */
  readonly swatchX: number;
  /** Top of the entry's line box; the text starts at textX. */
  readonly y: number;
  readonly textX: number;
}

export interface LegendLayout {
  readonly entries: readonly LegendEntry[];
  readonly fontSize: number;
  readonly lineHeight: number;
  /** Bottom of the legend block. */
  readonly bottom: number;
}

/** Entries packed left to right, onto new lines when the width runs out. Text longer than a line is kept whole. */
export function layoutLegend(
  items: readonly { readonly kind: LegendEntry['kind']; readonly text: string }[],
  top: number,
  width: number,
  theme: ChartTheme,
): LegendLayout {
  const { spacing } = theme;
  const fontSize = theme.fontSize.small;
  const lineHeight = fontSize * theme.lineHeight;
  const left = spacing.md;
  const right = width - spacing.md;
  const swatch = spacing.sm;
  const entries: LegendEntry[] = [];
  let x = left;
  let y = top;
  for (const item of items) {
    const w = swatch + spacing.xs + measureText(item.text, fontSize);
    if (x > left && x + w > right) {
      x = left;
      y += lineHeight;
    }
    entries.push({ ...item, swatchX: x + swatch / 2, y, textX: x + swatch + spacing.xs });
    x += w + spacing.lg;
  }
  const bottom = entries.length > 0 ? y + lineHeight + spacing.sm : top;
  return { entries, fontSize, lineHeight, bottom };
}
