/**
 * The collector every parser reports to: it keeps the row counts, the keys already seen (duplicates), the
 * accepted responses, and the errors — the first MAX_ERROR_OBJECTS as `ParseError`s with their message in
 * the chosen language, every error also counted per code (`errorCounts`), so a file with a million bad
 * rows costs a million counter increments, not a million objects. The responses are kept compactly
 * (responseStore.ts).
 */
import type { Locale, Rating } from '../types';
import { makeError } from './messages';
import type { ErrorDetail, ErrorPlace } from './messages';
import { createNames } from './keys';
import type { Names } from './keys';
import { createResponseStore } from './responseStore';
import type { ParseError, ParseErrorCode, RawResponse, ResponsesParseResult } from './types';

/** Errors kept as objects; beyond it they are only counted. */
export const MAX_ERROR_OBJECTS = 1000;

export type ErrorCounts = Partial<Record<ParseErrorCode, number>>;

export interface Collector {
  /** The interners the accepted responses are stored with: row readers number names with these. */
  readonly names: Names;
  /** Records `key` as seen on `line`; returns the earlier line if it was already seen. */
  claim(key: string | number, line: number): number | undefined;
  /** One problem: the row being read is rejected (see `rowHadErrors`). */
  report(place: ErrorPlace, code: ParseErrorCode, value: string, detail?: ErrorDetail): void;
  /** Errors reported so far (a row reader compares it before and after a row). */
  errorTotal(): number;
  /** Ends a row: accepted with its responses when no error was reported since `errorsBefore`. */
  endRow(errorsBefore: number, responses: readonly RawResponse[] | RawResponse | null): void;
  /**
   * endRow for a row of one municipality and respondent and an item (its number in `names.items`) and
   * rating per cell: no object per response.
   */
  endCellRow(
    errorsBefore: number,
    municipalityId: string,
    respondent: string | undefined,
    items: readonly number[],
    ratings: readonly (Rating | null)[],
  ): void;
  result(): Omit<ResponsesParseResult, 'format'>;
}

/**
 * `areaName`: the area's name in `locale`, for 'unknown-municipality' messages, when the input is read
 * with another area than the shipped one.
 */
export function createCollector(locale: Locale = 'fi', areaName?: string): Collector {
  const seen = new Map<string | number, number>();
  const names = createNames();
  const responses = createResponseStore(names);
  const errors: ParseError[] = [];
  const errorCounts: ErrorCounts = {};
  let total = 0;
  let accepted = 0;
  let rejected = 0;
  /** Counts the row ending now: accepted when no error was reported since `errorsBefore`. */
  const accept = (errorsBefore: number): boolean => {
    if (total > errorsBefore) rejected += 1;
    else accepted += 1;
    return total <= errorsBefore;
  };
  return {
    names,
    claim(key, line) {
      const first = seen.get(key);
      if (first === undefined) seen.set(key, line);
      return first;
    },
    report(place, code, value, detail) {
      total += 1;
      errorCounts[code] = (errorCounts[code] ?? 0) + 1;
      if (errors.length < MAX_ERROR_OBJECTS) {
        const full =
          code === 'unknown-municipality' && areaName !== undefined
            ? { ...detail, area: areaName }
            : detail;
        errors.push(makeError(place, code, value, full, locale));
      }
    },
    errorTotal: () => total,
    endRow(errorsBefore, rowResponses) {
      if (!accept(errorsBefore) || rowResponses === null) return;
      if ('itemId' in rowResponses) responses.add(rowResponses);
      else for (const response of rowResponses) responses.add(response);
    },
    endCellRow(errorsBefore, municipalityId, respondent, rowItems, ratings) {
      if (accept(errorsBefore)) responses.addRow(municipalityId, respondent, rowItems, ratings);
    },
    result: () => ({
      responses: responses.responses(),
      errors,
      errorCounts,
      rowsRead: accepted + rejected,
      rowsAccepted: accepted,
      rowsRejected: rejected,
    }),
  };
}

/** The result of input that could not be read at all: the errors reported so far, no rows. */
export function fatalResult(collector: Collector): Omit<ResponsesParseResult, 'format'> {
  const { errors, errorCounts } = collector.result();
  return { responses: [], errors, errorCounts, rowsRead: 0, rowsAccepted: 0, rowsRejected: 0 };
}
