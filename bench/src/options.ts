/** Command-line options of `pnpm bench` (pure; tested in tests/bench/options.test.ts). */
import type { TimingOptions } from './ssr/timing';

export interface BenchOptions {
  readonly quick: boolean;
  /** Only cases whose id contains one of these (all when empty). Filtered runs do not write results. */
  readonly only: readonly string[];
  /** Only these libraries (all when empty). */
  readonly libraries: readonly string[];
  readonly ssr: boolean;
  readonly bundles: boolean;
  readonly browser: boolean;
  /** "<case>:<library>": profile that one server-render case instead of benchmarking. */
  readonly profile: string | null;
}

export function parseOptions(argv: readonly string[]): BenchOptions {
  const list = (name: string) =>
    argv
      .filter((a) => a.startsWith(`--${name}=`))
      .flatMap((a) => a.slice(name.length + 3).split(','))
      .filter(Boolean);
  const known =
    /^--(quick|only=.*|libs=.*|no-ssr|no-bundles|no-browser|profile=.+:.+|report|deck|import|help)$/;
  const unknown = argv.filter((a) => a !== '--' && !known.test(a));
  if (unknown.length > 0) throw new Error(`unknown option(s): ${unknown.join(' ')} (see --help)`);
  return {
    quick: argv.includes('--quick'),
    only: list('only'),
    libraries: list('libs'),
    ssr: !argv.includes('--no-ssr'),
    bundles: !argv.includes('--no-bundles'),
    browser: !argv.includes('--no-browser'),
    profile: argv.find((a) => a.startsWith('--profile='))?.slice('--profile='.length) ?? null,
  };
}

export const HELP = `Usage: corepack pnpm bench [--quick] [--only=heatmap-100,bars] [--libs=ours,nivo]
                            [--no-ssr] [--no-bundles] [--no-browser]
       corepack pnpm bench --profile=bars-2000:ours
       corepack pnpm bench --report
  --quick       short warm-up and samples, no 300×300 heatmap, only ours and the baseline for the
                100×100 heatmap and 2000 bars: under a minute
  --only, --libs, --no-*   partial runs for investigation; they print results but do not write them
  --report      only regenerate RESULTS.md from results.json
  --deck        only the deck row: yhdyspinta deck of the four charts × fi/sv × 16:9/4:3 as pptx,
                pdf and png (target < 15 s); prints, does not write results
  --import      only the importer rows: parse + validate of a 50 MB and a 1 M-row long CSV against
                papaparse and d3-dsv tokenising the same bytes, and peak memory; prints, does not write
  --profile=<case>:<library>   V8 CPU profile of one server-render case, summarised by function and
                source module (bench/node_modules/.cache/bench/profiles/)`;

/** A partial run (filters or skipped phases) only prints; a complete run writes results. */
export function isCompleteRun(options: BenchOptions): boolean {
  return (
    options.profile === null &&
    options.only.length === 0 &&
    options.libraries.length === 0 &&
    options.ssr &&
    options.bundles &&
    options.browser
  );
}

export function timingFor(quick: boolean): TimingOptions {
  return quick
    ? {
        warmupMs: 300,
        warmupIterations: 3,
        maxWarmupMs: 1000,
        samples: 7,
        slowSamples: 7,
        slowRenderMs: 1000,
        minSampleMs: 20,
      }
    : {
        warmupMs: 1000,
        warmupIterations: 3,
        maxWarmupMs: 5000,
        samples: 11,
        slowSamples: 7,
        slowRenderMs: 500,
        minSampleMs: 100,
      };
}
