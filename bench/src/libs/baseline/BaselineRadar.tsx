/** The near-limit baseline radar: one closed <path> per series (d3-shape free: plain polar maths). */
import { scaleLinear } from 'd3-scale';
import type { RadarData } from '../../data';

const SERIES_COLORS = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9'];

interface BaselineRadarProps {
  readonly data: RadarData;
  readonly width: number;
  readonly height: number;
}

export function BaselineRadar({ data, width, height }: BaselineRadarProps) {
  const cx = width / 2;
  const cy = height / 2;
  const r = scaleLinear()
    .domain([0, 5])
    .range([0, Math.min(cx, cy)]);
  const step = (2 * Math.PI) / data.axes.length;
  return (
    <svg xmlns="http://www.w3.org/2000/svg" width={width} height={height}>
      {data.values.map((series, s) => {
        const d = series
          .map((value, a) => {
            const angle = a * step - Math.PI / 2;
            return `${a === 0 ? 'M' : 'L'}${cx + r(value) * Math.cos(angle)},${cy + r(value) * Math.sin(angle)}`;
          })
          .join('');
        const color = SERIES_COLORS[s % SERIES_COLORS.length];
        return <path key={s} d={`${d}Z`} fill={color} fillOpacity={0.2} stroke={color} />;
      })}
    </svg>
  );
}
