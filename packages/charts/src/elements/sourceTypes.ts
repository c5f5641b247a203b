/**
 * The types of a `src` read and its default limits, apart from the reader (responsesSource.ts) so that
 * the element base class and the data-free bundle do not import the importers.
 */
import type { ParseError, RawResponse } from '@yhdyspinta/data';

/** How far a `src` is: 0 … 1 (fetched, decoded, parsed), or null while its size is unknown. */
export type SourceProgress = (fraction: number | null) => void;

export type SourceFormat = 'csv' | 'json';

/** Why a `src` could not be drawn. */
export type SourceFailureReason =
  /** It could not be fetched (network error, an HTTP error status). */
  | 'load'
  /** No answer within the timeout. */
  | 'timeout'
  /** Larger than the size cap. */
  | 'too-large'
  /** Not CSV or JSON (e.g. an HTML login page answered with 200). */
  | 'not-data'
  /** CSV or JSON that could not be parsed, or rows with errors. */
  | 'unreadable';

export type SourceResult =
  | { readonly ok: true; readonly responses: readonly RawResponse[] }
  | {
      readonly ok: false;
      readonly reason: SourceFailureReason;
      /** English, for the console: what went wrong. */
      readonly detail: string;
      readonly errors: readonly ParseError[];
    };

/** How long and how much a `src` may take. */
export interface SourceLimits {
  /** Milliseconds until the fetch is given up (default 15 s). */
  readonly timeoutMs: number;
  /** Bytes of the body at most (default 10 MB). */
  readonly maxBytes: number;
}

export const DEFAULT_SOURCE_LIMITS: SourceLimits = { timeoutMs: 15_000, maxBytes: 10_000_000 };

/** Fetches and reads a `src` (responsesSource.ts's loadResponses, or a bundle's on-demand wrapper). */
export type SourceLoader = (
  url: string,
  limits: SourceLimits,
  onProgress?: SourceProgress,
) => Promise<SourceResult>;
