/** ResponseCoverage's text blocks, pure: a text wrapped to a width at a type size, placed and measured. */
import type { Locale } from '@yhdyspinta/data';
import { wrapText } from '../text/wrapText';
import type { TextBlock } from './layoutTypes';

/**
 * `text` wrapped to `maxWidth` (at least 1 px) in up to `maxLines` lines, its top-left at (x, y); an
 * overlong word breaks at a syllable of `locale` with a hyphen.
 */
export function textBlock(
  text: string,
  x: number,
  y: number,
  maxWidth: number,
  fontSize: number,
  fontWeight: number,
  lineHeightFactor: number,
  maxLines: number,
  locale?: Locale,
): TextBlock & { readonly truncated: boolean } {
  const wrapped = wrapText(text, {
    maxWidth: Math.max(1, maxWidth),
    fontSize,
    maxLines,
    weight: fontWeight,
    locale,
  });
  const lineHeight = fontSize * lineHeightFactor;
  return {
    lines: wrapped.lines,
    truncated: wrapped.truncated,
    x,
    y,
    fontSize,
    lineHeight,
    fontWeight,
  };
}

/** The block without its `truncated` flag, moved to (x, y). */
export function place(b: TextBlock, x: number, y: number): TextBlock {
  const { lines, fontSize, lineHeight, fontWeight } = b;
  return { lines, x, y, fontSize, lineHeight, fontWeight };
}

/** The y under the block's last line. */
export function blockBottom(b: TextBlock): number {
  return b.y + b.lines.length * b.lineHeight;
}
