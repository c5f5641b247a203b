/** Runs each server-render case in a fresh `node` process and collects the children's JSON results. */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchCase } from '../cases';
import { BUILD_DIR } from '../paths';
import { RESULT_MARKER } from './protocol';
import type { ChildFailure, ChildInput, ChildResult } from './protocol';
import type { TimingOptions } from './timing';

export type ChildOutcome = ChildResult | ChildFailure;

export function isFailure(outcome: ChildOutcome): outcome is ChildFailure {
  return 'error' in outcome;
}

/** Runs one case of one library: `node --expose-gc <bundle> <input>`; never throws. */
export function runSsrChild(
  bundle: string,
  library: string,
  benchCase: BenchCase,
  timing: TimingOptions,
  timeoutMs: number,
  nodeArgs: readonly string[] = [],
): Promise<ChildOutcome> {
  const outDir = join(BUILD_DIR, 'out');
  mkdirSync(outDir, { recursive: true });
  const extension = library === 'echarts' || library === 'baseline' ? 'svg' : 'html';
  const input: ChildInput = {
    benchCase,
    timing,
    outputFile: join(outDir, `${benchCase.id}.${library}.${extension}`),
  };
  return new Promise((resolvePromise) => {
    const child = spawn(
      process.execPath,
      ['--expose-gc', '--max-old-space-size=8192', ...nodeArgs, bundle, JSON.stringify(input)],
      { env: { ...process.env, NODE_ENV: 'production' }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const line = stdout.split('\n').find((l) => l.startsWith(RESULT_MARKER));
      if (line) {
        resolvePromise(JSON.parse(line.slice(RESULT_MARKER.length)) as ChildOutcome);
        return;
      }
      const why = signal === 'SIGKILL' ? `timed out after ${timeoutMs} ms` : `exit ${code}`;
      resolvePromise({
        caseId: benchCase.id,
        library,
        error: `${why}: ${stderr.trim().slice(-2000)}`,
      });
    });
  });
}
