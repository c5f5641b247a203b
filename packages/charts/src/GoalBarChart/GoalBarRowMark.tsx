import type { InteractiveItemProps } from '../interaction/useChartInteraction';
import { TextLines } from '../text/TextLines';
import type { ChartTheme } from '../theme/ChartTheme';
import type { GoalBarLayout, GoalBarRow } from './compute';

export interface GoalBarRowMarkProps {
  readonly row: GoalBarRow;
  readonly font: GoalBarLayout['font'];
  readonly theme: ChartTheme;
  /** Accessible name: full text and value. */
  readonly name: string;
  /** url(#…) of the missing-data pattern. */
  readonly missingFill: string;
  readonly interaction: InteractiveItemProps;
}

/**
 * One goal as a focusable graphics-symbol: an invisible hit area over the whole row (so hovering the label
 * or the value shows the tooltip too), the wrapped label and the bar (or the hatched no-data square). The
 * printed value is drawn by GoalBarValues, above the reference lines.
 */
export function GoalBarRowMark({
  row,
  font,
  theme,
  name,
  missingFill,
  interaction,
}: GoalBarRowMarkProps) {
  const { colors } = theme;
  return (
    <g role="graphics-symbol" aria-label={name} {...interaction}>
      <rect {...row.rowBox} fill={colors.background} fillOpacity={0} />
      <TextLines
        x={row.labelX}
        y={row.labelY}
        lines={row.labelLines}
        fontSize={font.label}
        lineHeight={font.labelLineHeight}
        fill={colors.text}
      />
      {row.bar ? (
        <rect {...row.bar} fill={row.level === 0 ? colors.mark : colors.markSecondary} />
      ) : null}
      {row.missing ? (
        <rect {...row.missing} fill={missingFill} stroke={theme.missing.stroke} />
      ) : null}
    </g>
  );
}
