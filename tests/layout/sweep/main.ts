/**
 * `corepack pnpm test:layout` (bundled and started by scripts/layout-check.mjs): the layout checker's full
 * sweep (issue 12). Renders every chart × fixture × size × locale (support/cases.ts), measures each in one
 * Chromium page (support/measure.ts), prints the chart × check table and writes reports/layout/report.json
 * (git-ignored), with --png a PNG of each case with a non-zero count.
 *
 * Options: --chart NAME (repeatable), --fixture NAME, --size w320|slide-16x9|…, --locale fi|sv,
 * --png, --out DIR (default reports/layout), --baseline FILE (exit 1 only when a chart × check total is
 * above the file's; the file is a report.json of an earlier run), --verbose (a line per case).
 * Exit code: 1 when any count is non-zero (or above the baseline), or a render failed; 0 otherwise.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { chromium } from 'playwright-core';
import type { LaunchOptions } from 'playwright-core';
import { preparePage } from '../support/browser';
import { renderCase, sweepCases } from '../support/cases';
import type { LayoutCase, RenderedCase } from '../support/cases';
import { caseTexts } from '../support/items';
import { CHECKS } from '../support/checks';
import { runCase, summaryTable, totals } from '../support/run';
import type { CaseReport } from '../support/run';

interface Args {
  charts: string[];
  fixtures: string[];
  sizes: string[];
  locales: string[];
  png: boolean;
  out: string;
  baseline?: string;
  verbose: boolean;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = {
    charts: [],
    fixtures: [],
    sizes: [],
    locales: [],
    png: false,
    out: 'reports/layout',
    verbose: false,
  };
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--chart') args.charts.push(value());
    else if (a === '--fixture') args.fixtures.push(value());
    else if (a === '--size') args.sizes.push(value());
    else if (a === '--locale') args.locales.push(value());
    else if (a === '--png') args.png = true;
    else if (a === '--out') args.out = value();
    else if (a === '--baseline') args.baseline = value();
    else if (a === '--verbose') args.verbose = true;
    else throw new Error(`unknown option ${a}`);
  }
  return args;
}

const line = (r: CaseReport) => {
  if (r.error) return `${r.id}: ERROR ${r.error}`;
  const counts = CHECKS.map((c) => r.result?.counts[c] ?? 0);
  const fit = !r.doesNotFit
    ? ''
    : r.scale < 1
      ? ` does-not-fit (${r.doesNotFit.pages} pages; shrunk ×${r.scale.toFixed(2)})`
      : ` does-not-fit: measured as ${r.doesNotFit.pages} parts`;
  return `${r.id}: ${counts.join(' ')} min ${r.result?.smallestPx?.toFixed(1) ?? '–'} px${fit}`;
};

/** Time one render may take before it counts as hung (a chart's layout that never finishes). */
const RENDER_TIMEOUT_MS = 30_000;

/**
 * Renders cases in a worker thread (this same bundle, `file`), so a chart whose layout never finishes is
 * stopped after RENDER_TIMEOUT_MS and reported as an error instead of hanging the sweep.
 */
class WorkerRenderer {
  private worker: Worker | undefined;
  constructor(private readonly file: string) {}

  render = (c: LayoutCase): Promise<RenderedCase> => {
    const worker = (this.worker ??= new Worker(this.file, {
      workerData: { layoutRenderWorker: true },
    }));
    return new Promise((resolve) => {
      const fail = (error: string) => {
        this.worker = undefined;
        void worker.terminate();
        const texts = caseTexts(
          c.chart,
          c.data ?? { groups: [], rows: [], columns: [], axes: [], series: [] },
          c.props,
        );
        resolve({ width: 0, height: 0, scale: 1, error, texts, ms: RENDER_TIMEOUT_MS });
      };
      const timer = setTimeout(
        () => fail(`render did not finish in ${RENDER_TIMEOUT_MS / 1000} s`),
        RENDER_TIMEOUT_MS,
      );
      worker.once('message', (r: RenderedCase) => {
        clearTimeout(timer);
        worker.removeAllListeners('error');
        resolve(r);
      });
      worker.once('error', (e) => {
        clearTimeout(timer);
        worker.removeAllListeners('message');
        fail(`render worker: ${e.message}`);
      });
      worker.postMessage(c);
    });
  };

  close(): Promise<number> | undefined {
    return this.worker?.terminate();
  }
}

// In the render worker: render each case posted.
if (!isMainThread && (workerData as { layoutRenderWorker?: boolean } | null)?.layoutRenderWorker) {
  parentPort?.on('message', (c: LayoutCase) => parentPort?.postMessage(renderCase(c)));
}

export async function main(
  launchOptions: LaunchOptions,
  argv: readonly string[],
  bundleFile: string,
): Promise<number> {
  const args = parseArgs(argv);
  const pick = (list: string[], value: string) => list.length === 0 || list.includes(value);
  const cases = sweepCases().filter(
    (c) =>
      pick(args.charts, c.chart) &&
      pick(args.fixtures, c.fixture) &&
      pick(args.sizes, 'preset' in c.size ? c.size.preset : `w${c.size.width}`) &&
      pick(args.locales, c.locale),
  );
  const started = performance.now();
  const browser = await chromium.launch(launchOptions);
  const renderer = new WorkerRenderer(bundleFile);
  const reports: CaseReport[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await preparePage(page);
    if (args.png) mkdirSync(join(args.out, 'png'), { recursive: true });
    for (const c of cases) {
      const report = await runCase(page, c, renderer.render);
      reports.push(report);
      if (args.verbose) console.log(line(report));
      const failing = report.result && CHECKS.some((k) => (report.result?.counts[k] ?? 0) > 0);
      if (args.png && failing) {
        const file = join(args.out, 'png', `${c.id.replaceAll('/', '__')}.png`);
        await page.locator('#stage > svg').screenshot({ path: file });
      }
    }
  } finally {
    await renderer.close();
    await browser.close();
  }
  const seconds = (performance.now() - started) / 1000;
  mkdirSync(args.out, { recursive: true });
  const reportFile = join(args.out, 'report.json');
  const sums = Object.fromEntries(totals(reports));
  writeFileSync(
    reportFile,
    `${JSON.stringify({ seconds, totals: sums, cases: reports }, null, 1)}\n`,
  );
  console.log(summaryTable(reports));
  console.log(
    `\n${reports.length} cases in ${seconds.toFixed(0)} s; counts are totals, (n) = cases with a non-zero count; ` +
      `no-fit = does-not-fit (measured as its parts; shrunk only without a split plan). Report: ${reportFile}`,
  );
  const errors = reports.filter((r) => r.error);
  for (const r of errors.slice(0, 10)) console.log(`error: ${r.id}: ${r.error}`);
  if (args.baseline) {
    const before = (JSON.parse(readFileSync(args.baseline, 'utf8')) as { totals: typeof sums })
      .totals;
    const worse: string[] = [];
    for (const [chart, t] of Object.entries(sums)) {
      for (const check of CHECKS) {
        const was = before[chart]?.counts[check] ?? 0;
        if (t.counts[check] > was) worse.push(`${chart} ${check}: ${was} → ${t.counts[check]}`);
      }
    }
    console.log(
      worse.length === 0
        ? 'No count above the baseline.'
        : `Above the baseline:\n  ${worse.join('\n  ')}`,
    );
    return worse.length > 0 || errors.length > 0 ? 1 : 0;
  }
  const all = sums.all;
  const nonZero = all ? CHECKS.filter((c) => all.counts[c] > 0) : [];
  if (nonZero.length > 0) console.log(`Non-zero: ${nonZero.join(', ')} (target: all 0, issue 12).`);
  return nonZero.length > 0 || errors.length > 0 ? 1 : 0;
}
