/** What the runner passes to a server-render child process and what the child prints back. */
import type { BenchCase } from '../cases';
import type { TimingOptions } from './timing';

export interface ChildInput {
  readonly benchCase: BenchCase;
  readonly timing: TimingOptions;
  /** Where the child writes one rendered output, for inspection. */
  readonly outputFile: string;
}

export interface ChildResult {
  readonly caseId: string;
  readonly library: string;
  readonly medianMs: number;
  readonly samplesMs: readonly number[];
  readonly cpuMedianMs: number;
  readonly cpuSamplesMs: readonly number[];
  /** The 1-minute load average when the case started and ended (other processes on the machine). */
  readonly loadBefore: number;
  readonly loadAfter: number;
  readonly iterationsPerSample: number;
  readonly warmupIterations: number;
  /** UTF-8 bytes of one render's markup. */
  readonly bytes: number;
  /** Start tags in one render's markup. */
  readonly elements: number;
  /** Milliseconds of the very first render (cold: no JIT, first-use initialisation). */
  readonly firstRenderMs: number;
  /** Human-readable notes, e.g. "renders no marks on the server". */
  readonly notes: readonly string[];
}

export interface ChildFailure {
  readonly caseId: string;
  readonly library: string;
  readonly error: string;
}

/** The child prints exactly one line starting with this marker; anything else on stdout is noise. */
export const RESULT_MARKER = '@@BENCH_RESULT@@ ';
