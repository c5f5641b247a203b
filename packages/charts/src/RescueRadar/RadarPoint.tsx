import { SeriesMarker } from '../common/SeriesMarker';
import type { SeriesStyle } from '../common/seriesStyle';
import type { InteractiveItemProps } from '../interaction/useChartInteraction';
import type { ChartTheme } from '../theme/ChartTheme';
import type { RadarPointLayout } from './compute';

export interface RadarPointProps {
  readonly point: RadarPointLayout;
  /** The series' colour and marker shape. */
  readonly look: SeriesStyle;
  readonly markerRadius: number;
  readonly theme: ChartTheme;
  /** Accessible name: the series (with several), the full goal text and the value. */
  readonly name: string;
  readonly interaction: InteractiveItemProps;
}

/**
 * One value as a focusable graphics-symbol: an invisible hit area and the series' marker. A missing value
 * draws no marker: its hit area is the goal's label, so it can still be reached and says "ei tietoa".
 */
export function RadarPoint({
  point,
  look,
  markerRadius,
  theme,
  name,
  interaction,
}: RadarPointProps) {
  return (
    <g role="graphics-symbol" aria-label={name} {...interaction}>
      <rect {...point.hitBox} fill={theme.colors.background} fillOpacity={0} />
      {point.value !== null ? (
        <SeriesMarker
          shape={look.marker}
          x={point.x}
          y={point.y}
          radius={markerRadius}
          fill={look.color}
          stroke={theme.colors.background}
          strokeWidth={1}
        />
      ) : null}
    </g>
  );
}
