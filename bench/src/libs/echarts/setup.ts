/**
 * ECharts server-side rendering to an SVG string: tree-shaken `echarts/core` with only the chart, the
 * components and the SVG renderer a case needs (the documented SSR pattern: init(null, null, { ssr }),
 * setOption, renderToSVGString, dispose), animation off.
 */
import { init } from 'echarts/core';
import type { EChartsCoreOption } from 'echarts/core';

/** One SSR render of `option` at a size: a fresh instance each time, as a server does per request. */
export function renderSvg(option: EChartsCoreOption, width: number, height: number): string {
  const chart = init(null, null, { renderer: 'svg', ssr: true, width, height });
  chart.setOption({ animation: false, ...option });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}
