import { seriesDashArray } from '../common/seriesStyle';
import type { RadarPartProps } from './RadarGrid';

/**
 * The series' polygons: each in its colour and dash pattern, lightly filled when closed (a series with a
 * missing value is an open line: no fill, no chord across the gap). aria-hidden: the points carry the data.
 */
export function RadarPolygons({ layout }: Pick<RadarPartProps, 'layout'>) {
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
        />
      ))}
    </g>
  );
}
