/**
 * The deck row (issue 15): `yhdyspinta deck` of the four charts × fi/sv × slide-16x9/slide-4x3 as
 * PowerPoint, PDF and PNG (4 .pptx, 4 .pdf, 16 .png) in one run of the built CLI, timed from the node
 * process's start to its exit (the wall time a user waits), with the process's CPU time beside it (less
 * disturbed when other processes share the two cores) and the load average. Target: under 15 s.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { currentLoad } from './machine';
import { REPO_DIR } from './paths';

export const DECK_LIMIT_SECONDS = 15;

export interface DeckRow {
  readonly case: 'deck-4x2x2';
  readonly files: number;
  readonly wallSeconds: number;
  readonly cpuSeconds: number;
  readonly load: number;
  readonly pass: boolean;
}

const DECK = {
  locales: ['fi', 'sv'],
  presets: ['slide-16x9', 'slide-4x3'],
  formats: ['pptx', 'pdf', 'png'],
  chartMode: 'native',
  out: 'out',
  charts: ['goal-bars', 'theme-heatmap', 'rescue-radar', 'coverage'],
};

/** Runs the bundled CLI's `deck` in a fresh node process; its CPU time measured inside it. */
function runDeck(entry: string, cwd: string): Promise<{ readonly cpuMs: number }> {
  const script = [
    `const { main } = await import(${JSON.stringify(pathToFileURL(entry).href)});`,
    `const code = await main(['deck', 'deck.json'], { stdout: () => {}, stderr: (t) => process.stderr.write(t) });`,
    'const { user, system } = process.cpuUsage();',
    'process.stdout.write(JSON.stringify({ code, cpuMs: (user + system) / 1000 }));',
  ].join('\n');
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['--input-type=module', '-e', script], { cwd }, (error, stdout) => {
      if (error) return reject(error);
      const result = JSON.parse(stdout) as { code: number; cpuMs: number };
      if (result.code !== 0) return reject(new Error(`yhdyspinta deck exited ${result.code}`));
      resolve(result);
    });
  });
}

export async function runDeckBench(log: (line: string) => void): Promise<DeckRow> {
  const cache = join(REPO_DIR, 'packages/cli/node_modules/.cache');
  await mkdir(cache, { recursive: true });
  // Under the CLI package, so its dependencies (pptxgenjs, pdfkit, resvg, React) resolve.
  const outdir = await mkdtemp(join(cache, 'bench-deck-'));
  const dir = await mkdtemp(join(tmpdir(), 'yhdyspinta-bench-deck-'));
  try {
    const build = (await import(
      pathToFileURL(join(REPO_DIR, 'packages/cli/scripts/build.mjs')).href
    )) as { buildCli: (options: { outdir: string }) => Promise<unknown> };
    await build.buildCli({ outdir });
    await writeFile(join(dir, 'deck.json'), JSON.stringify(DECK));
    const load = currentLoad();
    const started = performance.now();
    const { cpuMs } = await runDeck(join(outdir, 'yhdyspinta.js'), dir);
    const wallSeconds = (performance.now() - started) / 1000;
    const files = (await readdir(join(dir, 'out'))).length;
    const row: DeckRow = {
      case: 'deck-4x2x2',
      files,
      wallSeconds,
      cpuSeconds: cpuMs / 1000,
      load,
      pass: wallSeconds < DECK_LIMIT_SECONDS,
    };
    log(
      `deck: 4 charts × fi/sv × slide-16x9/slide-4x3 as pptx, pdf, png → ${files} files in ${wallSeconds.toFixed(1)} s (CPU ${row.cpuSeconds.toFixed(1)} s, load ${load.toFixed(1)}); target < ${DECK_LIMIT_SECONDS} s: ${row.pass ? 'pass' : 'FAIL'}`,
    );
    return row;
  } finally {
    await rm(outdir, { recursive: true, force: true });
    await rm(dir, { recursive: true, force: true });
  }
}
