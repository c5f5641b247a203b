import { HaloText } from '../common/HaloText';
import { round2 } from '../geometry/round';
import { lineBaseline } from '../text/TextLines';
import type { RadarPartProps } from './RadarGrid';

/**
 * The printed values ("3,3") where compute found room, bold with a halo in the background colour (as
 * GoalBarChart's), each a plain <text> under one group holding the shared attributes. aria-hidden: the
 * focusable point's name, the tooltip and the table have every value.
 */
export function RadarValues({ layout, theme }: RadarPartProps) {
  const { fontWeight } = theme;
  const size = layout.font.value;
  const baseline = lineBaseline(0, 0, size, layout.font.valueLineHeight, fontWeight.bold);
  return (
    <HaloText theme={theme} fontSize={size} fontWeight={fontWeight.bold}>
      {layout.points.map((p) =>
        p.valueBox && p.valueText ? (
          <text key={p.index} x={round2(p.valueBox.x)} y={round2(p.valueBox.y + baseline)}>
            {p.valueText}
          </text>
        ) : null,
      )}
    </HaloText>
  );
}
