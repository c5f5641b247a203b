/** RESULTS.md from results.json (pure; tested in tests/bench/report.test.ts). */
import type { BrowserRow, BundleRow, ResultsFile, RunResult, SsrRow, TargetRow } from './results';
import { formatBytes, formatMs, formatRatio } from './stats';

const LIBRARY_ORDER = ['ours', 'baseline', 'nivo', 'recharts', 'echarts'];

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function byLibrary<T extends { library: string }>(a: T, b: T): number {
  return LIBRARY_ORDER.indexOf(a.library) - LIBRARY_ORDER.indexOf(b.library);
}

function passText(pass: boolean | null): string {
  if (pass === null) return 'not measured';
  return pass ? '**pass**' : '**FAIL**';
}

function targetValue(t: TargetRow): string {
  if (t.value === null) return '–';
  if (t.limit.endsWith('×')) return formatRatio(t.value);
  if (t.limit.endsWith(' B')) return `${t.value} B`;
  return `${formatMs(t.value)} ms`;
}

export function targetsTable(targets: readonly TargetRow[]): string {
  return table(
    ['Target', 'Case', 'Measured', 'Limit', 'Result', 'Detail'],
    targets.map((t) => [t.target, t.case, targetValue(t), t.limit, passText(t.pass), t.detail]),
  );
}

export function ssrTable(rows: readonly SsrRow[]): string {
  const cases = [...new Set(rows.map((r) => r.case))];
  const body = cases.flatMap((id) =>
    rows
      .filter((r) => r.case === id)
      .sort(byLibrary)
      .map((r) =>
        r.median === null
          ? [
              id,
              r.library,
              'error',
              '–',
              '–',
              '–',
              '–',
              '–',
              '–',
              '–',
              (r.error ?? '').split('\n')[0] ?? '',
            ]
          : [
              id,
              r.library,
              formatMs(r.median),
              formatRatio(r.ratio),
              r.cpuMedian === null ? '–' : formatMs(r.cpuMedian),
              formatRatio(r.cpuRatio),
              r.spread === null ? '–' : `${(r.spread * 100).toFixed(0)} %`,
              r.bytes === null ? '–' : formatBytes(r.bytes),
              r.bytesPerDatum === null ? '–' : r.bytesPerDatum.toFixed(1),
              formatRatio(r.bytesPerDatumRatio),
              r.elements === null ? '–' : String(r.elements),
              r.notes.join('; '),
            ],
      ),
  );
  return table(
    [
      'Case',
      'Library',
      'Median ms',
      '× baseline',
      'CPU ms',
      'CPU × baseline',
      'IQR/median',
      'Output',
      'B/datum',
      'B/datum × baseline',
      'Elements',
      'Notes',
    ],
    body,
  );
}

function largestInputs(breakdown: Record<string, number> | undefined, top = 8): string {
  return Object.entries(breakdown ?? {})
    .slice(0, top)
    .map(([group, bytes]) => `${group} ${formatBytes(bytes)}`)
    .join(', ');
}

export function bundleTable(rows: readonly BundleRow[]): string {
  const cases = [...new Set(rows.map((r) => r.case))];
  return table(
    [
      'Bundle',
      'Library',
      'gzip',
      'minified',
      '× baseline (gzip)',
      'Exports',
      'Largest inputs (minified)',
    ],
    cases.flatMap((id) =>
      rows
        .filter((r) => r.case === id)
        .sort(byLibrary)
        .map((r) => [
          id,
          r.library,
          `${r.median} B (${formatBytes(r.median)})`,
          formatBytes(r.minified),
          formatRatio(r.ratio),
          r.exports.join(', '),
          r.library === 'ours' ? largestInputs(r.breakdown) : '',
        ]),
    ),
  );
}

export function browserTable(rows: readonly BrowserRow[]): string {
  return table(
    ['Case', 'Library', 'Median ms', '× baseline', 'p90 ms', 'n', 'What'],
    rows.map((r) => [
      r.case,
      r.library,
      formatMs(r.median),
      formatRatio(r.ratio),
      formatMs(r.p90),
      String(r.count),
      r.notes.join('; '),
    ]),
  );
}

function runSection(run: RunResult): string {
  const m = run.machine;
  const versions = Object.entries(run.versions)
    .map(([name, version]) => `${name} ${version}`)
    .join(', ');
  return [
    `## ${run.mode === 'full' ? 'Full run' : 'Quick run (--quick)'}`,
    '',
    `Run ${run.startedAt}, ${run.durationSeconds.toFixed(0)} s. Machine: ${m.cpu}, ${m.cores} cores, ` +
      `${m.memoryGb.toFixed(0)} GB, ${m.os}; Node ${m.node}; Chromium ${m.chromium ?? '–'}.`,
    '',
    `Versions: ${versions}.`,
    '',
    `Timing: ${Object.entries(run.timing)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}. Sizes (px): ${Object.entries(run.sizes)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}.`,
    ...(run.oursMissing.length > 0
      ? ['', `Not measured (not exported when the run started): ${run.oursMissing.join(', ')}.`]
      : []),
    '',
    '### Targets',
    '',
    targetsTable(run.targets),
    '',
    '### Server render (renderToStaticMarkup; ECharts renderToSVGString)',
    '',
    ssrTable(run.ssr),
    '',
    '### Bundle weight (esbuild --minify, react and react-dom external, gzip -9)',
    '',
    bundleTable(run.bundles),
    '',
    '### Browser (headless Chromium)',
    '',
    browserTable(run.browser),
  ].join('\n');
}

/** The heading of RESULTS.md's hand-kept section (rows run on their own, `--deck` and `--import`). */
export const KEPT_HEADING = '## Rows run on their own';

/**
 * The hand-kept section of an existing RESULTS.md (from KEPT_HEADING to the next `## ` heading), or ''
 * when it has none: the full and quick runs' tables are generated, this section is carried over.
 */
export function keptSection(markdown: string): string {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => line.startsWith(KEPT_HEADING));
  if (start < 0) return '';
  const end = lines.findIndex((line, i) => i > start && line.startsWith('## '));
  return lines
    .slice(start, end < 0 ? undefined : end)
    .join('\n')
    .trim();
}

/** RESULTS.md: the full run, the hand-kept section (`kept`, see keptSection) when any, the quick run. */
export function renderResultsMarkdown(results: ResultsFile, kept = ''): string {
  return [
    '# Benchmark results',
    '',
    'Generated by `corepack pnpm bench` (full run) and `corepack pnpm bench --quick` from',
    '`bench/results.json`; see bench/README.md for what is measured and how. Ratios are to the minimal',
    'hand-written React SVG baseline measured in the same run. Times are medians of per-render wall-clock',
    'samples; the CPU columns (process CPU time per render) are a cross-check that is less disturbed when',
    'other processes share the two cores (the load column of results.json says how busy the machine was).',
    '',
    results.full ? runSection(results.full) : '## Full run\n\nNot run yet.',
    '',
    ...(kept ? [kept, ''] : []),
    results.quick ? runSection(results.quick) : '## Quick run (--quick)\n\nNot run yet.',
    '',
  ].join('\n');
}
