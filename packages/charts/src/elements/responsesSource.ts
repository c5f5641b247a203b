/**
 * The `src` attribute: fetch a survey tool's raw export (CSV or JSON) and parse it with
 * @yhdyspinta/data (each chart's adapter then aggregates the responses). Never throws or rejects: every failure is a result the element shows as its error state.
 */
import { parseResponsesCsv, parseResponsesJson } from '@yhdyspinta/data';
import type { ParseError, RawResponse, ResponsesParseResult } from '@yhdyspinta/data';

export type SourceFormat = 'csv' | 'json';

export type SourceResult =
  | { readonly ok: true; readonly responses: readonly RawResponse[] }
  | {
      readonly ok: false;
      /** 'load': the file could not be fetched; 'unreadable': it could not be parsed or had errors. */
      readonly reason: 'load' | 'unreadable';
      /** English, for the console: what went wrong. */
      readonly detail: string;
      readonly errors: readonly ParseError[];
    };

/**
 * Which parser a file needs: a JSON or CSV Content-Type decides, then the URL's extension (.json,
 * .csv/.tsv/.txt), then the text itself (JSON starts with `[` or `{`).
 */
export function detectSourceFormat(
  text: string,
  contentType: string | null,
  url: string,
): SourceFormat {
  const type = contentType?.toLowerCase() ?? '';
  if (/[/+]json\b/.test(type)) return 'json';
  if (/\btext\/(csv|tab-separated-values)\b/.test(type)) return 'csv';
  const path = url.split(/[?#]/)[0]?.toLowerCase() ?? '';
  if (path.endsWith('.json')) return 'json';
  if (/\.(csv|tsv|txt)$/.test(path)) return 'csv';
  return /^\uFEFF?\s*[[{]/.test(text) ? 'json' : 'csv';
}

function failure(detail: string, errors: readonly ParseError[] = []): SourceResult {
  return { ok: false, reason: 'unreadable', detail, errors };
}

/**
 * Parses a fetched file. Any rejected row makes the whole file unreadable: a chart drawn
 * from the remaining rows would silently leave a municipality out.
 */
export function readResponses(text: string, format: SourceFormat): SourceResult {
  let parsed: ResponsesParseResult;
  if (format === 'json') {
    let value: unknown;
    try {
      value = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
      return failure(`Not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
    parsed = parseResponsesJson(value);
  } else {
    parsed = parseResponsesCsv(text);
  }
  if (parsed.errors.length > 0) {
    const shown = parsed.errors.slice(0, 5).map((error) => error.message);
    const more = parsed.errors.length > 5 ? ` (and ${parsed.errors.length - 5} more)` : '';
    return failure(`${shown.join(' ')}${more}`, parsed.errors);
  }
  return { ok: true, responses: parsed.responses };
}

/** Fetches `url` (relative to the page) and reads it. Resolves with a failure instead of rejecting. */
export async function loadResponses(url: string, signal?: AbortSignal): Promise<SourceResult> {
  let response: Response;
  let text: string;
  try {
    response = await fetch(url, { signal });
    if (!response.ok) {
      return {
        ok: false,
        reason: 'load',
        detail: `HTTP ${response.status} for ${url}`,
        errors: [],
      };
    }
    text = await response.text();
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: 'load', detail: `Fetching ${url} failed: ${detail}`, errors: [] };
  }
  const format = detectSourceFormat(text, response.headers.get('content-type'), url);
  return readResponses(text, format);
}
