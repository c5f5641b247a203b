/** The libraries compared, the case kinds each one renders and where its adapter lives (src/libs/). */
import type { CaseKind } from './cases';

export type LibraryId = 'ours' | 'baseline' | 'nivo' | 'recharts' | 'echarts';

export interface LibraryInfo {
  readonly id: LibraryId;
  readonly name: string;
  /** React adapters export `element(case)`; the others export `prepare(case)` (src/ssr/child.ts). */
  readonly react: boolean;
  /** Packages whose versions the report prints. */
  readonly packages: readonly string[];
  /** Adapter module per case kind, relative to src/libs/; a missing kind is reported with `missing`. */
  readonly adapters: Partial<Record<CaseKind, string>>;
  /** Why a kind has no adapter (printed in the report). */
  readonly missing?: Partial<Record<CaseKind, string>>;
}

export const LIBRARIES: readonly LibraryInfo[] = [
  {
    id: 'ours',
    name: '@yhdyspinta/charts',
    react: true,
    packages: ['@yhdyspinta/charts'],
    adapters: { heatmap: 'ours/heatmap.tsx', bars: 'ours/bars.tsx', radar: 'ours/radar.tsx' },
  },
  {
    id: 'baseline',
    name: 'minimal React SVG',
    react: true,
    packages: ['react', 'react-dom'],
    adapters: {
      heatmap: 'baseline/heatmap.tsx',
      bars: 'baseline/bars.tsx',
      radar: 'baseline/radar.tsx',
    },
  },
  {
    id: 'nivo',
    name: 'nivo',
    react: true,
    packages: ['@nivo/heatmap', '@nivo/bar', '@nivo/radar'],
    adapters: { heatmap: 'nivo/heatmap.tsx', bars: 'nivo/bars.tsx', radar: 'nivo/radar.tsx' },
  },
  {
    id: 'recharts',
    name: 'Recharts',
    react: true,
    packages: ['recharts'],
    adapters: { bars: 'recharts/bars.tsx', radar: 'recharts/radar.tsx' },
    missing: { heatmap: 'no heatmap chart type' },
  },
  {
    id: 'echarts',
    name: 'ECharts (SSR → SVG string)',
    react: false,
    packages: ['echarts'],
    adapters: { heatmap: 'echarts/heatmap.ts', bars: 'echarts/bars.ts', radar: 'echarts/radar.ts' },
  },
];

/** Our component that each case kind needs: ours is measured only once it is exported. */
export const OUR_COMPONENT: Record<CaseKind, string> = {
  heatmap: 'ThemeHeatmap',
  bars: 'GoalBarChart',
  radar: 'RescueRadar',
};

/** All four of our charts, for the bundle sizes. */
export const OUR_CHARTS = ['GoalBarChart', 'ThemeHeatmap', 'RescueRadar', 'ResponseCoverage'];

/**
 * Which names packages/charts/src/index.ts exports now (value exports only). The charts are being
 * finished concurrently, so the runner asks before each run instead of assuming.
 */
export function exportedNames(indexSource: string): Set<string> {
  const names = new Set<string>();
  const block = /export\s+\{([^}]*)\}\s+from/g;
  for (const match of indexSource.matchAll(block)) {
    for (const part of (match[1] ?? '').split(',')) {
      const name = part
        .trim()
        .split(/\s+as\s+/)
        .pop()
        ?.trim();
      if (name && !name.startsWith('type ')) names.add(name);
    }
  }
  return names;
}
