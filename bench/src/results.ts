/** The shape of bench/results.json. Every row has at least case, library, median and ratio. */

export interface SsrRow {
  readonly case: string;
  readonly library: string;
  /** Median milliseconds per server render (renderToStaticMarkup / renderToSVGString). */
  readonly median: number | null;
  /** median / the baseline's median in the same run. */
  readonly ratio: number | null;
  readonly unit: 'ms';
  readonly samples: readonly number[];
  /** (p75 − p25) / median of the samples. */
  readonly spread: number | null;
  /** Median CPU milliseconds per render (user + system) and its ratio to the baseline's. */
  readonly cpuMedian: number | null;
  readonly cpuRatio: number | null;
  /** 1-minute load average at the start of the case (2 cores: above ~2 the machine was shared). */
  readonly load: number | null;
  readonly iterationsPerSample: number;
  readonly firstRenderMs: number | null;
  readonly bytes: number | null;
  readonly elements: number | null;
  /** Output bytes per datum (heatmap: per cell) and its ratio to the baseline's. */
  readonly bytesPerDatum: number | null;
  readonly bytesPerDatumRatio: number | null;
  readonly notes: readonly string[];
  readonly error?: string;
}

export interface BundleRow {
  readonly case: string;
  readonly library: string;
  /** gzip -9 bytes of the minified bundle (react, react-dom external). */
  readonly median: number;
  /** gzip bytes / the baseline's for the same chart kind (null where there is none). */
  readonly ratio: number | null;
  readonly unit: 'gzip bytes';
  readonly minified: number;
  readonly exports: readonly string[];
  /** Minified bytes (before gzip) per package / our package folder, largest first. */
  readonly breakdown: Record<string, number>;
}

export interface BrowserRow {
  readonly case: string;
  readonly library: string;
  readonly median: number;
  /** median / the baseline's in the same run, where a baseline was measured. */
  readonly ratio: number | null;
  readonly unit: 'ms';
  readonly p90: number;
  readonly count: number;
  readonly samples: readonly number[];
  readonly notes: readonly string[];
}

export interface TargetRow {
  readonly target: string;
  readonly case: string;
  readonly value: number | null;
  readonly limit: string;
  readonly pass: boolean | null;
  readonly detail: string;
}

export interface MachineInfo {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGb: number;
  readonly os: string;
  readonly node: string;
  readonly chromium: string | null;
}

export interface RunResult {
  readonly mode: 'full' | 'quick';
  readonly startedAt: string;
  readonly durationSeconds: number;
  readonly machine: MachineInfo;
  readonly versions: Record<string, string>;
  readonly timing: Record<string, number>;
  readonly sizes: Record<string, string>;
  readonly ssr: readonly SsrRow[];
  readonly bundles: readonly BundleRow[];
  readonly browser: readonly BrowserRow[];
  readonly targets: readonly TargetRow[];
  /** Our charts not exported yet when the run started (not measured). */
  readonly oursMissing: readonly string[];
}

export interface ResultsFile {
  readonly description: string;
  readonly full: RunResult | null;
  readonly quick: RunResult | null;
}
