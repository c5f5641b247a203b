// Support of the `yhdyspinta render` tests (tests/cli/render*.test.ts): the CLI bundled into a directory
// of the file's own (buildTestCli, so the files never race each other's or validate's build of dist/),
// each case run with plain node in a fresh empty directory, as bin/yhdyspinta.js runs it.
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { buildTestCli, ROOT, runCli } from '../cli/pptxSupport';
import { pixelStats, pngInfo } from '../cli/png';

export { ROOT };
export const EXAMPLE = join(ROOT, 'tests/fixtures/responses-example.csv');
export const EXAMPLE_JSON = join(ROOT, 'tests/fixtures/responses-example.json');
export const BROKEN = join(ROOT, 'tests/fixtures/responses-broken.csv');
// Generous: each case is a separate node process, and CI machines may be busy.
export const TIMEOUT = { timeout: 60_000 };

export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** The directory it ran in: empty before the run. */
  readonly cwd: string;
}

let entry = '';
let dispose: () => Promise<void> = async () => undefined;
let dir = '';
let runs = 0;

/** Registers the file's beforeAll (build, temporary folder) and afterAll (both removed). */
export function useRenderCli(): void {
  beforeAll(async () => {
    ({ entry, dispose } = await buildTestCli());
    dir = await mkdtemp(join(tmpdir(), 'yhdyspinta-cli-'));
  }, 60_000);
  afterAll(async () => {
    await dispose();
    if (dir) await rm(dir, { recursive: true, force: true });
  });
}

/** The file's temporary folder (set once useRenderCli's beforeAll has run). */
export function tempDir(): string {
  return dir;
}

/** Runs the CLI with `args` in `cwd`. */
export async function exec(args: readonly string[], cwd: string): Promise<Run> {
  return { ...(await runCli(entry, args, cwd)), cwd };
}

/** Runs the CLI in a fresh empty directory: `command` split on spaces, then `extra` as given. */
export async function cli(command: string, ...extra: string[]): Promise<Run> {
  const cwd = join(dir, `run-${++runs}`);
  await mkdir(cwd);
  return exec([...command.split(' ').filter(Boolean), ...extra], cwd);
}

/** Checks a run that wrote only `file`, a PNG of `width` (and `height`) px that is not blank. */
export async function expectPng(run: Run, file: string, width: number, height?: number) {
  expect(run.stderr).not.toMatch(/^yhdyspinta: (virhe|fel|error):/m);
  expect(run.code).toBe(0);
  expect(run.stdout).toMatch(
    new RegExp(`^(Kirjoitettu|Skrev|Wrote) ${file.replace('.', '\\.')} \\(\\d+×\\d+ px`),
  );
  expect(await readdir(run.cwd)).toEqual([file]);
  const png = await readFile(join(run.cwd, file));
  const info = pngInfo(png);
  expect(info.width).toBe(width);
  if (height !== undefined) expect(info.height).toBe(height);
  const stats = pixelStats(png);
  expect(stats.colours).toBeGreaterThan(20);
  expect(stats.inked).toBeGreaterThan(0.02);
  return info;
}
