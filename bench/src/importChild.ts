/**
 * One measurement of the importer benchmark, in its own node process: `<parser> <time|memory> <file>`.
 * ours = @yhdyspinta/data's importResponses (decode, tokenise, find the layout, validate every cell,
 * build the responses); papaparse and d3-dsv = decode and tokenise only (no validation). Prints one JSON
 * line: time → the median of 3 timed runs after a warm-up; memory → one run's peak RSS and the RSS before
 * the file was read.
 */
import { readFileSync } from 'node:fs';
import { dsvFormat } from 'd3-dsv';
import Papa from 'papaparse';
import { importResponses } from '@yhdyspinta/data';

type Parser = 'ours' | 'papaparse' | 'd3-dsv';

/** Parses once; returns the rows read (to check all parsers saw the whole file) and the result. */
async function parseOnce(
  parser: Parser,
  bytes: Uint8Array,
): Promise<{ rows: number; keep: unknown }> {
  if (parser === 'ours') {
    const report = await importResponses(bytes, { fileName: 'bench.csv' });
    const { rowsRead, rowsRejected } = report.result;
    if (rowsRejected > 0) throw new Error(`ours rejected ${rowsRejected} rows`);
    return { rows: rowsRead, keep: report };
  }
  const text = new TextDecoder().decode(bytes);
  if (parser === 'papaparse') {
    const parsed = Papa.parse<string[]>(text, { delimiter: ';', newline: '\r\n' });
    return { rows: parsed.data.length - 2, keep: parsed };
  }
  const rows = dsvFormat(';').parseRows(text);
  return { rows: rows.length - 1, keep: rows };
}

async function main(): Promise<void> {
  const [parser, mode, file] = process.argv.slice(2) as [Parser, 'time' | 'memory', string];
  const before = process.memoryUsage().rss;
  const bytes = readFileSync(file);
  if (mode === 'memory') {
    const { rows, keep } = await parseOnce(parser, bytes);
    const peak = process.resourceUsage().maxRSS * 1024;
    process.stdout.write(`${JSON.stringify({ rows, before, peak, kept: keep !== null })}\n`);
    return;
  }
  await parseOnce(parser, bytes);
  const times: number[] = [];
  let rows = 0;
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    rows = (await parseOnce(parser, bytes)).rows;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  process.stdout.write(`${JSON.stringify({ rows, ms: times[1] })}\n`);
}

void main();
