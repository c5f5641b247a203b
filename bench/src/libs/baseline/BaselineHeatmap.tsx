/**
 * The near-limit baseline heatmap: one <rect> per cell, d3-scale positions and colours, no text, no axes,
 * no interaction, no accessibility. What any React SVG heatmap must at least do.
 */
import { scaleBand } from 'd3-scale';
import type { HeatmapData } from '../../data';
import { ratingColor } from './scales';

interface BaselineHeatmapProps {
  readonly data: HeatmapData;
  readonly width: number;
  readonly height: number;
}

export function BaselineHeatmap({ data, width, height }: BaselineHeatmapProps) {
  const x = scaleBand<number>()
    .domain(data.columnLabels.map((_, i) => i))
    .range([0, width]);
  const y = scaleBand<number>()
    .domain(data.rowLabels.map((_, i) => i))
    .range([0, height]);
  const color = ratingColor();
  const w = x.bandwidth();
  const h = y.bandwidth();
  return (
    <svg xmlns="http://www.w3.org/2000/svg" width={width} height={height}>
      {data.values.map((row, r) =>
        row.map((value, c) => (
          <rect key={`${r}-${c}`} x={x(c)} y={y(r)} width={w} height={h} fill={color(value)} />
        )),
      )}
    </svg>
  );
}
