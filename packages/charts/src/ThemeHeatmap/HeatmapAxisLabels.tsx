import { memo } from 'react';
import { TextLines, lineBaseline } from '../text/TextLines';
import type { ChartTheme } from '../theme/ChartTheme';
import type { TextSize } from '../text/textSize';
import type { AxisLabel } from './axisLabels';
import { HeatmapColumnKey } from './HeatmapColumnKey';
import type { HeatmapPanel } from './layoutTypes';
import { round2, svgNumber } from '../geometry/round';

export interface HeatmapAxisLabelsProps extends TextSize {
  /** The panel whose row and column labels to draw, as compute placed them. */
  readonly panel: Pick<HeatmapPanel, 'rowLabels' | 'columnLabels'>;
  readonly theme: ChartTheme;
}

interface LabelProps extends TextSize {
  readonly label: AxisLabel;
  /** Repeated on a wrapped label's <text> (TextLines shifts its lines by it); a single line inherits it. */
  readonly textAnchor?: 'middle' | 'end';
  /** Rotated −45° about (label.x, label.y), the block centred across the text on that point. */
  readonly diagonal?: boolean;
}

/**
 * One label. A single line (the usual case) is a bare <text x y>, the font and anchor inherited from the
 * groups, at the same baseline TextLines would give it; wrapped labels go through TextLines.
 */
function Label({ label, fontSize, lineHeight, textAnchor, diagonal = false }: LabelProps) {
  const top = diagonal ? (-label.lines.length * lineHeight) / 2 : round2(label.y);
  const x = diagonal ? 0 : round2(label.x);
  const transform = diagonal
    ? `translate(${svgNumber(label.x)},${svgNumber(label.y)}) rotate(-45)`
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
 * A panel's row and column labels (every one; wrapped, at 45°, or numbered with a key, by compute). Fill, font size and weight
 * are set once on the group and the anchor once per axis. aria-hidden: each cell's accessible name and
 * the data table carry the full texts.
 */
export const HeatmapAxisLabels = memo(function HeatmapAxisLabels({
  panel,
  theme,
  fontSize,
  lineHeight,
}: HeatmapAxisLabelsProps) {
  const { rowLabels, columnLabels } = panel;
  const size = { fontSize, lineHeight };
  const diagonal = columnLabels.orientation === 'diagonal';
  const columns = columnLabels.labels.map((label) => (
    <Label
      key={label.index}
      label={label}
      {...size}
      textAnchor={diagonal ? undefined : 'middle'}
      diagonal={diagonal}
    />
  ));
  return (
    <g aria-hidden="true" fill={theme.colors.text} fontSize={fontSize} fontWeight={400}>
      <g textAnchor="end">
        {rowLabels.map((label) => (
          <Label key={label.index} label={label} {...size} textAnchor="end" />
        ))}
      </g>
      {diagonal ? columns : <g textAnchor="middle">{columns}</g>}
      {columnLabels.key ? <HeatmapColumnKey entries={columnLabels.key} {...size} /> : null}
    </g>
  );
});
