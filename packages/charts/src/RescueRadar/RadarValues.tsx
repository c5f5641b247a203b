import { TextLines } from '../text/TextLines';
import type { RadarPartProps } from './RadarGrid';

/**
 * The printed values ("3,3") where compute found room, bold with a halo in the background colour (as
 * GoalBarChart's). aria-hidden: each point's accessible name has its value.
 */
export function RadarValues({ layout, theme }: RadarPartProps) {
  const { colors, fontWeight } = theme;
  return (
    <g
      aria-hidden="true"
      pointerEvents="none"
      fill={colors.text}
      stroke={colors.background}
      strokeWidth={Math.max(2, layout.font.value / 4)}
      strokeLinejoin="round"
      paintOrder="stroke"
    >
      {layout.points.map((p) =>
        p.valueBox && p.valueText ? (
          <TextLines
            key={p.index}
            x={p.valueBox.x}
            y={p.valueBox.y}
            lines={[p.valueText]}
            fontSize={layout.font.value}
            lineHeight={layout.font.valueLineHeight}
            fontWeight={fontWeight.bold}
          />
        ) : null,
      )}
    </g>
  );
}
