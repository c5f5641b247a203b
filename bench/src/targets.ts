/** The targets, evaluated on one run's rows (pure; tested in tests/bench/targets.test.ts). */
import {
  ALL_CHARTS_SUFFIX,
  ELEMENTS_CASE,
  ELEMENTS_IIFE_CASE,
  ELEMENTS_IIFE_WITH_DATA_CASE,
  ELEMENTS_WITH_DATA_CASE,
  WITH_DATA_SUFFIX,
} from './bundles';
import type { BrowserRow, BundleRow, SsrRow, TargetRow } from './results';

/**
 * The charts issue's budgets (#12), from the packed tarballs with React external: one chart ≤ 35 kB gzip,
 * all four ≤ 65 kB (1 kB = 1000 B). The Swedish hyphenation patterns load on demand and are their own row.
 */
export const SINGLE_CHART_GZIP_LIMIT = 35_000;
export const ALL_CHARTS_GZIP_LIMIT = 65_000;
/** The custom elements' browser bundles with the shipped data, their runtime included (issue 14). */
export const ELEMENTS_WITH_DATA_GZIP_LIMIT = 100_000;
/** The same without the shipped data (elements drawing `data` or `src`). */
export const ELEMENTS_GZIP_LIMIT = 70_000;
export const RENDER_RATIO_LIMIT = 2;
export const BYTES_PER_CELL_RATIO_LIMIT = 1.5;
export const TOOLTIP_LIMIT_MS = 16;

const NOT_MEASURED =
  'ours not measured: case not run in this mode (--quick skips 300×300), chart not exported, or case failed';

function ssr(rows: readonly SsrRow[], caseId: string, library: string) {
  return rows.find((r) => r.case === caseId && r.library === library && r.median != null);
}

function atMost(
  target: string,
  caseId: string,
  value: number | null | undefined,
  limit: number,
  unit: string,
  detail: string,
): TargetRow {
  const has = value != null;
  return {
    target,
    case: caseId,
    value: has ? value : null,
    limit: `≤ ${limit}${unit}`,
    pass: has ? value <= limit : null,
    detail: has ? detail : NOT_MEASURED,
  };
}

/** Peers that drew no marks (Recharts 3 on the server) are not competitors for "faster than". */
function rendersMarks(row: SsrRow): boolean {
  return !row.notes.some((n) => n.startsWith('renders no data marks'));
}

export function evaluateTargets(
  ssrRows: readonly SsrRow[],
  bundles: readonly BundleRow[],
  browser: readonly BrowserRow[],
): TargetRow[] {
  const targets: TargetRow[] = [];
  for (const id of ['heatmap-100x100', 'heatmap-300x300', 'bars-2000']) {
    const ours = ssr(ssrRows, id, 'ours');
    const base = ssr(ssrRows, id, 'baseline');
    targets.push(
      atMost(
        'server render ≤ 2× the minimal baseline',
        id,
        ours?.ratio,
        RENDER_RATIO_LIMIT,
        '×',
        ours && base
          ? `${ours.median?.toFixed(1)} ms vs ${base.median?.toFixed(1)} ms; CPU-time ratio ${ours.cpuRatio?.toFixed(2)}×`
          : '',
      ),
    );
  }
  for (const id of ['radar-9x1', 'radar-9x5', 'bars-20']) {
    const ours = ssr(ssrRows, id, 'ours');
    const peers = ssrRows.filter(
      (r) =>
        r.case === id &&
        r.library !== 'ours' &&
        r.library !== 'baseline' &&
        r.median != null &&
        rendersMarks(r),
    );
    const fastest = peers.reduce<SsrRow | null>(
      (best, r) => (best && (best.median ?? Infinity) <= (r.median ?? Infinity) ? best : r),
      null,
    );
    const has = ours?.median != null && fastest?.median != null;
    targets.push({
      target: 'server render faster than every peer that renders it',
      case: id,
      value: has ? (ours.median as number) : null,
      limit: fastest ? `< ${fastest.median?.toFixed(2)} ms (${fastest.library})` : '–',
      pass: has ? (ours.median as number) < (fastest.median as number) : null,
      detail: has
        ? peers.map((p) => `${p.library} ${p.median?.toFixed(2)} ms`).join(', ')
        : NOT_MEASURED,
    });
  }
  for (const id of ['heatmap-10x10', 'heatmap-100x100', 'heatmap-300x300']) {
    const ours = ssr(ssrRows, id, 'ours');
    targets.push(
      atMost(
        'output bytes per heatmap cell ≤ 1.5× the baseline',
        id,
        ours?.bytesPerDatumRatio,
        BYTES_PER_CELL_RATIO_LIMIT,
        '×',
        ours
          ? `${ours.bytesPerDatum?.toFixed(1)} B/cell vs ${ssr(ssrRows, id, 'baseline')?.bytesPerDatum?.toFixed(1)} B/cell`
          : '',
      ),
    );
  }
  // The on-demand Swedish patterns are a row of their own, outside the chart budgets.
  for (const b of bundles.filter(
    (r) =>
      r.library === 'ours' &&
      !r.case.endsWith(WITH_DATA_SUFFIX) &&
      !r.case.startsWith(ELEMENTS_CASE) &&
      r.case !== 'bundle-hyphenation-sv',
  )) {
    const all = b.case === 'bundle-all';
    const limit = all ? ALL_CHARTS_GZIP_LIMIT : SINGLE_CHART_GZIP_LIMIT;
    if (all && b.exports.length < 4) {
      targets.push({
        target: 'gzip of all four charts ≤ 65 kB',
        case: b.case,
        value: null,
        limit: `≤ ${limit} B`,
        pass: null,
        detail: `only ${b.exports.length} of 4 charts exported: ${b.median} B for ${b.exports.join(', ')}`,
      });
      continue;
    }
    targets.push(
      atMost(
        all ? 'gzip of all four charts ≤ 65 kB' : 'gzip of a single chart ≤ 35 kB',
        `${b.case} (${b.exports.join(', ')})`,
        b.median,
        limit,
        ' B',
        `${b.minified} B minified`,
      ),
    );
  }
  // The custom elements' browser bundles as a page loads them (issue 14) in Finnish (the Swedish and
  // English texts load on demand): the ES modules and, with the same budgets, the classic scripts (which
  // cannot leave anything to load on demand but the files they import by URL).
  const elementBudgets: readonly (readonly [string, string, number])[] = [
    [
      ELEMENTS_WITH_DATA_CASE,
      'ES module, with the shipped data, every chart inside, up front',
      ELEMENTS_WITH_DATA_GZIP_LIMIT,
    ],
    [
      `${ELEMENTS_WITH_DATA_CASE}${ALL_CHARTS_SUFFIX}`,
      'ES module, with the shipped data, all four charts loaded',
      ELEMENTS_WITH_DATA_GZIP_LIMIT,
    ],
    [
      ELEMENTS_CASE,
      'ES module, without the shipped data, up front: each chart on demand',
      ELEMENTS_GZIP_LIMIT,
    ],
    [
      `${ELEMENTS_CASE}${ALL_CHARTS_SUFFIX}`,
      'ES module, without the shipped data, all four charts loaded',
      ELEMENTS_GZIP_LIMIT,
    ],
    [
      ELEMENTS_IIFE_WITH_DATA_CASE,
      'classic script, with the shipped data',
      ELEMENTS_WITH_DATA_GZIP_LIMIT,
    ],
    [ELEMENTS_IIFE_CASE, 'classic script, without the shipped data', ELEMENTS_GZIP_LIMIT],
  ];
  for (const [id, what, limit] of elementBudgets) {
    const row = bundles.find((r) => r.library === 'ours' && r.case === id);
    if (!row) continue;
    targets.push(
      atMost(
        `gzip of the custom elements (${what}, runtime included) ≤ ${limit / 1000} kB`,
        `${row.case} (${row.exports.join(', ')})`,
        row.median,
        limit,
        ' B',
        `${row.minified} B minified`,
      ),
    );
  }
  for (const input of ['pointer', 'arrow']) {
    const id = `browser-tooltip-${input}-heatmap-300x50`;
    const r = browser.find((b) => b.case === id && b.library === 'ours');
    // How much of it passed before the page saw the event (the browser's dispatch, no chart code).
    const d = browser.find((b) => b.case === `${id}-dispatch` && b.library === 'ours');
    const dispatch = d ? `; of it ${d.median.toFixed(1)} ms before the page saw the event` : '';
    targets.push(
      atMost(
        `${input} → tooltip update ≤ 16 ms`,
        id,
        r?.median,
        TOOLTIP_LIMIT_MS,
        ' ms',
        r ? `median of ${r.count}, p90 ${r.p90.toFixed(1)} ms${dispatch}` : '',
      ),
    );
  }
  return targets;
}
