import { memo } from 'react';
import { TextLines } from '../text/TextLines';
import type { ChartTheme } from '../theme/ChartTheme';
import type { HeatmapFrame } from './compute';
import type { RowLabels } from './axisLabels';
import { round2, svgNumber } from '../layout/round';

export interface HeatmapAxisLabelsProps {
  readonly rowLabels: RowLabels;
  readonly columnLabels: HeatmapFrame['columnLabels'];
  readonly fontSize: number;
  readonly lineHeight: number;
  readonly theme: ChartTheme;
}

/**
 * The visible row and column labels (thinned, wrapped, rotated or cut by compute). aria-hidden: each
 * cell's accessible name and the data table carry the full texts.
 */
export const HeatmapAxisLabels = memo(function HeatmapAxisLabels({
  rowLabels,
  columnLabels,
  fontSize,
  lineHeight,
  theme,
}: HeatmapAxisLabelsProps) {
  const vertical = columnLabels.orientation === 'vertical';
  return (
    <g aria-hidden="true" fill={theme.colors.text} fontSize={fontSize}>
      {rowLabels.labels.map((label) => (
        <TextLines
          key={label.index}
          x={round2(label.x)}
          y={round2(label.y)}
          lines={label.lines}
          fontSize={fontSize}
          lineHeight={lineHeight}
          textAnchor="end"
        />
      ))}
      {columnLabels.labels.map((label) =>
        vertical ? (
          <g
            key={label.index}
            transform={`translate(${svgNumber(label.x)},${svgNumber(label.y)}) rotate(-90)`}
          >
            <TextLines
              x={0}
              y={(-label.lines.length * lineHeight) / 2}
              lines={label.lines}
              fontSize={fontSize}
              lineHeight={lineHeight}
            />
          </g>
        ) : (
          <TextLines
            key={label.index}
            x={round2(label.x)}
            y={round2(label.y)}
            lines={label.lines}
            fontSize={fontSize}
            lineHeight={lineHeight}
            textAnchor="middle"
          />
        ),
      )}
    </g>
  );
});
