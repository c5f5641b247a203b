import { round2, svgNumber } from '../geometry/round';
import { TextBlock } from '../text/TextBlock';
import type { RadarPartProps } from './RadarGrid';

/** The previous round's dash, in stroke widths: short dashes, unlike every series' own pattern. */
const PREVIOUS_DASH = [2, 2];

/** The previous round's line: half a series line (at least 1 px). */
export function previousStrokeWidth(strokeWidth: number): number {
  return Math.max(1, strokeWidth / 2);
}

/**
 * The previous survey round of each series that has one: a thin dashed outline in the series' colour,
 * unfilled, under the current polygons (open across an axis without a previous value). aria-hidden: each
 * point's name, the tooltip and the table give the previous value and the change.
 */
export function RadarPreviousOutlines({ layout }: Pick<RadarPartProps, 'layout'>) {
  const width = previousStrokeWidth(layout.strokeWidth);
  const outlines = layout.series.filter((s) => s.previousPath);
  if (outlines.length === 0) return null;
  return (
    <g
      aria-hidden="true"
      pointerEvents="none"
      fill="none"
      strokeWidth={width}
      strokeDasharray={PREVIOUS_DASH.map((d) => svgNumber(d * width)).join(' ')}
      strokeLinejoin="round"
    >
      {layout.series.map((s) =>
        s.previousPath ? (
          <path key={s.series.id} d={s.previousPath} stroke={s.style.color} />
        ) : null,
      )}
    </g>
  );
}

/**
 * The legend's last entry when a series has a previous round (frame.ts adds its name): a sample of the
 * thin dashed outline in the text colour, then the round's name. SeriesLegend draws the series' entries.
 */
export function RadarPreviousLegend({ layout, theme }: RadarPartProps) {
  const legend = layout.legend;
  const entry = legend?.entries[layout.series.length];
  if (!legend || !entry || !layout.series.some((s) => s.previousPath)) return null;
  const width = previousStrokeWidth(layout.strokeWidth);
  const midY = round2(entry.y + legend.lineHeight / 2);
  return (
    <g aria-hidden="true">
      <line
        x1={round2(entry.x)}
        x2={round2(entry.x + legend.swatchWidth)}
        y1={midY}
        y2={midY}
        stroke={theme.colors.text}
        strokeWidth={width}
        strokeDasharray={PREVIOUS_DASH.map((d) => svgNumber(d * width)).join(' ')}
      />
      <TextBlock x={entry.textX} block={entry} size={legend} fill={theme.colors.text} />
    </g>
  );
}
