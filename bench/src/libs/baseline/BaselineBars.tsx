/** The near-limit baseline bar chart: one <rect> per bar from the scale minimum, no text or axes. */
import { scaleBand, scaleLinear } from 'd3-scale';
import type { BarsData } from '../../data';
import { ratingColor } from './scales';

interface BaselineBarsProps {
  readonly data: BarsData;
  readonly width: number;
  readonly height: number;
}

export function BaselineBars({ data, width, height }: BaselineBarsProps) {
  const y = scaleBand<number>()
    .domain(data.values.map((_, i) => i))
    .range([0, height])
    .padding(0.2);
  const x = scaleLinear().domain([1, 5]).range([0, width]);
  const color = ratingColor();
  const h = y.bandwidth();
  return (
    <svg xmlns="http://www.w3.org/2000/svg" width={width} height={height}>
      {data.values.map((value, i) => (
        <rect key={i} x={0} y={y(i)} width={x(value)} height={h} fill={color(value)} />
      ))}
    </svg>
  );
}
