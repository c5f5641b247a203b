import { memo } from 'react';
import { round2 } from '../geometry/round';
import { lineBaseline } from '../text/TextLines';
import { TextBlock } from '../text/TextBlock';
import type { TextSize } from '../text/textSize';
import type { ColumnKeyEntry } from './axisLabels';

export interface HeatmapColumnKeyProps extends TextSize {
  /** The panel's key entries, as compute placed them (columnKey.ts). */
  readonly entries: readonly ColumnKeyEntry[];
}

/**
 * The key of keyed column labels: each column's number in bold, then its label wrapped with a hanging
 * indent. Inherits fill and font size from HeatmapAxisLabels' group (aria-hidden there too).
 */
export const HeatmapColumnKey = memo(function HeatmapColumnKey({
  entries,
  fontSize,
  lineHeight,
}: HeatmapColumnKeyProps) {
  const size = { fontSize, lineHeight };
  return (
    <g textAnchor="start">
      {entries.map((entry) => (
        <g key={entry.index}>
          <text
            x={round2(entry.markerX)}
            y={round2(lineBaseline(entry.y, 0, fontSize, lineHeight, 700))}
            fontWeight={700}
          >
            {entry.marker}
          </text>
          <TextBlock x={entry.x} block={entry} size={size} />
        </g>
      ))}
    </g>
  );
});
