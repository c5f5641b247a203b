import { round2 } from '../geometry/round';
import type { ChartTheme } from '../theme/ChartTheme';
import { TextLines } from '../text/TextLines';
import type { SwatchLegendLayout } from './swatchLegendLayout';

export interface SwatchLegendProps {
  /** From layoutSwatchLegend. */
  readonly layout: SwatchLegendLayout;
  readonly theme: ChartTheme;
}

/**
 * Draws a swatch legend (see layoutSwatchLegend): each swatch outlined in the axis colour so a light fill
 * stays visible, its label in the text colour. aria-hidden: the chart's description and data table carry
 * the same information in words.
 */
export function SwatchLegend({ layout, theme }: SwatchLegendProps) {
  const { fontSize, lineHeight } = layout;
  return (
    <g aria-hidden="true">
      {layout.title ? (
        <TextLines
          x={layout.title.x}
          y={layout.title.y}
          lines={[layout.title.text]}
          fontSize={fontSize}
          lineHeight={lineHeight}
          fill={theme.colors.textMuted}
        />
      ) : null}
      {layout.entries.map((entry) => (
        <g key={entry.key}>
          <rect
            x={round2(entry.swatch.x)}
            y={round2(entry.swatch.y)}
            width={round2(entry.swatch.width)}
            height={round2(entry.swatch.height)}
            fill={entry.fill}
            stroke={theme.colors.axis}
            strokeWidth={1}
          />
          <TextLines
            x={entry.textX}
            y={entry.textY}
            lines={[entry.label]}
            fontSize={fontSize}
            lineHeight={lineHeight}
            fill={theme.colors.text}
          />
        </g>
      ))}
    </g>
  );
}
