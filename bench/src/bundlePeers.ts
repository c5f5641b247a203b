/**
 * The peers' bundle entries: the baseline's, nivo's, Recharts' and ECharts' equivalents of our charts
 * (the same components the server-render cases use; ECharts: echarts/core with just that chart, its
 * components and the SVG renderer), each alone and all together.
 */
import { join } from 'node:path';
import type { BundleEntry } from './bundleEntries';
import { reExport } from './bundleEntries';
import { SRC_DIR } from './paths';

const baselineModule = (name: string) => JSON.stringify(join(SRC_DIR, 'libs/baseline', name));

function echartsEntry(chart: string[], components: string[]): string {
  return `import { use, init } from 'echarts/core';
import { ${chart.join(', ')} } from 'echarts/charts';
import { ${components.join(', ')} } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
use([${[...chart, ...components, 'SVGRenderer'].join(', ')}]);
export { init };`;
}

const RECHARTS_BARS = [
  'BarChart',
  'Bar',
  'CartesianGrid',
  'LabelList',
  'Tooltip',
  'XAxis',
  'YAxis',
];
const RECHARTS_RADAR = [
  'RadarChart',
  'Radar',
  'PolarGrid',
  'PolarAngleAxis',
  'PolarRadiusAxis',
  'Legend',
  'Tooltip',
];
const ECHARTS = {
  heatmap: { chart: ['HeatmapChart'], components: ['GridComponent', 'VisualMapComponent'] },
  bars: { chart: ['BarChart'], components: ['GridComponent'] },
  radar: { chart: ['RadarChart'], components: ['RadarComponent', 'LegendComponent'] },
};

/** The peers' entries. */
export function peerBundleEntries(): BundleEntry[] {
  const entries: BundleEntry[] = [];
  const baseline: [string, string, string][] = [
    ['bundle-heatmap', 'BaselineHeatmap', 'BaselineHeatmap.tsx'],
    ['bundle-bars', 'BaselineBars', 'BaselineBars.tsx'],
    ['bundle-radar', 'BaselineRadar', 'BaselineRadar.tsx'],
  ];
  for (const [id, name, file] of baseline) {
    entries.push({
      case: id,
      library: 'baseline',
      exports: [name],
      contents: `export { ${name} } from ${baselineModule(file)};`,
    });
  }
  entries.push({
    case: 'bundle-all',
    library: 'baseline',
    exports: baseline.map(([, name]) => name),
    contents: baseline
      .map(([, name, file]) => `export { ${name} } from ${baselineModule(file)};`)
      .join('\n'),
  });
  entries.push(
    {
      case: 'bundle-heatmap',
      library: 'nivo',
      exports: ['HeatMap'],
      contents: reExport(['HeatMap'], '@nivo/heatmap'),
    },
    {
      case: 'bundle-bars',
      library: 'nivo',
      exports: ['Bar'],
      contents: reExport(['Bar'], '@nivo/bar'),
    },
    {
      case: 'bundle-radar',
      library: 'nivo',
      exports: ['Radar'],
      contents: reExport(['Radar'], '@nivo/radar'),
    },
    {
      case: 'bundle-all',
      library: 'nivo',
      exports: ['HeatMap', 'Bar', 'Radar'],
      contents: [
        reExport(['HeatMap'], '@nivo/heatmap'),
        reExport(['Bar'], '@nivo/bar'),
        reExport(['Radar'], '@nivo/radar'),
      ].join('\n'),
    },
    {
      case: 'bundle-bars',
      library: 'recharts',
      exports: RECHARTS_BARS,
      contents: reExport(RECHARTS_BARS, 'recharts'),
    },
    {
      case: 'bundle-radar',
      library: 'recharts',
      exports: RECHARTS_RADAR,
      contents: reExport(RECHARTS_RADAR, 'recharts'),
    },
    {
      case: 'bundle-all',
      library: 'recharts',
      exports: [...new Set([...RECHARTS_BARS, ...RECHARTS_RADAR])],
      contents: reExport([...new Set([...RECHARTS_BARS, ...RECHARTS_RADAR])], 'recharts'),
    },
  );
  for (const [kind, spec] of Object.entries(ECHARTS)) {
    entries.push({
      case: `bundle-${kind}`,
      library: 'echarts',
      exports: [...spec.chart, ...spec.components, 'SVGRenderer'],
      contents: echartsEntry(spec.chart, spec.components),
    });
  }
  const all = Object.values(ECHARTS);
  entries.push({
    case: 'bundle-all',
    library: 'echarts',
    exports: ['HeatmapChart', 'BarChart', 'RadarChart'],
    contents: echartsEntry(
      all.flatMap((s) => s.chart),
      [...new Set(all.flatMap((s) => s.components))],
    ),
  });
  return entries;
}
