/**
 * Tooltip geometry, pure: the wrapped text, the box size, and a position inside the chart that does not
 * cover the anchor (by default right of it, else left, below, above; clamped as a last resort).
 */
import type { Box } from '../geometry/box';
import type { ChartTheme } from '../theme/ChartTheme';
import type { Locale } from '@yhdyspinta/data';
import { wrapText } from '../text/wrapText';
import type { TextSize } from '../text/textSize';

export interface TooltipRow {
  readonly label: string;
  readonly value: string;
}

export interface TooltipContent {
  /** The full text of the item (wrapped, cut only if the chart is too small to show it). */
  readonly title: string;
  /** Field rows such as "Keskiarvo: 2,2". */
  readonly rows: readonly TooltipRow[];
}

export type TooltipPlacement = 'right' | 'left' | 'below' | 'above' | 'clamped';

/** The tooltip's box in the chart, its wrapped lines and their type size. */
export interface TooltipLayout extends Box, TextSize {
  readonly placement: TooltipPlacement;
  readonly titleLines: readonly string[];
  readonly rowLines: readonly string[];
  /** Top of the first row line, relative to the tooltip box. */
  readonly rowsY: number;
  readonly padding: number;
}

export type TooltipSide = Exclude<TooltipPlacement, 'clamped'>;

/** The default order of sides to try. */
export const DEFAULT_TOOLTIP_SIDES: readonly TooltipSide[] = ['right', 'left', 'below', 'above'];

/**
 * Where a box of `size` goes next to `anchor` within `bounds` (0,0 – width,height): the first side in
 * `sides` where it fits whole, else centred on the anchor and clamped into the bounds.
 */
export function placeTooltip(
  anchor: Box,
  size: { readonly width: number; readonly height: number },
  bounds: { readonly width: number; readonly height: number },
  gap: number,
  sides: readonly TooltipSide[] = DEFAULT_TOOLTIP_SIDES,
): { x: number; y: number; placement: TooltipPlacement } {
  const clamp = (v: number, max: number) => Math.max(0, Math.min(v, Math.max(0, max)));
  const midY = clamp(anchor.y + anchor.height / 2 - size.height / 2, bounds.height - size.height);
  const midX = clamp(anchor.x + anchor.width / 2 - size.width / 2, bounds.width - size.width);
  const at: Record<TooltipSide, { x: number; y: number }> = {
    right: { x: anchor.x + anchor.width + gap, y: midY },
    left: { x: anchor.x - gap - size.width, y: midY },
    below: { x: midX, y: anchor.y + anchor.height + gap },
    above: { x: midX, y: anchor.y - gap - size.height },
  };
  const candidates = sides.map((placement) => ({ ...at[placement], placement }));
  const fits = (c: { x: number; y: number }) =>
    c.x >= 0 && c.y >= 0 && c.x + size.width <= bounds.width && c.y + size.height <= bounds.height;
  const found = candidates.find(fits);
  if (found) return found;
  return { x: midX, y: midY, placement: 'clamped' };
}

/**
 * The tooltip for `content` at `anchor`, kept inside `bounds`; `sides` as in placeTooltip; `locale` for
 * breaking overlong words at its syllables.
 */
export function layoutTooltip(
  content: TooltipContent,
  anchor: Box,
  bounds: { readonly width: number; readonly height: number },
  theme: ChartTheme,
  sides?: readonly TooltipSide[],
  locale?: Locale,
): TooltipLayout {
  const { padding, maxWidth } = theme.tooltip;
  const fontSize = theme.fontSize.tooltip;
  const lineHeight = fontSize * theme.lineHeight;
  const textWidth = Math.max(1, Math.min(maxWidth, bounds.width) - 2 * padding);
  const rowLines = content.rows.flatMap(
    (row) =>
      wrapText(`${row.label}: ${row.value}`, { maxWidth: textWidth, fontSize, locale }).lines,
  );
  // The title gets the lines that fit in the chart's height; it is cut only in a very small chart.
  const room = Math.floor((bounds.height - 2 * padding) / lineHeight) - rowLines.length - 1;
  const titleLines = wrapText(content.title, {
    maxWidth: textWidth,
    fontSize,
    weight: theme.fontWeight.bold,
    maxLines: Math.max(1, room),
    locale,
  }).lines;
  const gapLine = titleLines.length > 0 && rowLines.length > 0 ? lineHeight / 3 : 0;
  const size = {
    width: Math.min(maxWidth, bounds.width),
    height: 2 * padding + (titleLines.length + rowLines.length) * lineHeight + gapLine,
  };
  const position = placeTooltip(anchor, size, bounds, theme.spacing.sm, sides);
  const rowsY = padding + titleLines.length * lineHeight + gapLine;
  return { ...position, ...size, titleLines, rowLines, rowsY, fontSize, lineHeight, padding };
}
