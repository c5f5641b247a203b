import { HaloText } from '../common/HaloText';
import { round2 } from '../geometry/round';
import { lineBaseline } from '../text/TextLines';
import type { ChartTheme } from '../theme/ChartTheme';
import type { RescueRadarLayout } from './compute';

export interface RadarPartProps {
  readonly layout: RescueRadarLayout;
  readonly theme: ChartTheme;
}

/** The neutral ring's dash, as GoalBarChart's reference line. */
const REFERENCE_DASH = '5 4';

/**
 * Spokes and scale rings under the data: the outer ring (5) in the axis colour, the inner rings in the
 * grid colour, the neutral ring 3 ("Kohtalaisesti") emphasised as the reference (reference colour,
 * thicker, dashed). aria-hidden: the scale is in every point's tooltip and in the description.
 */
export function RadarGrid({ layout, theme }: RadarPartProps) {
  const { colors } = theme;
  return (
    <g aria-hidden="true" pointerEvents="none" fill="none">
      {layout.panels.map((panel) => (
        <path key={`spokes-${panel.index}`} d={panel.spokesPath} stroke={colors.grid} />
      ))}
      {layout.panels
        .flatMap((panel) => panel.rings)
        .map((ring, i) =>
          ring.path ? (
            <path
              key={i}
              d={ring.path}
              stroke={
                ring.kind === 'neutral'
                  ? colors.reference
                  : ring.kind === 'outer'
                    ? colors.axis
                    : colors.grid
              }
              strokeWidth={ring.kind === 'neutral' ? theme.referenceStrokeWidth : undefined}
              strokeDasharray={ring.kind === 'neutral' ? REFERENCE_DASH : undefined}
            />
          ) : null,
        )}
    </g>
  );
}

/**
 * The ring labels ("3 Kohtalaisesti" or "3"), over the data with a halo in the background colour so a
 * line never runs through them; all in one muted style, the neutral one too (its ring is the emphasis):
 * a bold dark "3" among the points read as a printed value. aria-hidden, as the rings.
 */
export function RadarRingLabels({ layout, theme }: RadarPartProps) {
  const { colors, fontWeight } = theme;
  const size = layout.font.tick;
  const lineHeight = layout.font.tickLineHeight;
  const labelled = layout.panels.flatMap((panel) => panel.rings).filter((ring) => ring.text);
  return (
    <HaloText
      theme={theme}
      fontSize={size}
      fontWeight={fontWeight.normal}
      fill={colors.textMuted}
      textAnchor="middle"
    >
      {labelled.map((ring, i) => (
        <text
          key={i}
          x={round2(ring.textX)}
          y={round2(lineBaseline(ring.textY, 0, size, lineHeight, fontWeight.normal))}
        >
          {ring.text}
        </text>
      ))}
    </HaloText>
  );
}
