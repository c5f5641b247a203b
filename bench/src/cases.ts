/**
 * The benchmark cases: what is rendered, at which pixel size. Every library renders the same case with the
 * same seeded data (src/data.ts) at the same width and height.
 */
import { barsData, heatmapData, radarData } from './data';
import type { BarsData, HeatmapData, RadarData } from './data';

export type CaseKind = 'heatmap' | 'bars' | 'radar';

interface CaseBase {
  /** Stable id used in results.json, e.g. "heatmap-100x100". */
  readonly id: string;
  /** Human-readable name for the tables. */
  readonly title: string;
  readonly width: number;
  readonly height: number;
}

export interface HeatmapCase extends CaseBase {
  readonly kind: 'heatmap';
  readonly rows: number;
  readonly columns: number;
}

export interface BarsCase extends CaseBase {
  readonly kind: 'bars';
  readonly count: number;
}

export interface RadarCase extends CaseBase {
  readonly kind: 'radar';
  readonly axes: number;
  readonly series: number;
}

export type BenchCase = HeatmapCase | BarsCase | RadarCase;

function heatmap(rows: number, columns: number, width: number, height: number): HeatmapCase {
  return {
    id: `heatmap-${rows}x${columns}`,
    title: `Heatmap ${rows}×${columns}`,
    kind: 'heatmap',
    rows,
    columns,
    width,
    height,
  };
}

/** Horizontal bars: 28 px per bar plus room for the header and axis, so one-line labels fit. */
function bars(count: number): BarsCase {
  return {
    id: `bars-${count}`,
    title: `Bars ${count}`,
    kind: 'bars',
    count,
    width: 800,
    height: count * 28 + 200,
  };
}

function radar(series: number): RadarCase {
  return {
    id: `radar-9x${series}`,
    title: `Radar 9 axes × ${series} series`,
    kind: 'radar',
    axes: 9,
    series,
    width: 640,
    height: 640,
  };
}

/** Server-render cases, in run order. */
export const SSR_CASES: readonly BenchCase[] = [
  heatmap(10, 10, 800, 600),
  heatmap(100, 100, 1000, 1000),
  heatmap(300, 300, 1200, 1200),
  bars(20),
  bars(2000),
  radar(1),
  radar(5),
];

/** Cases the --quick mode skips (the slowest peers need minutes for them). */
export const SLOW_CASE_IDS: ReadonlySet<string> = new Set(['heatmap-300x300']);

/** Cases where --quick measures only ours and the baseline (nivo and ECharts need 10–40 s each). */
export const QUICK_OURS_ONLY_CASE_IDS: ReadonlySet<string> = new Set([
  'heatmap-100x100',
  'bars-2000',
]);

/**
 * Cases the full run measures in 3 interleaved rounds (libraries in rotated order, samples pooled): those
 * whose target is "faster than every peer" (renders of a few milliseconds, where a burst of load from other
 * processes can flip the order) and the ≤ 2× baseline cases of a few milliseconds a render (bars-2000,
 * heatmap-100x100), whose ratio a change of load between one library's process and the next would skew.
 * heatmap-300x300 is measured once: its slow peers take minutes.
 */
export const INTERLEAVED_CASE_IDS: ReadonlySet<string> = new Set([
  'bars-20',
  'radar-9x1',
  'radar-9x5',
  'bars-2000',
  'heatmap-100x100',
]);

/** Browser cases: the mount time and the pointer/arrow → tooltip latency. */
export const BROWSER_MOUNT_CASE = heatmap(100, 100, 1000, 1000);
// At 3200 px the 300 rows, every one labelled (about 25 px a row), draw taller than the viewport: the
// pointer's cells are scrolled into view, two frames before each measured move (browser/run.ts).
export const BROWSER_TOOLTIP_CASE = heatmap(300, 50, 1000, 3200);

export function heatmapCaseData(c: HeatmapCase): HeatmapData {
  return heatmapData(c.rows, c.columns);
}

export function barsCaseData(c: BarsCase): BarsData {
  return barsData(c.count);
}

export function radarCaseData(c: RadarCase): RadarData {
  return radarData(c.axes, c.series);
}

/** Number of data values a case draws (heatmap cells, bars, radar points). */
export function datumCount(c: BenchCase): number {
  switch (c.kind) {
    case 'heatmap':
      return c.rows * c.columns;
    case 'bars':
      return c.count;
    case 'radar':
      return c.axes * c.series;
  }
}

/** Peers print each heatmap cell's value only when a cell is at least this wide (ours decides itself). */
export const PEER_CELL_LABEL_MIN_PX = 24;
