/**
 * The importer rows (issue 13): parse + validate throughput of @yhdyspinta/data's importer against
 * papaparse and d3-dsv tokenising the same bytes (decode + tokenise only), in the same run, on a 50 MB
 * long CSV and a 1 M-row long CSV generated at bench time (importData.ts), and for comparison a 30 MB
 * Webropol-shaped respondent-per-row export; and the peak memory of one parse (a child process's
 * maxRSS). Each measurement runs in a fresh node process (importChild.ts, bundled here). Targets: ours ≥ 50 % of the faster peer's throughput; peak memory ≤ 4 × the file size
 * (counted as the peak RSS above the process's RSS before the file was read, which holds the file's own
 * bytes too). Prints the rows; does not write results.json.
 */
import { execFile } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { writeLongCsv, writeRespondentCsv } from './importData';
import type { GeneratedFile } from './importData';
import { currentLoad } from './machine';
import { BUILD_DIR, SRC_DIR } from './paths';

const PARSERS = ['ours', 'papaparse', 'd3-dsv'] as const;
type Parser = (typeof PARSERS)[number];

export interface ImportRow {
  readonly file: string;
  readonly parser: Parser;
  readonly rows: number;
  readonly mbPerSecond: number;
  readonly peakMb: number;
  /** Peak RSS above the RSS before the file was read, as a multiple of the file size. */
  readonly peakPerFile: number;
}

async function buildChild(): Promise<string> {
  const outfile = join(BUILD_DIR, 'import', 'child.mjs');
  await build({
    entryPoints: [join(SRC_DIR, 'importChild.ts')],
    outfile,
    bundle: true,
    conditions: ['yhdyspinta-source'],
    platform: 'node',
    target: 'node20',
    format: 'esm',
    logLevel: 'error',
    banner: {
      js: "import { createRequire as benchRequire } from 'node:module'; const require = benchRequire(import.meta.url);",
    },
  });
  return outfile;
}

function child(entry: string, args: readonly string[]): Promise<Record<string, number>> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--max-old-space-size=4096', entry, ...args],
      { maxBuffer: 1 << 20 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`${args.join(' ')}: ${stderr || error.message}`));
        else resolve(JSON.parse(stdout) as Record<string, number>);
      },
    );
  });
}

async function measure(entry: string, file: GeneratedFile, parser: Parser): Promise<ImportRow> {
  const time = await child(entry, [parser, 'time', file.path]);
  const memory = await child(entry, [parser, 'memory', file.path]);
  const mb = file.bytes / 2 ** 20;
  return {
    file: file.path.split('/').at(-1) ?? file.path,
    parser,
    rows: time.rows ?? 0,
    mbPerSecond: mb / ((time.ms ?? 1) / 1000),
    peakMb: (memory.peak ?? 0) / 2 ** 20,
    peakPerFile: ((memory.peak ?? 0) - (memory.before ?? 0)) / file.bytes,
  };
}

export async function runImportBench(log: (line: string) => void): Promise<readonly ImportRow[]> {
  const dir = join(BUILD_DIR, 'import');
  mkdirSync(dir, { recursive: true });
  log('importer: generating files…');
  const files = [
    writeLongCsv(join(dir, 'long-50mb.csv'), { minBytes: 50 * 2 ** 20 }),
    writeLongCsv(join(dir, 'long-1m-rows.csv'), { rows: 1_000_000 }),
    // Not one of issue 13's two files: the respondent-per-row layout's row, for comparison.
    writeRespondentCsv(join(dir, 'webropol-30mb.csv'), 30 * 2 ** 20),
  ];
  const entry = await buildChild();
  const rows: ImportRow[] = [];
  for (const file of files) {
    log(
      `${file.path.split('/').at(-1)}: ${(file.bytes / 2 ** 20).toFixed(1)} MB, ${file.rows} rows`,
    );
    for (const parser of PARSERS) {
      const row = await measure(entry, file, parser);
      rows.push(row);
      log(
        `  ${parser.padEnd(10)} ${row.mbPerSecond.toFixed(1).padStart(6)} MB/s  peak RSS ${row.peakMb.toFixed(0)} MB` +
          ` (+${row.peakPerFile.toFixed(2)} × file)  rows ${row.rows}  load ${currentLoad().toFixed(1)}`,
      );
      if (row.rows !== file.rows)
        log(`  ! ${parser} read ${row.rows} rows, the file has ${file.rows}`);
    }
    const ours = rows.find((r) => r.file === file.path.split('/').at(-1) && r.parser === 'ours');
    const peers = rows.filter((r) => r.file === ours?.file && r.parser !== 'ours');
    const fastest = Math.max(...peers.map((r) => r.mbPerSecond));
    if (ours) {
      const share = ours.mbPerSecond / fastest;
      log(
        `  target throughput ≥ 50 % of the faster peer: ${(share * 100).toFixed(0)} % ${share >= 0.5 ? 'PASS' : 'FAIL'}; ` +
          `peak ≤ 4 × file: ${ours.peakPerFile.toFixed(2)} × ${ours.peakPerFile <= 4 ? 'PASS' : 'FAIL'}`,
      );
    }
  }
  return rows;
}
