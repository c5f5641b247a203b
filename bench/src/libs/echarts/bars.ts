/** ECharts horizontal bar chart with value labels, SSR to an SVG string. */
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import { use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { BenchCase } from '../../cases';
import { barsCaseData } from '../../cases';
import { renderSvg } from './setup';

use([BarChart, GridComponent, TooltipComponent, SVGRenderer]);

export function prepare(benchCase: BenchCase): () => string {
  if (benchCase.kind !== 'bars') throw new Error(`not a bars case: ${benchCase.id}`);
  const source = barsCaseData(benchCase);
  const option = {
    grid: { top: 20, right: 40, bottom: 30, left: 110 },
    tooltip: {},
    xAxis: { type: 'value', min: 0, max: 5 },
    yAxis: { type: 'category', data: source.labels, inverse: true },
    series: [{ type: 'bar', data: source.values, label: { show: true, position: 'right' } }],
  };
  return () => renderSvg(option, benchCase.width, benchCase.height);
}
