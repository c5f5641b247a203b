/** The machine and the library versions, for the report. */
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { BENCH_DIR, REPO_DIR } from './paths';
import type { MachineInfo } from './results';

export function machineInfo(chromium: string | null): MachineInfo {
  const release = '/etc/os-release';
  const pretty = existsSync(release)
    ? /PRETTY_NAME="([^"]*)"/.exec(readFileSync(release, 'utf8'))?.[1]
    : undefined;
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    memoryGb: totalmem() / 1024 ** 3,
    os: pretty ?? process.platform,
    node: process.version,
    chromium,
  };
}

export function currentLoad(): number {
  return loadavg()[0] ?? 0;
}

const VERSIONED = [
  'react',
  'react-dom',
  '@nivo/heatmap',
  '@nivo/bar',
  '@nivo/radar',
  'recharts',
  'echarts',
  'esbuild',
];

/** Installed versions, from each package's package.json in bench/node_modules (pnpm symlinks). */
export function versions(): Record<string, string> {
  const result: Record<string, string> = {};
  const ours = JSON.parse(readFileSync(join(REPO_DIR, 'packages/charts/package.json'), 'utf8')) as {
    version: string;
  };
  result['@yhdyspinta/charts'] = ours.version;
  for (const name of VERSIONED) {
    try {
      const file = join(BENCH_DIR, 'node_modules', name, 'package.json');
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { version: string };
      result[name] = pkg.version;
    } catch {
      result[name] = 'unresolved';
    }
  }
  const playwright = createRequire(join(REPO_DIR, 'package.json'));
  try {
    const pkg = JSON.parse(
      readFileSync(playwright.resolve('playwright-core/package.json'), 'utf8'),
    ) as { version: string };
    result['playwright-core'] = pkg.version;
  } catch {
    result['playwright-core'] = 'unresolved';
  }
  return result;
}
