/** The server-render phase: build each child bundle, run every case × library, derive ratios. */
import type { BenchCase, CaseKind } from '../cases';
import { datumCount } from '../cases';
import { buildSsrBundle } from '../build';
import type { LibraryInfo } from '../libraries';
import type { SsrRow } from '../results';
import { median, ratio, relativeIqr } from '../stats';
import { isFailure, runSsrChild } from './run';
import type { ChildOutcome } from './run';
import type { ChildResult } from './protocol';
import type { TimingOptions } from './timing';

export interface SsrPhaseInput {
  readonly cases: readonly BenchCase[];
  readonly libraries: readonly LibraryInfo[];
  /** Kinds our charts can render now (exported); the others are skipped for ours. */
  readonly ourKinds: ReadonlySet<CaseKind>;
  readonly timing: TimingOptions;
  /** Cases where only ours and the baseline run (--quick). */
  readonly oursOnly: ReadonlySet<string>;
  /** Interleaved rounds per case (libraries in rotated order each round; samples pooled). */
  readonly rounds: (caseId: string) => number;
  readonly log: (line: string) => void;
}

/** Turns the children's outcomes into rows with ratios to the baseline of the same case (pure). */
export function toSsrRows(
  cases: readonly BenchCase[],
  outcomes: readonly ChildOutcome[],
): SsrRow[] {
  return outcomes.map((outcome) => {
    const benchCase = cases.find((c) => c.id === outcome.caseId);
    const datums = benchCase ? datumCount(benchCase) : 0;
    const base = outcomes.find((o) => o.caseId === outcome.caseId && o.library === 'baseline');
    const baseOk = base && !isFailure(base) ? base : null;
    if (isFailure(outcome)) {
      return {
        case: outcome.caseId,
        library: outcome.library,
        median: null,
        ratio: null,
        unit: 'ms',
        samples: [],
        spread: null,
        cpuMedian: null,
        cpuRatio: null,
        load: null,
        iterationsPerSample: 0,
        firstRenderMs: null,
        bytes: null,
        elements: null,
        bytesPerDatum: null,
        bytesPerDatumRatio: null,
        notes: [],
        error: outcome.error,
      };
    }
    const bytesPerDatum = datums > 0 ? outcome.bytes / datums : null;
    return {
      case: outcome.caseId,
      library: outcome.library,
      median: outcome.medianMs,
      ratio: ratio(outcome.medianMs, baseOk?.medianMs),
      unit: 'ms',
      samples: outcome.samplesMs,
      spread: relativeIqr(outcome.samplesMs),
      cpuMedian: outcome.cpuMedianMs,
      cpuRatio: ratio(outcome.cpuMedianMs, baseOk?.cpuMedianMs),
      load: outcome.loadBefore,
      iterationsPerSample: outcome.iterationsPerSample,
      firstRenderMs: outcome.firstRenderMs,
      bytes: outcome.bytes,
      elements: outcome.elements,
      bytesPerDatum,
      bytesPerDatumRatio: ratio(bytesPerDatum, baseOk && datums > 0 ? baseOk.bytes / datums : null),
      notes: outcome.notes,
    };
  });
}

/**
 * One outcome from a case's interleaved rounds of one library: the samples pooled (the median of all of
 * them), the highest load seen; a failure in any round is the outcome.
 */
export function mergeRounds(rounds: readonly ChildOutcome[]): ChildOutcome {
  const first = rounds[0];
  if (!first) throw new Error('no rounds');
  const failed = rounds.find(isFailure);
  if (failed) return failed;
  const ok = rounds.filter((r): r is ChildResult => !isFailure(r));
  if (ok.length === 1) return first;
  const samplesMs = ok.flatMap((r) => r.samplesMs);
  const cpuSamplesMs = ok.flatMap((r) => r.cpuSamplesMs);
  const base = ok[0] as ChildResult;
  return {
    ...base,
    samplesMs,
    medianMs: median(samplesMs),
    cpuSamplesMs,
    cpuMedianMs: median(cpuSamplesMs),
    loadBefore: Math.max(...ok.map((r) => r.loadBefore)),
    loadAfter: Math.max(...ok.map((r) => r.loadAfter)),
    firstRenderMs: median(ok.map((r) => r.firstRenderMs)),
    notes: [...base.notes, `${ok.length} interleaved rounds, samples pooled`],
  };
}

export async function runSsrPhase(input: SsrPhaseInput): Promise<SsrRow[]> {
  const { cases, libraries, ourKinds, timing, oursOnly, rounds, log } = input;
  const bundles = new Map<string, string>();
  const kinds = [...new Set(cases.map((c) => c.kind))];
  for (const library of libraries) {
    for (const kind of kinds) {
      if (!library.adapters[kind] || (library.id === 'ours' && !ourKinds.has(kind))) continue;
      bundles.set(`${library.id}:${kind}`, await buildSsrBundle(library, kind));
    }
  }
  const outcomes: ChildOutcome[] = [];
  for (const benchCase of cases) {
    const runnable = libraries.filter(
      (library) =>
        bundles.has(`${library.id}:${benchCase.kind}`) &&
        (!oursOnly.has(benchCase.id) || library.id === 'ours' || library.id === 'baseline'),
    );
    const perLibrary = new Map<string, ChildOutcome[]>(runnable.map((l) => [l.id, []]));
    const count = rounds(benchCase.id);
    for (let round = 0; round < count; round += 1) {
      // Rotate the order each round so no library always runs right after the same neighbour.
      const order = runnable.map((_, i) => runnable[(i + round) % runnable.length] as LibraryInfo);
      for (const library of order) {
        const bundle = bundles.get(`${library.id}:${benchCase.kind}`) as string;
        const started = performance.now();
        const outcome = await runSsrChild(bundle, library.id, benchCase, timing, 900_000);
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        const tag = count > 1 ? ` [round ${round + 1}/${count}]` : '';
        log(
          isFailure(outcome)
            ? `  ${benchCase.id} ${library.id}${tag}: FAILED (${outcome.error.split('\n')[0]})`
            : `  ${benchCase.id} ${library.id}${tag}: ${outcome.medianMs.toFixed(3)} ms/render ` +
                `(cpu ${outcome.cpuMedianMs.toFixed(3)}, load ${outcome.loadBefore.toFixed(1)}), ` +
                `${outcome.bytes} B, ${outcome.elements} elements (${seconds} s)`,
        );
        perLibrary.get(library.id)?.push(outcome);
      }
    }
    for (const library of runnable) outcomes.push(mergeRounds(perLibrary.get(library.id) ?? []));
  }
  return toSsrRows(cases, outcomes);
}
