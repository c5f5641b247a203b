import type { SVGProps } from 'react';
import { round2 } from '../geometry/round';
import { measureText, metricsFor } from './measureText';
import type { TextSize } from './textSize';

export interface TextLinesProps
  extends
    Omit<SVGProps<SVGTextElement>, 'x' | 'y' | 'children' | 'fontSize' | 'fontWeight'>,
    TextSize {
  /** Anchor x of every line (left edge for textAnchor "start"). */
  readonly x: number;
  /** Top of the text block (not a baseline). */
  readonly y: number;
  /** Lines from wrapText. */
  readonly lines: readonly string[];
  readonly fontWeight?: number;
}

/** The baseline of line `index` of a block whose top is `top`: each line's capitals centred in its line box. */
export function lineBaseline(
  top: number,
  index: number,
  fontSize: number,
  lineHeight: number,
  fontWeight = 400,
): number {
  return (
    top + index * lineHeight + lineHeight / 2 + (metricsFor(fontWeight).capHeight * fontSize) / 2
  );
}

/**
 * Pre-wrapped lines as one SVG <text> with a <tspan> per line, positioned with explicit coordinates (no
 * dominant-baseline, which renderers treat differently), so the browser, the server and resvg agree.
 * Every line but the last ends in a space, so the text content (what screen readers and live regions read)
 * keeps its word breaks; renderers count that space in a centred or end-anchored line, so such lines are
 * moved by half or all of a space's width to stay where the layout put them. A single line is a plain
 * <text> with its own x and y (no <tspan>); coordinates are rounded to hundredths of a pixel.
 */
export function TextLines({
  x,
  y,
  lines,
  fontSize,
  lineHeight,
  fontWeight = 400,
  ...rest
}: TextLinesProps) {
  if (lines.length === 0) return null;
  if (lines.length === 1) {
    return (
      <text
        x={round2(x)}
        y={round2(lineBaseline(y, 0, fontSize, lineHeight, fontWeight))}
        fontSize={fontSize}
        fontWeight={fontWeight}
        {...rest}
      >
        {lines[0]}
      </text>
    );
  }
  const anchor = rest.textAnchor;
  const space = measureText(' ', fontSize, fontWeight);
  const shift = anchor === 'middle' ? space / 2 : anchor === 'end' ? space : 0;
  const last = lines.length - 1;
  return (
    <text fontSize={fontSize} fontWeight={fontWeight} {...rest}>
      {lines.map((line, i) => (
        <tspan
          key={i}
          x={round2(i < last ? x + shift : x)}
          y={round2(lineBaseline(y, i, fontSize, lineHeight, fontWeight))}
        >
          {i < last ? `${line} ` : line}
        </tspan>
      ))}
    </text>
  );
}
