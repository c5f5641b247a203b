// Types of chromium.mjs (the module itself stays plain JavaScript so configs, tests, the benchmark and
// scripts all import it as it is).
export type ChromiumSource = 'env' | 'system' | 'bundled';

export interface FoundChromium {
  readonly executablePath: string;
  readonly args: string[];
  /** Variables the browser needs on top of the process's own (the bundled one only). */
  readonly env: Readonly<Record<string, string>> | undefined;
  readonly source: ChromiumSource;
}

export interface ChromiumProbes {
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Whether the path is an executable file. */
  readonly exists: (path: string) => boolean;
  /** The executable of that name on PATH, or null. */
  readonly which: (name: string) => string | null;
  /** The unpacked @sparticuz/chromium, or null when it is not installed (or not for this machine). */
  readonly bundled: () => {
    executablePath: string;
    env: Readonly<Record<string, string>>;
  } | null;
}

export declare const CHROMIUM_ARGS: readonly string[];
export declare const SYSTEM_PATHS: readonly string[];
export declare const SYSTEM_NAMES: readonly string[];
export declare const NO_CHROMIUM: string;
export declare class ChromiumError extends Error {}
export declare function unpackBundled(options?: {
  root?: string;
}): { executablePath: string; env: Record<string, string> } | null;
export declare function findChromium(probes?: ChromiumProbes): FoundChromium;
export declare function resolveChromium(): FoundChromium;
export declare function chromiumLaunchOptions(extraArgs?: readonly string[]): {
  executablePath: string;
  args: string[];
  env?: Record<string, string | undefined>;
};
