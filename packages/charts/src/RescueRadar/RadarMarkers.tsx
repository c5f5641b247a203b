import type { RadarPartProps } from './RadarGrid';

/**
 * The points' markers: one path per series holding all its markers (the series' colour and shape, with a
 * thin outline in the background colour). aria-hidden: the single focusable point, the tooltip and the
 * table carry the values; a missing value has no marker.
 */
export function RadarMarkers({ layout, theme }: RadarPartProps) {
  return (
    <g aria-hidden="true" pointerEvents="none" stroke={theme.colors.background} strokeWidth={1}>
      {layout.series.map((s) =>
        s.markerPath ? <path key={s.series.id} d={s.markerPath} fill={s.style.color} /> : null,
      )}
    </g>
  );
}
