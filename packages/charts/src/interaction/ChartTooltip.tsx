import type { ChartTheme } from '../theme/ChartTheme';
import { TextLines } from '../text/TextLines';
import type { TooltipLayout } from './tooltipLayout';

export interface ChartTooltipProps {
  /** useActiveItem's tooltipId: the described item's aria-describedby points here. */
  readonly id: string;
  /** From layoutTooltip. */
  readonly layout: TooltipLayout;
  readonly theme: ChartTheme;
}

/**
 * The tooltip, drawn in SVG (it needs no style attribute, works in static SVG and stays inside the chart):
 * the item's full text in bold, then the field rows. role="tooltip"; the title part is aria-hidden
 * because the item's accessible name already has it, so the description read out is just the fields.
 * Render it last in ChartRoot so it paints above the marks; it ignores the pointer.
 */
export function ChartTooltip({ id, layout, theme }: ChartTooltipProps) {
  const { tooltip, fontWeight } = theme;
  const { padding, lineHeight, fontSize, titleLines, rowLines, rowsY } = layout;
  return (
    <g id={id} role="tooltip" transform={`translate(${layout.x},${layout.y})`} pointerEvents="none">
      <rect
        width={layout.width}
        height={layout.height}
        rx={tooltip.radius}
        fill={tooltip.background}
        stroke={tooltip.border}
      />
      <TextLines
        aria-hidden="true"
        x={padding}
        y={padding}
        lines={titleLines}
        fontSize={fontSize}
        lineHeight={lineHeight}
        fontWeight={fontWeight.bold}
        fill={tooltip.text}
      />
      <TextLines
        x={padding}
        y={rowsY}
        lines={rowLines}
        fontSize={fontSize}
        lineHeight={lineHeight}
        fontWeight={fontWeight.normal}
        fill={tooltip.text}
      />
    </g>
  );
}
