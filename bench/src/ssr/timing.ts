/**
 * The timing loop of one server-render case, run inside its own child process: warm-up, calibration, then
 * `samples` timed samples of k renders each, k chosen so one sample lasts at least `minSampleMs`.
 */
import { iterationsPerSample, median } from '../stats';

export interface TimingOptions {
  /** Warm up at least this long (JIT, inline caches, lazily built tables) … */
  readonly warmupMs: number;
  /** … and for at least this many renders … */
  readonly warmupIterations: number;
  /** … unless a single render is so slow that this much time has passed (then ≥ 1 render). */
  readonly maxWarmupMs: number;
  /** Timed samples; the median is the result … */
  readonly samples: number;
  /** … or only this many (≥ 7) when one render takes longer than `slowRenderMs`. */
  readonly slowSamples: number;
  readonly slowRenderMs: number;
  /** Each sample lasts at least this long (k renders timed together, divided by k). */
  readonly minSampleMs: number;
}

export interface TimingResult {
  /** Milliseconds of the very first render (cold: no JIT, first-use initialisation); part of the warm-up. */
  readonly firstRenderMs: number;
  /** Per-render wall-clock milliseconds of each sample. */
  readonly samplesMs: readonly number[];
  readonly medianMs: number;
  /**
   * Per-render CPU milliseconds of the process (user + system, all its threads) of each sample: less
   * disturbed than wall-clock time when other processes share the cores.
   */
  readonly cpuSamplesMs: readonly number[];
  readonly cpuMedianMs: number;
  readonly iterationsPerSample: number;
  readonly warmupIterations: number;
}

/** Collects garbage between samples when node runs with --expose-gc, so one sample's garbage is not
 * collected in the next. */
function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
}

/**
 * Times `render`. Its results are consumed (their length summed) so no engine can skip the work. The
 * first render's markup goes to `onFirst` (and that render counts as the first warm-up iteration: for a
 * case that takes tens of seconds, one render warms every code path).
 */
export function timeRenders(
  render: () => string,
  options: TimingOptions,
  onFirst: (markup: string) => void = () => {},
): TimingResult {
  let sink = 0;
  const warmupStart = performance.now();
  const first = render();
  const warmupTimes: number[] = [performance.now() - warmupStart];
  onFirst(first);
  sink += first.length;
  for (;;) {
    const elapsed = performance.now() - warmupStart;
    const enough = warmupTimes.length >= options.warmupIterations && elapsed >= options.warmupMs;
    if (enough || (warmupTimes.length > 0 && elapsed >= options.maxWarmupMs)) break;
    const t0 = performance.now();
    sink += render().length;
    warmupTimes.push(performance.now() - t0);
  }
  // The median of the last half of the warm-up is a stable per-render estimate.
  const estimate = median(warmupTimes.slice(Math.floor(warmupTimes.length / 2)));
  const k = iterationsPerSample(estimate, options.minSampleMs);

  const samplesMs: number[] = [];
  const cpuSamplesMs: number[] = [];
  const count = estimate > options.slowRenderMs ? options.slowSamples : options.samples;
  for (let s = 0; s < count; s += 1) {
    collectGarbage();
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    for (let i = 0; i < k; i += 1) sink += render().length;
    samplesMs.push((performance.now() - t0) / k);
    const cpu = process.cpuUsage(cpu0);
    cpuSamplesMs.push((cpu.user + cpu.system) / 1000 / k);
  }
  if (sink === -1) console.log(sink); // never true: keeps `sink` observable
  return {
    firstRenderMs: warmupTimes[0] as number,
    samplesMs,
    medianMs: median(samplesMs),
    cpuSamplesMs,
    cpuMedianMs: median(cpuSamplesMs),
    iterationsPerSample: k,
    warmupIterations: warmupTimes.length,
  };
}
