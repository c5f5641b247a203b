/**
 * What every parser shares: matching items and municipalities, no-answer tokens, and the collector that
 * keeps the row counts, the duplicate keys and the errors consistent.
 */
import type { MunicipalityId, Rating } from '../types';
import { levelWordMap, noAnswerSet, normalizeToken } from './cells';
import { scale as surveyScale } from '../survey2024/texts';
import { resolveMunicipality, surveyItemIds } from './reference';
import type { ParseError, RawResponse, ResponsesParseOptions, ResponsesParseResult } from './types';

export interface ParseContext {
  readonly matchItem: (text: string) => string | undefined;
  readonly matchMunicipality: (text: string) => MunicipalityId | undefined;
  readonly noAnswer: ReadonlySet<string>;
  /** The scale's level words (fi, sv, en) → their value. */
  readonly levels: ReadonlyMap<string, Rating>;
}

export function createContext(options: ResponsesParseOptions = {}): ParseContext {
  const items = new Map<string, string>();
  for (const id of options.items ?? surveyItemIds()) items.set(normalizeToken(id), id);
  return {
    matchItem: (text) => items.get(normalizeToken(text)),
    matchMunicipality: resolveMunicipality,
    noAnswer: noAnswerSet(options.noAnswerTokens),
    levels: levelWordMap(options.scale ?? surveyScale),
  };
}

/** What one data row (or JSON record) yields: its responses if it has no errors. */
export interface RowOutcome {
  readonly responses: readonly RawResponse[];
  readonly errors: readonly ParseError[];
}

export interface Collector {
  /** Records `key` as seen on `line`; returns the earlier line if it was already seen. */
  claim(key: string, line: number): number | undefined;
  /** A row with no errors is accepted with all its responses; otherwise rejected with none of them. */
  commit(row: RowOutcome): void;
  result(): Omit<ResponsesParseResult, 'format'>;
}

export function createCollector(): Collector {
  const seen = new Map<string, number>();
  const responses: RawResponse[] = [];
  const errors: ParseError[] = [];
  let accepted = 0;
  let rejected = 0;
  return {
    claim(key, line) {
      const first = seen.get(key);
      if (first === undefined) seen.set(key, line);
      return first;
    },
    commit(row) {
      if (row.errors.length > 0) {
        rejected += 1;
        errors.push(...row.errors);
      } else {
        accepted += 1;
        responses.push(...row.responses);
      }
    },
    result: () => ({
      responses,
      errors,
      rowsRead: accepted + rejected,
      rowsAccepted: accepted,
      rowsRejected: rejected,
    }),
  };
}

/** The result of input that could not be read at all: the errors, no rows. */
export function fatalResult(errors: readonly ParseError[]): Omit<ResponsesParseResult, 'format'> {
  return { responses: [], errors, rowsRead: 0, rowsAccepted: 0, rowsRejected: 0 };
}
