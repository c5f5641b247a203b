import { memo } from 'react';
import { TextLines, lineBaseline } from '../text/TextLines';
import type { ChartTheme } from '../theme/ChartTheme';
import type { TextSize } from '../text/textSize';
import type { AxisLabel } from './axisLabels';
import type { HeatmapLayout } from './compute';
import { round2, svgNumber } from '../geometry/round';

export interface HeatmapAxisLabelsProps {
  /** The labels and their type size, as compute placed them. */
  readonly layout: Pick<
    HeatmapLayout,
    'rowLabels' | 'columnLabels' | 'labelFontSize' | 'labelLineHeight'
  >;
  readonly theme: ChartTheme;
}

interface LabelProps extends TextSize {
  readonly label: AxisLabel;
  /** Repeated on a wrapped label's <text> (TextLines shifts its lines by it); a single line inherits it. */
  readonly textAnchor?: 'middle' | 'end';
  /** Rotated about (label.x, label.y), the block centred across the text on that point. */
  readonly vertical?: boolean;
}

/**
 * One label. A single line (the usual case) is a bare <text x y>, the font and anchor inherited from the
 * groups, at the same baseline TextLines would give it; wrapped labels go through TextLines.
 */
function Label({ label, fontSize, lineHeight, textAnchor, vertical = false }: LabelProps) {
  const top = vertical ? (-label.lines.length * lineHeight) / 2 : round2(label.y);
  const x = vertical ? 0 : round2(label.x);
  const transform = vertical
    ? `translate(${svgNumber(label.x)},${svgNumber(label.y)}) rotate(-90)`
    : undefined;
  if (label.lines.length === 1) {
    return (
      <text
        x={x || undefined}
        y={round2(lineBaseline(top, 0, fontSize, lineHeight))}
        transform={transform}
      >
        {label.lines[0]}
      </text>
    );
  }
  const lines = (
    <TextLines
      x={x}
      y={top}
      lines={label.lines}
      fontSize={fontSize}
      lineHeight={lineHeight}
      textAnchor={textAnchor}
    />
  );
  return transform ? <g transform={transform}>{lines}</g> : lines;
}

/**
 * The visible row and column labels (thinned, wrapped, rotated or cut by compute). Fill, font size and
 * weight are set once on the group and the anchor once per axis. aria-hidden: each cell's accessible name
 * and the data table carry the full texts.
 */
export const HeatmapAxisLabels = memo(function HeatmapAxisLabels({
  layout,
  theme,
}: HeatmapAxisLabelsProps) {
  const { rowLabels, columnLabels } = layout;
  const size = { fontSize: layout.labelFontSize, lineHeight: layout.labelLineHeight };
  const vertical = columnLabels.orientation === 'vertical';
  const columns = columnLabels.labels.map((label) => (
    <Label
      key={label.index}
      label={label}
      {...size}
      textAnchor={vertical ? undefined : 'middle'}
      vertical={vertical}
    />
  ));
  return (
    <g aria-hidden="true" fill={theme.colors.text} fontSize={size.fontSize} fontWeight={400}>
      <g textAnchor="end">
        {rowLabels.labels.map((label) => (
          <Label key={label.index} label={label} {...size} textAnchor="end" />
        ))}
      </g>
      {vertical ? columns : <g textAnchor="middle">{columns}</g>}
    </g>
  );
});
