/** ECharts radar, one series entry per data series, SSR to an SVG string. */
import { RadarChart } from 'echarts/charts';
import { LegendComponent, RadarComponent, TooltipComponent } from 'echarts/components';
import { use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { BenchCase } from '../../cases';
import { radarCaseData } from '../../cases';
import { renderSvg } from './setup';

use([RadarChart, RadarComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export function prepare(benchCase: BenchCase): () => string {
  if (benchCase.kind !== 'radar') throw new Error(`not a radar case: ${benchCase.id}`);
  const source = radarCaseData(benchCase);
  const option = {
    tooltip: {},
    legend: { show: source.seriesLabels.length > 1, bottom: 0 },
    radar: { indicator: source.axes.map((name) => ({ name, min: 0, max: 5 })), radius: '65%' },
    series: [
      {
        type: 'radar',
        data: source.values.map((value, s) => ({
          value: [...value],
          name: source.seriesLabels[s],
        })),
      },
    ],
  };
  return () => renderSvg(option, benchCase.width, benchCase.height);
}
