import { memo } from 'react';
import { TextLines } from '../text/TextLines';
import type { ChartTheme } from '../theme/ChartTheme';
import type { GoalBarLayout } from './compute';
import type { GoalBarMarks } from './marks';

export interface GoalBarRowsProps {
  readonly layout: GoalBarLayout;
  readonly marks: GoalBarMarks;
  /** url(#…) of the missing-data pattern. */
  readonly missingFill: string;
  readonly theme: ChartTheme;
}

/**
 * The rows as drawn: section headers, the wrapped goal texts (a plain <text y> per one-line label, a <tspan>
 * per line otherwise; font, colour and x set once per group), and the bars as one path per fill. No
 * per-row element but the label; aria-hidden: the chart's focus element names the active row and the
 * hidden table has every row.
 */
export const GoalBarRows = memo(function GoalBarRows({
  layout,
  marks,
  missingFill,
  theme,
}: GoalBarRowsProps) {
  const { colors, fontWeight } = theme;
  const { font } = layout;
  return (
    <g aria-hidden="true">
      {layout.groups.map((group) => (
        <TextLines
          key={group.id}
          x={group.x}
          y={group.y}
          lines={group.lines}
          fontSize={group.kind === 'prefix' ? font.prefix : font.group}
          lineHeight={group.kind === 'prefix' ? font.prefixLineHeight : font.groupLineHeight}
          fontWeight={fontWeight.bold}
          fill={colors.text}
        />
      ))}
      <g fontSize={font.label} fontWeight={fontWeight.normal} fill={colors.text}>
        {marks.labels.map((column) => (
          <g key={column.x} transform={`translate(${column.x} 0)`}>
            {column.lines.map((label) => (
              <text key={label.key} y={label.y}>
                {label.text}
              </text>
            ))}
            {column.wrapped.map((label) => (
              <text key={label.key}>
                {label.lines.map((line, i) => (
                  <tspan key={i} x={0} y={line.y}>
                    {line.text}
                  </tspan>
                ))}
              </text>
            ))}
          </g>
        ))}
      </g>
      {marks.goalBars ? <path d={marks.goalBars} fill={colors.mark} /> : null}
      {marks.subGoalBars ? <path d={marks.subGoalBars} fill={colors.markSecondary} /> : null}
      {marks.missing ? (
        <path d={marks.missing} fill={missingFill} stroke={theme.missing.stroke} />
      ) : null}
    </g>
  );
});
