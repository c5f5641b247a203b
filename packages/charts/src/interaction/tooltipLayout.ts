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
  /** Texts behind the item (e.g. a heatmap cell's memo points), listed under the rows. */
  readonly details?: TooltipDetails | null;
}

/** A list of texts in a tooltip: a heading, the first few, and how many more. */
export interface TooltipDetails {
  readonly heading: string | null;
  readonly items: readonly string[];
  /** Texts left out of `items` (beyond what the content lists). */
  readonly moreCount: number;
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

/** What a tooltip lays out beyond its title and field rows. */
export interface TooltipOptions {
  /** The sides to try, in order (see placeTooltip). */
  readonly sides?: readonly TooltipSide[];
  /** For breaking overlong words at its syllables. */
  readonly locale?: Locale;
  /** The most lines the title takes; by default as many as the chart's height leaves beside the rows. */
  readonly titleMaxLines?: number;
  /** The line for `count` details left out ("+3 muuta"); default "+3". */
  readonly more?: (count: number) => string;
}

/** A detail takes at most this many lines. */
const DETAIL_MAX_LINES = 3;

/**
 * The tooltip for `content` at `anchor`, kept inside `bounds`: the title (bold, wrapped, cut only if the
 * chart is too small), the field rows, then the details (if any) as "• text" items of up to three lines
 * each and a line saying how many more, cut to the lines the chart has room for.
 */
export function layoutTooltip(
  content: TooltipContent,
  anchor: Box,
  bounds: { readonly width: number; readonly height: number },
  theme: ChartTheme,
  options: TooltipOptions = {},
): TooltipLayout {
  const { padding, maxWidth } = theme.tooltip;
  const fontSize = theme.fontSize.tooltip;
  const lineHeight = fontSize * theme.lineHeight;
  const textWidth = Math.max(1, Math.min(maxWidth, bounds.width) - 2 * padding);
  const { locale } = options;
  const wrap = (text: string, maxLines?: number, weight?: number) =>
    wrapText(text, { maxWidth: textWidth, fontSize, maxLines, weight, locale }).lines;
  // The lines the chart's height holds, less one for the gap between title and rows.
  const budget = Math.floor((bounds.height - 2 * padding) / lineHeight) - 1;
  const rowLines = content.rows.flatMap((row) => wrap(`${row.label}: ${row.value}`));
  // The title gets the lines that fit in the chart's height; it is cut only in a very small chart.
  const titleRoom = Math.min(options.titleMaxLines ?? Infinity, budget - rowLines.length);
  const titleLines = wrap(content.title, Math.max(1, titleRoom), theme.fontWeight.bold);
  if (content.details) {
    const room = budget - titleLines.length - rowLines.length;
    rowLines.push(...detailLines(content.details, room, wrap, options.more));
  }
  const gapLine = titleLines.length > 0 && rowLines.length > 0 ? lineHeight / 3 : 0;
  const size = {
    width: Math.min(maxWidth, bounds.width),
    height: 2 * padding + (titleLines.length + rowLines.length) * lineHeight + gapLine,
  };
  const position = placeTooltip(anchor, size, bounds, theme.spacing.sm, options.sides);
  const rowsY = padding + titleLines.length * lineHeight + gapLine;
  return { ...position, ...size, titleLines, rowLines, rowsY, fontSize, lineHeight, padding };
}

/** The details' lines in `room` lines: the heading, whole items while they fit, then how many more. */
function detailLines(
  details: TooltipDetails,
  room: number,
  wrap: (text: string, maxLines?: number) => readonly string[],
  more: (count: number) => string = (count) => `+${count}`,
): string[] {
  const lines: string[] = details.heading ? [`${details.heading}:`] : [];
  let left = room - lines.length;
  const items = details.items.map((item) => wrap(`• ${item}`, DETAIL_MAX_LINES));
  let shown = 0;
  for (const itemLines of items) {
    // Keep one line free for "+N muuta" if anything would be left out.
    const reserve = shown + 1 < items.length || details.moreCount > 0 ? 1 : 0;
    if (itemLines.length + reserve > left) break;
    lines.push(...itemLines);
    left -= itemLines.length;
    shown += 1;
  }
  const hidden = items.length - shown + details.moreCount;
  if (hidden > 0) lines.push(more(hidden));
  return lines;
}
