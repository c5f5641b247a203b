import { TextLines } from '../text/TextLines';
import type { RadarPartProps } from './RadarGrid';

/**
 * The goal texts around the plot, wrapped and placed by compute (cut with "…" past the line limit).
 * aria-hidden: each point's accessible name and the table carry the full text.
 */
export function RadarAxisLabels({ layout, theme }: RadarPartProps) {
  return (
    <g aria-hidden="true" fill={theme.colors.text}>
      {layout.axes.map((axis) => (
        <TextLines
          key={axis.axis.id}
          x={axis.textX}
          y={axis.box.y}
          lines={axis.lines}
          fontSize={layout.font.label}
          lineHeight={layout.font.labelLineHeight}
          textAnchor={axis.anchor}
        />
      ))}
    </g>
  );
}
