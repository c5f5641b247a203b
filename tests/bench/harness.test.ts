// Pure parts of the benchmark runner (bench/src): option parsing, ratios to the baseline, target
// evaluation, export detection, the keyboard/pointer path and the CPU-profile summary. Not the timing.
import { describe, expect, it } from 'vitest';
import { tooltipPath } from '../../bench/src/browser/run';
import { exportedNames } from '../../bench/src/libraries';
import { isCompleteRun, parseOptions } from '../../bench/src/options';
import { moduleOf, moduleStarts, shortPath, summarizeProfile } from '../../bench/src/profile';
import type { BundleRow } from '../../bench/src/results';
import type { ChildOutcome } from '../../bench/src/ssr/run';
import { mergeRounds, toSsrRows } from '../../bench/src/ssr/phase';
import { SSR_CASES } from '../../bench/src/cases';
import { evaluateTargets } from '../../bench/src/targets';

function outcome(caseId: string, library: string, medianMs: number, bytes: number): ChildOutcome {
  return {
    caseId,
    library,
    medianMs,
    samplesMs: [medianMs, medianMs],
    cpuMedianMs: medianMs / 2,
    cpuSamplesMs: [medianMs / 2],
    loadBefore: 0.5,
    loadAfter: 0.5,
    iterationsPerSample: 1,
    warmupIterations: 3,
    bytes,
    elements: 10,
    firstRenderMs: medianMs * 3,
    notes: [],
  };
}

describe('options', () => {
  it('parses modes and filters; filtered runs do not write results', () => {
    const quick = parseOptions(['--quick']);
    expect(quick.quick).toBe(true);
    expect(isCompleteRun(quick)).toBe(true);
    const partial = parseOptions(['--only=heatmap,bars', '--libs=ours', '--no-browser']);
    expect(partial.only).toEqual(['heatmap', 'bars']);
    expect(partial.libraries).toEqual(['ours']);
    expect(partial.browser).toBe(false);
    expect(isCompleteRun(partial)).toBe(false);
    expect(parseOptions(['--profile=bars-2000:ours']).profile).toBe('bars-2000:ours');
    expect(() => parseOptions(['--quik'])).toThrow(/unknown option/);
  });
});

describe('toSsrRows', () => {
  it('divides by the baseline of the same case, per render and per datum', () => {
    const rows = toSsrRows(SSR_CASES, [
      outcome('heatmap-100x100', 'baseline', 20, 700_000),
      outcome('heatmap-100x100', 'ours', 30, 350_000),
      outcome('bars-20', 'ours', 5, 1000),
      { caseId: 'bars-20', library: 'nivo', error: 'boom' },
    ]);
    const ours = rows.find((r) => r.case === 'heatmap-100x100' && r.library === 'ours');
    expect(ours?.ratio).toBe(1.5);
    expect(ours?.cpuRatio).toBe(1.5);
    expect(ours?.bytesPerDatum).toBe(35);
    expect(ours?.bytesPerDatumRatio).toBe(0.5);
    // No baseline for the case: no ratio rather than a wrong one.
    expect(rows.find((r) => r.case === 'bars-20' && r.library === 'ours')?.ratio).toBeNull();
    expect(rows.find((r) => r.library === 'nivo')?.error).toBe('boom');
  });
});

describe('mergeRounds', () => {
  it('pools the samples of interleaved rounds and takes their median', () => {
    const a = { ...outcome('radar-9x5', 'ours', 4, 100), samplesMs: [4, 5, 6], loadBefore: 1 };
    const b = { ...outcome('radar-9x5', 'ours', 9, 100), samplesMs: [1, 2, 3], loadBefore: 3 };
    const merged = mergeRounds([a, b]);
    expect('error' in merged).toBe(false);
    if ('error' in merged) return;
    expect(merged.samplesMs).toEqual([4, 5, 6, 1, 2, 3]);
    expect(merged.medianMs).toBe(3.5);
    expect(merged.loadBefore).toBe(3);
    expect(merged.notes).toContain('2 interleaved rounds, samples pooled');
    expect(mergeRounds([a])).toBe(a);
  });
  it('reports a failed round', () => {
    const failure = { caseId: 'radar-9x5', library: 'ours', error: 'boom' };
    expect(mergeRounds([outcome('radar-9x5', 'ours', 4, 100), failure])).toBe(failure);
  });
});

describe('evaluateTargets', () => {
  it('passes and fails each target by its limit, and skips peers that draw nothing', () => {
    const ssr = toSsrRows(SSR_CASES, [
      outcome('heatmap-100x100', 'baseline', 20, 700_000),
      outcome('heatmap-100x100', 'ours', 30, 350_000),
      outcome('bars-2000', 'baseline', 10, 200_000),
      outcome('bars-2000', 'ours', 50, 900_000),
      outcome('bars-20', 'ours', 5, 1000),
      outcome('bars-20', 'nivo', 8, 1000),
      {
        ...outcome('bars-20', 'recharts', 0.1, 100),
        notes: ['renders no data marks on the server'],
      },
    ]);
    const bundles: BundleRow[] = [
      {
        case: 'bundle-bars',
        library: 'ours',
        median: 36_000,
        ratio: null,
        unit: 'gzip bytes',
        minified: 60_000,
        exports: ['GoalBarChart'],
        breakdown: {},
      },
    ];
    const targets = evaluateTargets(ssr, bundles, []);
    const find = (target: string, caseId: string) =>
      targets.find((t) => t.target.startsWith(target) && t.case.startsWith(caseId));
    expect(find('server render ≤ 2×', 'heatmap-100x100')?.pass).toBe(true);
    expect(find('server render ≤ 2×', 'bars-2000')?.pass).toBe(false);
    expect(find('server render ≤ 2×', 'heatmap-300x300')?.pass).toBeNull();
    // Recharts is faster but draws nothing: ours only has to beat nivo.
    expect(find('server render faster', 'bars-20')?.pass).toBe(true);
    expect(find('output bytes', 'heatmap-100x100')?.pass).toBe(true);
    expect(find('gzip of a single chart', 'bundle-bars')?.pass).toBe(false);
    expect(find('pointer', 'browser')?.pass).toBeNull();
  });
});

describe('exportedNames', () => {
  it('lists value exports, not type exports', () => {
    const names = exportedNames(`export { A, B as C } from './a';
export type { D } from './d';
export {
  E,
  type F,
} from './e';`);
    expect([...names].sort()).toEqual(['A', 'C', 'E']);
  });
});

describe('tooltipPath', () => {
  it('moves the arrow keys without ever hitting an edge, through distinct cells', () => {
    const path = tooltipPath('arrow', 60, 300, 50);
    expect(path.slice(0, 4).map((s) => s.key)).toEqual([
      'ArrowRight',
      'ArrowDown',
      'ArrowLeft',
      'ArrowDown',
    ]);
    expect(path.every((s) => s.column >= 0 && s.column < 50 && s.row < 300)).toBe(true);
    expect(new Set(path.map((s) => `${s.row},${s.column}`)).size).toBe(60);
  });
  it('moves the pointer to a different cell every time', () => {
    const path = tooltipPath('pointer', 60, 300, 50);
    expect(path).toHaveLength(60);
    path.slice(1).forEach((s, i) => expect(s).not.toEqual(path[i]));
  });
});

describe('profile summary', () => {
  it('maps bundle lines to source modules and adds self and total time', () => {
    const bundle = [
      '// ../node_modules/.pnpm/x@1/node_modules/x/index.js',
      'a',
      '// ../packages/charts/src/y.ts',
      'b',
    ].join('\n');
    const starts = moduleStarts(bundle);
    expect(starts).toEqual([
      { line: 0, path: 'x/index.js' },
      { line: 2, path: 'packages/charts/src/y.ts' },
    ]);
    expect(moduleOf(starts, 3)).toBe('packages/charts/src/y.ts');
    expect(shortPath('../packages/data/src/z.ts')).toBe('packages/data/src/z.ts');
    const frame = (functionName: string, lineNumber: number) => ({
      functionName,
      url: 'file:///b/bundle.mjs',
      lineNumber,
    });
    const summary = summarizeProfile(
      {
        nodes: [
          { id: 1, callFrame: { functionName: '(root)', url: '', lineNumber: -1 }, children: [2] },
          { id: 2, callFrame: frame('outer', 1), children: [3] },
          { id: 3, callFrame: frame('inner', 3) },
        ],
        samples: [2, 3, 3, 3],
        timeDeltas: [1000, 1000, 1000, 1000],
      },
      starts,
      'bundle.mjs',
    );
    expect(summary.totalMs).toBe(4);
    expect(summary.functions[0]).toMatchObject({
      name: 'inner',
      module: 'packages/charts/src/y.ts',
      self: 3,
      total: 3,
    });
    expect(summary.functions.find((f) => f.name === 'outer')).toMatchObject({ self: 1, total: 4 });
    expect(summary.modules[0]).toEqual({ module: 'packages/charts/src/y.ts', self: 3 });
  });
});
