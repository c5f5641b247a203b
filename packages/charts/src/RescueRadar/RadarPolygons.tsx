import { seriesDashArray } from '../common/seriesStyle';
import type { RadarPartProps } from './RadarGrid';

/** Opacity of a dimmed series' polygon. */
const DIMMED_OPACITY = 0.25;

/**
 * The series' polygons: each in its colour and dash pattern, lightly filled when closed (a series with a
 * missing value is an open line: no fill, no chord across the gap). aria-hidden: the points carry the data.
 */
export function RadarPolygons({
  layout,
  dimmed,
}: Pick<RadarPartProps, 'layout'> & {
  /** Ids of the series drawn dimmed (a chart's `highlight` names others). */
  readonly dimmed?: ReadonlySet<string>;
}) {
  const fillOpacity = layout.series.length > 1 ? 0.06 : 0.14;
  return (
    <g
      aria-hidden="true"
      pointerEvents="none"
      strokeLinejoin="round"
      strokeWidth={layout.strokeWidth}
    >
      {layout.series.map((s) => (
        <path
          key={s.series.id}
          d={s.path}
          fill={s.closed ? s.style.color : 'none'}
          fillOpacity={s.closed ? fillOpacity : undefined}
          stroke={s.style.color}
          strokeDasharray={seriesDashArray(s.style, layout.strokeWidth)}
          {...(dimmed?.has(s.series.id) ? { opacity: DIMMED_OPACITY, 'data-state': 'dimmed' } : {})}
        />
      ))}
    </g>
  );
}
