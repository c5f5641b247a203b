/** ECharts heatmap (category axes + visualMap), SSR to an SVG string. */
import { HeatmapChart } from 'echarts/charts';
import { GridComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import { use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { BenchCase } from '../../cases';
import { PEER_CELL_LABEL_MIN_PX, heatmapCaseData } from '../../cases';
import { renderSvg } from './setup';

use([HeatmapChart, GridComponent, VisualMapComponent, TooltipComponent, SVGRenderer]);

export function prepare(benchCase: BenchCase): () => string {
  if (benchCase.kind !== 'heatmap') throw new Error(`not a heatmap case: ${benchCase.id}`);
  const source = heatmapCaseData(benchCase);
  const data: [number, number, number][] = [];
  source.values.forEach((row, r) => row.forEach((value, c) => data.push([c, r, value])));
  const grid = { top: 70, right: 20, bottom: 60, left: 90 };
  const cellWidth = (benchCase.width - grid.left - grid.right) / benchCase.columns;
  const option = {
    grid,
    tooltip: {},
    xAxis: { type: 'category', data: source.columnLabels, position: 'top' },
    yAxis: { type: 'category', data: source.rowLabels, inverse: true },
    visualMap: {
      min: 1,
      max: 5,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      inRange: { color: ['#deebf7', '#08519c'] },
    },
    series: [{ type: 'heatmap', data, label: { show: cellWidth >= PEER_CELL_LABEL_MIN_PX } }],
  };
  return () => renderSvg(option, benchCase.width, benchCase.height);
}
