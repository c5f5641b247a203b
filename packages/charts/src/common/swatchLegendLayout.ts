/**
 * A legend of colour swatches with labels (e.g. a heatmap's colour bands plus a hatched "ei tietoa"
 * swatch), pure: an optional title, then the entries packed left to right, onto new lines when the width
 * runs out. Sizes come from the theme (small type); text is measured with the DOM-free metrics, so the
 * boxes it returns are exact enough to test for collisions.
 */
import { measureText } from '../text/measureText';
import { ellipsize } from '../text/wrapText';
import type { ChartTheme } from '../theme/ChartTheme';
import type { TextSize } from '../text/textSize';

export interface SwatchLegendItem {
  readonly key: string;
  readonly label: string;
  /** Swatch fill: a colour or a paint server such as `url(#hatch)`. */
  readonly fill: string;
}

export interface SwatchLegendEntry extends SwatchLegendItem {
  /** The swatch's box. */
  readonly swatch: {
    readonly x: number;
    readonly y: number;
    readonly width: number;
    readonly height: number;
  };
  /** Left of the label text and the top of its line box. */
  readonly textX: number;
  readonly textY: number;
  /** The whole entry (swatch and text), for collision checks. */
  readonly box: {
    readonly x: number;
    readonly y: number;
    readonly width: number;
    readonly height: number;
  };
}

export interface SwatchLegendLayout extends TextSize {
  readonly title: { readonly text: string; readonly x: number; readonly y: number } | null;
  readonly entries: readonly SwatchLegendEntry[];
  /** Bottom of the legend block (top when there is nothing to show). */
  readonly bottom: number;
}

export interface SwatchLegendInput {
  readonly title?: string;
  readonly items: readonly SwatchLegendItem[];
  /** Left edge and width available. */
  readonly x: number;
  readonly width: number;
  readonly top: number;
  readonly theme: ChartTheme;
}

export function layoutSwatchLegend({
  title,
  items,
  x: left,
  width,
  top,
  theme,
}: SwatchLegendInput): SwatchLegendLayout {
  const { spacing } = theme;
  const fontSize = theme.fontSize.small;
  const lineHeight = fontSize * theme.lineHeight;
  const right = left + Math.max(1, width);
  const swatchW = Math.round(fontSize * 1.6);
  const swatchH = Math.round(fontSize);
  const fits = (s: string, room: number) => measureText(s, fontSize) <= room;
  let x = left;
  let y = top;
  let titleBlock: SwatchLegendLayout['title'] = null;
  if (title) {
    const text = fits(title, right - left) ? title : ellipsize(title, (s) => fits(s, right - left));
    titleBlock = { text, x: left, y };
    x = left + measureText(text, fontSize) + spacing.md;
  }
  const entries: SwatchLegendEntry[] = [];
  for (const item of items) {
    const room = Math.max(1, right - left - swatchW - spacing.xs);
    const label = fits(item.label, room) ? item.label : ellipsize(item.label, (s) => fits(s, room));
    const w = swatchW + spacing.xs + measureText(label, fontSize);
    if (x > left && x + w > right) {
      x = left;
      y += lineHeight + spacing.xs;
    }
    entries.push({
      ...item,
      label,
      swatch: { x, y: y + (lineHeight - swatchH) / 2, width: swatchW, height: swatchH },
      textX: x + swatchW + spacing.xs,
      textY: y,
      box: { x, y, width: w, height: lineHeight },
    });
    x += w + spacing.md;
  }
  const bottom = entries.length > 0 || titleBlock ? y + lineHeight : top;
  return { title: titleBlock, entries, fontSize, lineHeight, bottom };
}
