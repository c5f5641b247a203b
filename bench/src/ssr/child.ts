/**
 * Body of a server-render child process (one case, one library, a fresh `node`): reads the ChildInput
 * JSON from argv[2], prepares the library's props from the seeded data (not timed), renders once cold,
 * writes that output for inspection, then times warm renders and prints one ChildResult line.
 */
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import type { BenchCase } from '../cases';
import { datumCount } from '../cases';
import { countElements } from '../stats';
import { RESULT_MARKER } from './protocol';
import type { ChildFailure, ChildInput, ChildResult } from './protocol';
import { timeRenders } from './timing';

/** Builds a library's input for a case (untimed) and returns the timed render: case → markup. */
export type PrepareRender = (benchCase: BenchCase) => () => string;

/** A shape element: a chart that draws its data has at least one. */
const SHAPE_TAG = /<(rect|path|circle|polygon|polyline|line|text)[\s>/]/;

/** Recharts 3 renders an empty wrapper <div> on the server: flag output without any shape. */
function markNotes(benchCase: BenchCase, markup: string): string[] {
  return SHAPE_TAG.test(markup)
    ? []
    : [`renders no data marks on the server (no SVG shapes for ${datumCount(benchCase)} data)`];
}

export function runChild(library: string, prepare: PrepareRender): void {
  const input = JSON.parse(process.argv[2] ?? '{}') as ChildInput;
  const { benchCase } = input;
  try {
    const loadBefore = loadavg()[0] ?? 0;
    const render = prepare(benchCase);
    let markup = '';
    const timing = timeRenders(render, input.timing, (first) => {
      markup = first;
      writeFileSync(input.outputFile, first);
    });
    const result: ChildResult = {
      caseId: benchCase.id,
      library,
      ...timing,
      loadBefore,
      loadAfter: loadavg()[0] ?? 0,
      bytes: Buffer.byteLength(markup, 'utf8'),
      elements: countElements(markup),
      notes: markNotes(benchCase, markup),
    };
    process.stdout.write(`${RESULT_MARKER}${JSON.stringify(result)}\n`);
  } catch (error) {
    const failure: ChildFailure = {
      caseId: benchCase.id,
      library,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    };
    process.stdout.write(`${RESULT_MARKER}${JSON.stringify(failure)}\n`);
    process.exitCode = 1;
  }
}
