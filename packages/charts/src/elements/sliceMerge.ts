/**
 * What reading a `src` in slices shares between CSV (slicedRead.ts) and JSON (slicedJson.ts): each slice
 * is parsed by @yhdyspinta/data's own parser, and its result merged here as if the whole file had been
 * parsed at once — the file's line (CSV) or record (JSON) numbers in the errors and their messages, a
 * duplicate across slices found, the first MAX_ERROR_OBJECTS errors kept — plus the pace of the slices.
 */
import { MAX_ERROR_OBJECTS } from '@yhdyspinta/data';
import type { ParseError, RawResponse, ResponsesParseResult } from '@yhdyspinta/data';

/** Time a slice aims at: well under the 50 ms of a long task (a slow machine takes several times it). */
const SLICE_MS = 8;

export type SlicedResult =
  | { readonly ok: true; readonly responses: readonly RawResponse[] }
  | { readonly ok: false; readonly detail: string; readonly errors: readonly ParseError[] };

/** The responses read so far: municipality → item → respondents ('' for none). */
type Seen = Map<string, Map<string, Set<string>>>;

export interface SliceOptions {
  /** The slice's line (CSV) or record (JSON) number `n` as the file's. */
  readonly place: (n: number) => number;
  /** The first slice: its duplicates are its parser's own (nothing read before it). */
  readonly first: boolean;
  /** CSV: a respondent named by its line ("#7") is renamed after the file's line. */
  readonly renumberRespondents?: boolean;
}

export interface SliceMerge {
  /** Adds a slice's parse; returns whether to stop (an unreadable slice, errors enough, a duplicate). */
  add(parsed: ResponsesParseResult, options: SliceOptions): boolean;
  /** Stops with a problem of the file as a whole (e.g. not valid JSON). */
  fail(detail: string): void;
  result(): SlicedResult;
}

/** An error at the file's place `line`, its message ("Record 7, …", "Rivi 7, …") saying so too. */
function atLine(error: ParseError, line: number): ParseError {
  const message = error.message.replace(new RegExp(`^(\\S+) ${error.line}\\b`), `$1 ${line}`);
  return { ...error, line, message };
}

/** Merges the slices' results; `unit` names a place in the details ('line' of CSV, 'record' of JSON). */
export function createSliceMerge(unit: 'line' | 'record'): SliceMerge {
  const responses: RawResponse[] = [];
  const errors: ParseError[] = [];
  const seen: Seen = new Map();
  let failed: string | null = null;
  return {
    add(parsed, options) {
      // As one parse: the first MAX_ERROR_OBJECTS errors as objects (a broken file stops early here).
      for (const error of parsed.errors.slice(0, MAX_ERROR_OBJECTS - errors.length)) {
        errors.push(atLine(error, options.place(error.line)));
      }
      const full = errors.length >= MAX_ERROR_OBJECTS;
      if (parsed.errors.length > 0 && (parsed.rowsRead === 0 || full)) return true;
      failed = addResponses(parsed.responses, options, seen, responses);
      return failed !== null;
    },
    fail(detail) {
      failed = detail;
    },
    result() {
      if (failed !== null) return { ok: false, detail: failed, errors };
      if (errors.length === 0) return { ok: true, responses };
      const more = errors.length > 5 ? ` (and ${errors.length - 5} more)` : '';
      const shown = errors
        .slice(0, 5)
        .map((e) => `${unit} ${e.line} (${e.column}): ${e.code} "${e.value}"`);
      return { ok: false, detail: `${shown.join('; ')}${more}`, errors };
    },
  };
}

/**
 * Adds a slice's responses: a respondent named by its line ("#7") gets the file's line (CSV); a response
 * a previous slice already had is the duplicate the parser rejects within one text (returned as a detail).
 */
function addResponses(
  parsed: readonly RawResponse[],
  options: SliceOptions,
  seen: Seen,
  into: RawResponse[],
): string | null {
  const { place, first } = options;
  const renumber = options.renumberRespondents === true && !first;
  for (const response of parsed) {
    const byLine = renumber && response.respondent ? /^#(\d+)$/.exec(response.respondent) : null;
    const r = byLine ? { ...response, respondent: `#${place(Number(byLine[1]))}` } : response;
    // Municipality → item → respondents: no key string per response (a large file has a million).
    let items = seen.get(r.municipalityId);
    if (!items) seen.set(r.municipalityId, (items = new Map()));
    let respondents = items.get(r.itemId);
    if (!respondents) items.set(r.itemId, (respondents = new Set()));
    const respondent = r.respondent ?? '';
    if (!first && respondents.has(respondent)) {
      return `${r.municipalityId} answered ${r.itemId}${r.respondent ? ` (${r.respondent})` : ''} twice`;
    }
    respondents.add(respondent);
    into.push(r);
  }
  return null;
}

/**
 * The size of the next slice (in the reader's units) towards SLICE_MS of work, from how long the last
 * one took: growing at most by half at a time (a fast slice may be luck), within [min, max].
 */
export function nextSliceSize(size: number, took: number, min: number, max: number): number {
  const factor = Math.min(1.5, SLICE_MS / Math.max(0.5, took));
  return Math.max(min, Math.min(max, Math.round(size * factor)));
}
