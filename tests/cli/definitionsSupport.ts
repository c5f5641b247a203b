/**
 * The CLI definitions tests' shared set-up: the CLI bundled once per file (buildTestCli) and a temporary
 * folder, each run in a folder of its own under it; both removed after the file's tests.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { buildTestCli, runCli } from './pptxSupport';
import type { Run } from './pptxSupport';

export interface DefinitionsCli {
  /** The temporary folder (set once the file's beforeAll has run). */
  dir(): string;
  /** Runs the CLI with `args` in a new folder `name` under dir(). */
  run(name: string, args: readonly string[]): Promise<Run & { readonly cwd: string }>;
}

/** Registers the file's beforeAll / afterAll; `prepare` runs after them, with the folder. */
export function useDefinitionsCli(
  prefix: string,
  prepare: (dir: string) => Promise<void> = async () => undefined,
): DefinitionsCli {
  let dir = '';
  let entry = '';
  let dispose: () => Promise<void> = async () => undefined;
  beforeAll(async () => {
    ({ entry, dispose } = await buildTestCli());
    dir = await mkdtemp(join(tmpdir(), prefix));
    await prepare(dir);
  }, 60_000);
  afterAll(async () => {
    await dispose();
    if (dir) await rm(dir, { recursive: true, force: true });
  });
  return {
    dir: () => dir,
    async run(name, args) {
      const cwd = join(dir, name);
      await mkdir(cwd);
      return { ...(await runCli(entry, args, cwd)), cwd };
    },
  };
}
