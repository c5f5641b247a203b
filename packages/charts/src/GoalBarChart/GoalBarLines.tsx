import { TextLines } from '../text/TextLines';
import type { ChartTheme } from '../theme/ChartTheme';
import type { GoalBarLayout } from './compute';

export interface GoalBarLinesProps {
  readonly layout: GoalBarLayout;
  readonly theme: ChartTheme;
}

const REFERENCE_DASH = '5 4';

/** Vertical segments at x over every band of the layout. */
function Segments({ x, layout }: { readonly x: number; readonly layout: GoalBarLayout }) {
  return (
    <>
      {layout.bands.map((band, i) => (
        <line key={i} x1={x} x2={x} y1={band.top} y2={band.bottom} />
      ))}
    </>
  );
}

/** Grid lines at each scale level, under the bars. Decorative. */
export function GoalBarGrid({ layout, theme }: GoalBarLinesProps) {
  return (
    <g aria-hidden="true" stroke={theme.colors.grid}>
      {layout.axis.ticks.map((tick) => (
        <Segments key={tick.value} x={tick.x} layout={layout} />
      ))}
    </g>
  );
}

/** The neutral reference line at 3 (dashed) and the comparison marker (solid), over the bars. */
export function GoalBarMarkers({ layout, theme }: GoalBarLinesProps) {
  const { reference, comparison } = layout;
  const { colors, referenceStrokeWidth } = theme;
  return (
    <g aria-hidden="true" pointerEvents="none" strokeWidth={referenceStrokeWidth}>
      <g stroke={colors.reference} strokeDasharray={REFERENCE_DASH}>
        <Segments x={reference.x} layout={layout} />
      </g>
      {comparison ? (
        <g stroke={colors.comparison}>
          <Segments x={comparison.x} layout={layout} />
        </g>
      ) : null}
    </g>
  );
}

/**
 * The printed values ("2,7", "ei tietoa"), drawn above the lines with a halo in the background colour so
 * a line never runs through a number. aria-hidden: each bar's accessible name has its value.
 */
export function GoalBarValues({ layout, theme }: GoalBarLinesProps) {
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
      {layout.rows.map((row) => (
        <TextLines
          key={row.item.id}
          x={row.valueX}
          y={row.valueY}
          lines={[row.valueText]}
          fontSize={layout.font.value}
          lineHeight={layout.font.valueLineHeight}
          fontWeight={row.bar ? fontWeight.bold : fontWeight.normal}
        />
      ))}
    </g>
  );
}

/** The legend of the two lines, with sample segments drawn like the lines themselves. */
export function GoalBarLegend({ layout, theme }: GoalBarLinesProps) {
  const { legend } = layout;
  const { colors, referenceStrokeWidth } = theme;
  return (
    <g aria-hidden="true">
      {legend.entries.map((entry) => (
        <g key={entry.kind}>
          <line
            x1={entry.swatchX}
            x2={entry.swatchX}
            y1={entry.y + 2}
            y2={entry.y + legend.lineHeight - 2}
            stroke={entry.kind === 'reference' ? colors.reference : colors.comparison}
            strokeWidth={referenceStrokeWidth}
            strokeDasharray={entry.kind === 'reference' ? '3 2' : undefined}
          />
          <TextLines
            x={entry.textX}
            y={entry.y}
            lines={[entry.text]}
            fontSize={legend.fontSize}
            lineHeight={legend.lineHeight}
            fill={colors.textMuted}
          />
        </g>
      ))}
    </g>
  );
}
