import { TextLines } from '../text/TextLines';
import type { ChartTheme } from '../theme/ChartTheme';
import type { AxisLayout } from './axis';

export interface GoalBarAxisProps {
  readonly axis: AxisLayout;
  readonly theme: ChartTheme;
}

/** The 1–5 axis: line, ticks, numbers, level names and title (aria-hidden: the names carry the values). */
export function GoalBarAxis({ axis, theme }: GoalBarAxisProps) {
  const { colors } = theme;
  // Numbers, level names and title: one size (on the group too, but TextLines places lines by it).
  const font = { fontSize: axis.fontSize, lineHeight: axis.lineHeight };
  return (
    <g aria-hidden="true" fill={colors.textMuted} fontSize={axis.fontSize}>
      <line x1={axis.x0} x2={axis.x1} y1={axis.y} y2={axis.y} stroke={colors.axis} />
      {axis.ticks.map((tick) => (
        <g key={tick.value}>
          <line
            x1={tick.x}
            x2={tick.x}
            y1={axis.y}
            y2={axis.y + axis.tickLength}
            stroke={colors.axis}
          />
          <TextLines
            {...font}
            x={tick.x}
            y={axis.numberY}
            lines={[tick.number]}
            textAnchor="middle"
            fill={colors.text}
          />
          <TextLines
            {...font}
            x={tick.labelX}
            y={axis.labelY}
            lines={tick.labelLines}
            textAnchor="middle"
          />
        </g>
      ))}
      <TextLines
        {...font}
        x={axis.titleX}
        y={axis.titleY}
        lines={axis.titleLines}
        textAnchor={axis.titleAnchor}
      />
    </g>
  );
}
