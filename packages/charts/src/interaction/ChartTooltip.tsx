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
  // Both blocks start at the padding, in the same size and colour.
  const text = { x: padding, fontSize, lineHeight, fill: tooltip.text };
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
        {...text}
        y={padding}
        lines={titleLines}
        fontWeight={fontWeight.bold}
      />
      <TextLines {...text} y={rowsY} lines={rowLines} fontWeight={fontWeight.normal} />
    </g>
  );
}
