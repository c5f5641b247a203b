/**
 * The browser phase: headless Chromium via playwright-core, as scripts/chromium.mjs finds it
 * (CHROMIUM_PATH, a system Chromium, else the one inside @sparticuz/chromium; never a downloaded one).
 * 1. Mount time of the 100×100 heatmap (ours; the baseline for context): a fresh root per sample.
 * 2. Ours on a 300 × 50 heatmap: time from a pointer move onto a cell, and from an arrow key press, to
 *    the tooltip naming that cell in the DOM (median of ≥ 50, after a few unmeasured warm-up inputs).
 */
import { chromium } from 'playwright-core';
import type { Page } from 'playwright-core';
import { pathToFileURL } from 'node:url';
import type { BenchCase } from '../cases';
import { BROWSER_MOUNT_CASE, BROWSER_TOOLTIP_CASE, heatmapCaseData } from '../cases';
import { CHROMIUM_FINDER } from '../paths';
import type { BrowserRow } from '../results';
import { median, quantile, ratio } from '../stats';
import type { BenchApi, MountTiming, TooltipTiming } from './page';
import type * as ChromiumFinder from '../../../scripts/chromium.mjs';

/**
 * The finder's launch options. Imported by path at run time, not bundled: run.mjs bundles this runner
 * into node_modules/.cache/bench/, where the finder's own import.meta.url would point wrong.
 */
async function launchOptions() {
  const finder = (await import(pathToFileURL(CHROMIUM_FINDER).href)) as typeof ChromiumFinder;
  return finder.chromiumLaunchOptions();
}

export interface BrowserPhaseOptions {
  readonly html: string;
  readonly mountSamples: number;
  /** Measured tooltip updates per input type (≥ 50). */
  readonly tooltipSamples: number;
  readonly warmup: number;
  /** Libraries to mount (ours and the baseline). */
  readonly mountLibraries: readonly string[];
  readonly log: (line: string) => void;
}

declare global {
  interface Window {
    __bench: BenchApi;
  }
}

function row(
  caseId: string,
  library: string,
  samples: number[],
  note: string,
  baseline: number | null = null,
): BrowserRow {
  const m = median(samples);
  return {
    case: caseId,
    library,
    median: m,
    ratio: ratio(m, baseline),
    unit: 'ms',
    p90: quantile(samples, 0.9),
    count: samples.length,
    samples,
    notes: [note],
  };
}

async function measureMounts(page: Page, library: string, benchCase: BenchCase, n: number) {
  const timings: MountTiming[] = [];
  // The first mount is a warm-up (JIT, lazily created tables); not counted.
  for (let i = 0; i <= n; i += 1) {
    const t = await page.evaluate(([l, c]) => window.__bench.mount(l, c), [
      library,
      benchCase,
    ] as const);
    if (i > 0) timings.push(t);
  }
  return timings;
}

/**
 * The cells visited: pointer — a scattered walk (successive cells far apart, all distinct); keyboard —
 * Right, Down, Left, Down, … from the first cell, so every press moves and none hits an edge.
 */
export function tooltipPath(
  input: 'pointer' | 'arrow',
  steps: number,
  rows: number,
  columns: number,
): { row: number; column: number; key: string }[] {
  const path: { row: number; column: number; key: string }[] = [];
  let row = 0;
  let column = 0;
  for (let i = 1; i <= steps; i += 1) {
    if (input === 'pointer') {
      row = (i * 37) % rows;
      column = (i * 13) % columns;
      path.push({ row, column, key: '' });
    } else {
      const key = ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowDown'][(i - 1) % 4] as string;
      if (key === 'ArrowRight') column += 1;
      else if (key === 'ArrowLeft') column -= 1;
      else row += 1;
      path.push({ row: row % rows, column, key });
    }
  }
  return path;
}

async function measureTooltip(
  page: Page,
  input: 'pointer' | 'arrow',
  benchCase: BenchCase,
  count: number,
  warmup: number,
): Promise<TooltipTiming[]> {
  if (benchCase.kind !== 'heatmap') throw new Error('tooltip case must be a heatmap');
  const data = heatmapCaseData(benchCase);
  const timings: TooltipTiming[] = [];
  await page.mouse.move(4, 4); // parked outside the chart
  if (input === 'arrow') await page.evaluate(() => window.__bench.focusChart());
  const path = tooltipPath(input, warmup + count, benchCase.rows, benchCase.columns);
  for (const [i, step] of path.entries()) {
    const labels = [data.rowLabels[step.row], data.columnLabels[step.column]];
    if (input === 'pointer') {
      const p = await page.evaluate(([r, c]) => window.__bench.cellClientCenter(r, c), [
        step.row,
        step.column,
      ] as const);
      // cellClientCenter may have scrolled the cell into view: let that scroll's layout and paint
      // finish (two frames) before the measured move, so the timing is the tooltip's alone.
      await page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
      );
      await page.evaluate((l) => window.__bench.arm(l as string[], 'pointermove'), labels);
      await page.mouse.move(p.x, p.y);
    } else {
      await page.evaluate((l) => window.__bench.arm(l as string[], 'keydown'), labels);
      await page.keyboard.press(step.key);
    }
    const handle = await page.waitForFunction(() => window.__bench.result(), undefined, {
      timeout: 15_000,
    });
    const timing = (await handle.jsonValue()) as TooltipTiming;
    if (i >= warmup) timings.push(timing);
  }
  return timings;
}

export async function runBrowserPhase(
  options: BrowserPhaseOptions,
): Promise<{ rows: BrowserRow[]; version: string }> {
  const browser = await chromium.launch({ ...(await launchOptions()), headless: true });
  try {
    // Tall enough for the whole 300 × 50 heatmap: no scrolling between pointer moves.
    const page = await browser.newPage({
      viewport: { width: 1280, height: BROWSER_TOOLTIP_CASE.height + 100 },
    });
    await page.goto(pathToFileURL(options.html).href);
    const available = await page.evaluate(() => window.__bench.libraries);
    const rows: BrowserRow[] = [];

    const mountCase = BROWSER_MOUNT_CASE;
    const mounts = new Map<string, MountTiming[]>();
    for (const library of options.mountLibraries.filter((l) => available.includes(l))) {
      const timings = await measureMounts(page, library, mountCase, options.mountSamples);
      mounts.set(library, timings);
      options.log(
        `  mount ${mountCase.id} ${library}: ` +
          `${median(timings.map((t) => t.layoutMs)).toFixed(1)} ms`,
      );
    }
    const base = mounts.get('baseline');
    for (const [library, timings] of mounts) {
      const metric = (name: keyof MountTiming, suffix: string, note: string) =>
        row(
          `browser-mount-${mountCase.id}${suffix}`,
          library,
          timings.map((t) => t[name]),
          note,
          base ? median(base.map((t) => t[name])) : null,
        );
      rows.push(
        metric('layoutMs', '', 'render + commit + style/layout (flushSync, then a forced layout)'),
        metric('commitMs', '-commit', 'React render + commit only'),
        metric('frameMs', '-frame', '… until after the next frame'),
      );
    }

    if (available.includes('ours')) {
      const tooltipCase = BROWSER_TOOLTIP_CASE;
      await page.evaluate((c) => window.__bench.show('ours', c), tooltipCase);
      for (const input of ['pointer', 'arrow'] as const) {
        const timings = await measureTooltip(
          page,
          input,
          tooltipCase,
          options.tooltipSamples,
          options.warmup,
        );
        const id = `browser-tooltip-${input}-${tooltipCase.id}`;
        const event = input === 'pointer' ? 'pointermove' : 'keydown';
        rows.push(
          row(
            id,
            'ours',
            timings.map((t) => t.layoutMs),
            `${event} timestamp → tooltip naming the cell in the DOM + style/layout`,
          ),
          row(
            `${id}-frame`,
            'ours',
            timings.map((t) => t.frameMs),
            '… until after the next frame',
          ),
          row(
            `${id}-dispatch`,
            'ours',
            timings.map((t) => t.dispatchMs),
            `of which ${event} timestamp → the page's first listener (the browser's part, before any chart code)`,
          ),
        );
        options.log(
          `  tooltip ${input} ${tooltipCase.id} ours: ` +
            `${median(timings.map((t) => t.layoutMs)).toFixed(1)} ms ` +
            `(next frame ${median(timings.map((t) => t.frameMs)).toFixed(1)} ms; ` +
            `${median(timings.map((t) => t.dispatchMs)).toFixed(1)} ms before the page saw the event)`,
        );
      }
    }
    return { rows, version: browser.version() };
  } finally {
    await browser.close();
  }
}
