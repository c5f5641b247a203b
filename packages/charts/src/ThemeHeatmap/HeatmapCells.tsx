import { memo } from 'react';
import type { ChartTheme } from '../theme/ChartTheme';
import type { CellMarks } from './cells';
import { round2, svgNumber } from '../geometry/round';
import { TextLines } from '../text/TextLines';

export interface HeatmapCellsProps {
  readonly marks: CellMarks;
  /** `url(#…)` of the MissingPattern. */
  readonly missingFill: string;
  readonly theme: ChartTheme;
}

/**
 * The cells of one panel: one stroked <path> per colour band (each cell a segment as thick as the cell,
 * see cells.ts), the outlines of near-white cells with no printed value, one quietly hatched <path> for the
 * missing cells (no outline: quieter than data), the "ei tietoa" labels (from compute) on a background box, and the printed values grouped by text colour, one <text>
 * per row with a <tspan> per value (font attributes set once on the group). No per-cell element except a
 * printed value's <tspan>. aria-hidden: the focusable cell and the data table carry the values.
 */
export const HeatmapCells = memo(function HeatmapCells({
  marks,
  missingFill,
  theme,
}: HeatmapCellsProps) {
  const small = theme.fontSize.small;
  // pointerEvents none: the panel's transparent rect under the cells takes the pointer. Hit-testing the
  // stroked band paths (thousands of segments each) cost tens of ms a move on a 300 × 50 grid.
  return (
    <g aria-hidden="true" pointerEvents="none">
      {marks.bandPaths.some((band) => band.d) ? (
        <g fill="none" strokeWidth={marks.bandStroke}>
          {marks.bandPaths.map((band) =>
            band.d ? (
              <path
                key={`${band.block}-${band.stroke}-${band.band}`}
                d={band.d}
                stroke={band.color}
                strokeWidth={band.stroke === marks.bandStroke ? undefined : band.stroke}
              />
            ) : null,
          )}
        </g>
      ) : null}
      {marks.outlinePath ? (
        <path d={marks.outlinePath} fill="none" stroke={theme.colors.axis} strokeWidth={1} />
      ) : null}
      {marks.missingPath ? <path d={marks.missingPath} fill={missingFill} /> : null}
      {marks.missingLabels.length > 0 ? (
        <g fill={theme.colors.textMuted}>
          {marks.missingLabels.map((label, i) => (
            <g key={i}>
              <rect
                x={svgNumber(label.box.x)}
                y={svgNumber(label.box.y)}
                width={svgNumber(label.box.width)}
                height={svgNumber(label.box.height)}
                rx={2}
                fill={theme.colors.background}
              />
              <TextLines
                x={round2(label.x)}
                y={round2(label.y)}
                lines={label.lines}
                fontSize={small}
                lineHeight={small * theme.lineHeight}
                textAnchor="middle"
              />
            </g>
          ))}
        </g>
      ) : null}
      {marks.valueFontSize !== null ? (
        <g fontSize={marks.valueFontSize} fontWeight={400} textAnchor="middle">
          {marks.valueGroups.map((group) => (
            <g key={group.color} fill={group.color}>
              {group.rows.map((row, r) => (
                <text key={r} y={svgNumber(row.y)}>
                  {row.items.map((item, i) => (
                    <tspan key={i} x={svgNumber(item.x)}>
                      {item.text}
                    </tspan>
                  ))}
                </text>
              ))}
            </g>
          ))}
        </g>
      ) : null}
    </g>
  );
});
