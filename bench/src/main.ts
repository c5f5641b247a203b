/** `pnpm bench`: server render times, bundle sizes and browser timings → results.json, RESULTS.md. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { buildBrowserPage } from './build';
import { runDeckBench } from './deck';
import { runImportBench } from './importBench';
import { runBrowserPhase } from './browser/run';
import { runBundlePhase } from './bundles';
import type { CaseKind } from './cases';
import {
  BROWSER_MOUNT_CASE,
  BROWSER_TOOLTIP_CASE,
  INTERLEAVED_CASE_IDS,
  QUICK_OURS_ONLY_CASE_IDS,
  SLOW_CASE_IDS,
  SSR_CASES,
} from './cases';
import { LIBRARIES, OUR_CHARTS, OUR_COMPONENT, exportedNames } from './libraries';
import { currentLoad, machineInfo, versions } from './machine';
import { HELP, isCompleteRun, parseOptions, timingFor } from './options';
import { CHARTS_INDEX, RESULTS_JSON, RESULTS_MD } from './paths';
import { keptSection, renderResultsMarkdown } from './report';
import type { BrowserRow, BundleRow, ResultsFile, RunResult, SsrRow } from './results';
import { runSsrPhase } from './ssr/phase';
import { profileCase } from './ssr/profileCase';
import { evaluateTargets } from './targets';
import { targetsTable } from './report';

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

function readResults(): ResultsFile {
  const empty: ResultsFile = {
    description:
      'pnpm bench results (bench/README.md). Rows: case, library, median, ratio (to the minimal baseline in the same run), unit.',
    full: null,
    quick: null,
  };
  if (!existsSync(RESULTS_JSON)) return empty;
  return { ...empty, ...(JSON.parse(readFileSync(RESULTS_JSON, 'utf8')) as ResultsFile) };
}

/** Formats with the repository's prettier (so `prettier --check` passes), when it resolves. */
async function formatted(text: string, parser: 'json' | 'markdown'): Promise<string> {
  try {
    const prettier = await import('prettier');
    const config = (await prettier.resolveConfig(RESULTS_MD)) ?? {};
    return await prettier.format(text, { ...config, parser });
  } catch {
    return text;
  }
}

/** RESULTS.md from `results`, keeping the existing file's hand-kept section (keptSection). */
function resultsMarkdown(results: ResultsFile): string {
  const existing = existsSync(RESULTS_MD) ? readFileSync(RESULTS_MD, 'utf8') : '';
  return renderResultsMarkdown(results, keptSection(existing));
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv.includes('--help')) {
    log(HELP);
    return;
  }
  const options = parseOptions(argv);
  if (argv.includes('--report')) {
    writeFileSync(RESULTS_MD, await formatted(resultsMarkdown(readResults()), 'markdown'));
    log(`wrote ${RESULTS_MD}`);
    return;
  }
  if (argv.includes('--import')) {
    await runImportBench(log);
    return;
  }
  if (argv.includes('--deck')) {
    await runDeckBench(log);
    return;
  }
  if (options.profile) {
    await profileCase(options.profile, log);
    return;
  }
  const started = performance.now();
  const startedAt = new Date().toISOString();
  const timing = timingFor(options.quick);
  const exported = exportedNames(readFileSync(CHARTS_INDEX, 'utf8'));
  const ourKinds = new Set(
    (Object.keys(OUR_COMPONENT) as CaseKind[]).filter((k) => exported.has(OUR_COMPONENT[k])),
  );
  const oursMissing = OUR_CHARTS.filter((name) => !exported.has(name));
  const cases = SSR_CASES.filter(
    (c) =>
      (!options.quick || !SLOW_CASE_IDS.has(c.id)) &&
      (options.only.length === 0 || options.only.some((o) => c.id.includes(o))),
  );
  const libraries = LIBRARIES.filter(
    (l) => options.libraries.length === 0 || options.libraries.includes(l.id),
  );
  log(
    `${options.quick ? 'quick' : 'full'} run; load ${currentLoad().toFixed(1)}; ` +
      `ours exported: ${[...ourKinds].join(', ') || 'none yet'}` +
      (oursMissing.length ? ` (missing: ${oursMissing.join(', ')})` : ''),
  );

  let ssr: SsrRow[] = [];
  let bundles: BundleRow[] = [];
  let browser: BrowserRow[] = [];
  let chromium: string | null = null;
  if (options.ssr) {
    log('server render (a fresh node process per case):');
    ssr = await runSsrPhase({
      cases,
      libraries,
      ourKinds,
      timing,
      oursOnly: options.quick ? QUICK_OURS_ONLY_CASE_IDS : new Set(),
      rounds: (id) => (!options.quick && INTERLEAVED_CASE_IDS.has(id) ? 3 : 1),
      log,
    });
  }
  if (options.bundles) {
    log('bundle weight:');
    bundles = await runBundlePhase(exported, new Set(libraries.map((l) => l.id)), log);
  }
  if (options.browser) {
    log('browser:');
    const pageLibraries = libraries.filter((l) => l.id !== 'ours' || ourKinds.has('heatmap'));
    const html = await buildBrowserPage(pageLibraries);
    const result = await runBrowserPhase({
      html,
      mountSamples: options.quick ? 7 : 11,
      tooltipSamples: options.quick ? 50 : 60,
      warmup: 5,
      // nivo is left out: its 100×100 mount took 30–50 s per sample in a trial (README.md).
      mountLibraries: ['ours', 'baseline'],
      log,
    });
    browser = result.rows;
    chromium = result.version;
  }

  const targets = evaluateTargets(ssr, bundles, browser);
  const run: RunResult = {
    mode: options.quick ? 'quick' : 'full',
    startedAt,
    durationSeconds: (performance.now() - started) / 1000,
    machine: machineInfo(chromium),
    versions: versions(),
    timing: { ...timing },
    sizes: Object.fromEntries(
      [...cases, BROWSER_MOUNT_CASE, BROWSER_TOOLTIP_CASE].map((c) => [
        c.id,
        `${c.width}×${c.height}`,
      ]),
    ),
    ssr,
    bundles,
    browser,
    targets,
    oursMissing,
  };
  log('');
  log(targetsTable(targets));
  if (!isCompleteRun(options)) {
    log('\n(partial run: results.json and RESULTS.md not written)');
    return;
  }
  const results = { ...readResults(), [run.mode]: run };
  writeFileSync(RESULTS_JSON, await formatted(JSON.stringify(results, null, 2), 'json'));
  writeFileSync(RESULTS_MD, await formatted(resultsMarkdown(results), 'markdown'));
  log(`\nwrote ${RESULTS_JSON} and ${RESULTS_MD} in ${run.durationSeconds.toFixed(0)} s`);
}

main().catch((error: unknown) => {
  log(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
