/**
 * JSON parsing of a fetched `src` in slices that yield to the page between them, as the CSV is
 * (slicedRead.ts): one JSON.parse of a 10 MB text, and reading its records at once, would block the main
 * thread for far longer than the 50 ms of a long task. The text is scanned for the top-level array's
 * elements (the long form's records) or the top-level object's members (the wide form's municipalities);
 * each slice of them is given to JSON.parse inside its own brackets and to @yhdyspinta/data's
 * parseResponsesJson, and the results are merged with the file's record numbers (sliceMerge.ts), so the
 * result is the one parsing the whole file gives. A file that is not an array or object (a bare value)
 * is parsed in one go: it holds no records.
 */
import { parseResponsesJson } from '@yhdyspinta/data';
import { createSliceMerge, nextSliceSize } from './sliceMerge';
import type { SliceMerge, SlicedResult } from './sliceMerge';
import { yieldToPage } from './yieldToPage';

/** Characters of JSON a slice has at least (the first slice) and at most. */
const MIN_SLICE_CHARS = 1 << 14;
const MAX_SLICE_CHARS = 1 << 17;

const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;

/** Where the scan of the top-level container is: its index, nesting depth and string state. */
interface Scan {
  at: number;
  depth: number;
  inString: boolean;
  escaped: boolean;
}

/**
 * Moves `scan` past the first top-level ',' at or after `until`, or past the container's closing
 * bracket; returns that character's index (-1: the text ended first). Only structure is followed here;
 * JSON.parse checks the rest.
 */
function nextBoundary(text: string, scan: Scan, until: number): number {
  let { depth, inString, escaped } = scan;
  for (let i = scan.at; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (escaped) escaped = false;
      else if (c === BACKSLASH) escaped = true;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) inString = true;
    else if (c === 123 || c === 91) depth += 1;
    else if (c === 125 || c === 93) depth -= 1;
    if (depth === 0 || (c === COMMA && depth === 1 && !inString && i >= until)) {
      Object.assign(scan, { at: i + 1, depth, inString, escaped });
      return i;
    }
  }
  Object.assign(scan, { at: text.length, depth, inString, escaped });
  return -1;
}

const notJson = (problem: string) => `Not valid JSON: ${problem}`;

/** The parsed slice, or why it is not JSON (positions counted in the file). */
function parseSlice(open: string, close: string, body: string, from: number): unknown {
  try {
    return JSON.parse(`${open}${body}${close}`) as unknown;
  } catch (error) {
    const problem = error instanceof Error ? error.message : String(error);
    throw new SyntaxError(notJson(`${problem} (in the part from character ${from})`));
  }
}

/** The records of a parsed slice: the array's elements, or the object's members. */
const recordCount = (value: unknown) =>
  Array.isArray(value) ? value.length : Object.keys(value as object).length;

/** Reads the container's slices into `merge` (see the module comment); throws a SyntaxError for bad JSON. */
async function readSlices(
  text: string,
  start: number,
  merge: SliceMerge,
  progress: (done: number) => void,
): Promise<void> {
  const open = text.charAt(start);
  const close = open === '[' ? ']' : '}';
  const scan: Scan = { at: start + 1, depth: 1, inString: false, escaped: false };
  let from = start + 1;
  let records = 0;
  let size = MIN_SLICE_CHARS;
  for (;;) {
    const started = performance.now();
    const end = nextBoundary(text, scan, from + size);
    if (end < 0) throw new SyntaxError(notJson('the text ends inside the data'));
    const body = text.slice(from, end);
    const closing = scan.depth === 0;
    if (closing && text.charAt(end) !== close) {
      throw new SyntaxError(
        notJson(`"${open}" closed by "${text.charAt(end)}" at character ${end}`),
      );
    }
    // JSON.parse would take "[]" for the empty part of "[1,,2]" or "[1,]": only "[]" itself is empty.
    if (!/\S/.test(body) && !(closing && records === 0)) {
      throw new SyntaxError(notJson(`an empty element at character ${end}`));
    }
    const value = parseSlice(open, close, body, from);
    const base = records;
    const parsed = parseResponsesJson(value, { locale: 'en' });
    if (merge.add(parsed, { place: (n) => (n === 0 ? 0 : base + n), first: records === 0 })) return;
    records += recordCount(value);
    if (closing) break;
    from = scan.at;
    progress(from / text.length);
    size = nextSliceSize(size, performance.now() - started, MIN_SLICE_CHARS, MAX_SLICE_CHARS);
    await yieldToPage();
  }
  if (text.slice(scan.at).trim() !== '') {
    throw new SyntaxError(notJson(`more after the data, at character ${scan.at}`));
  }
}

/** Parses JSON responses slice by slice (see the module comment); any rejected record fails the file. */
export async function parseJsonInSlices(
  text: string,
  progress: (done: number) => void,
): Promise<SlicedResult> {
  const merge = createSliceMerge('record');
  const start = text.search(/[^\s\uFEFF]/);
  const first = start < 0 ? '' : text.charAt(start);
  try {
    if (first === '[' || first === '{') await readSlices(text, start, merge, progress);
    else {
      const value = parseSlice('', '', text.replace(/^\uFEFF/, ''), 0);
      merge.add(parseResponsesJson(value, { locale: 'en' }), { place: (n) => n, first: true });
    }
  } catch (error) {
    merge.fail(error instanceof SyntaxError ? error.message : String(error));
  }
  progress(1);
  return merge.result();
}
