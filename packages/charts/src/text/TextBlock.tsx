import { TextLines } from './TextLines';
import type { TextLinesProps } from './TextLines';
import type { TextSize } from './textSize';

/** A laid-out block of wrapped text: the top of its first line and its lines. */
export interface LinesBlock {
  readonly y: number;
  readonly lines: readonly string[];
}

export interface TextBlockProps extends Omit<
  TextLinesProps,
  'y' | 'lines' | 'fontSize' | 'lineHeight'
> {
  /** Where the layout put the text (a note, a key entry, a legend entry); `x` is its anchor. */
  readonly block: LinesBlock;
  /** The block's size: its own, or that of the legend or key it is in. */
  readonly size: TextSize;
}

/** TextLines of a laid-out block in a size, given as the block and the size instead of field by field. */
export function TextBlock({ block, size, ...rest }: TextBlockProps) {
  const { fontSize, lineHeight } = size;
  const placed = { y: block.y, lines: block.lines, fontSize, lineHeight };
  return <TextLines {...rest} {...placed} />;
}
