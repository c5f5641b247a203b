/**
 * The `src` attribute: fetch a survey tool's raw export (CSV or JSON) and parse it with
 * @yhdyspinta/data (each chart's adapter then aggregates the responses). Never throws or rejects: every failure is a result the element shows as its error state.
 */
import { parseResponsesCsv, parseResponsesJson } from '@yhdyspinta/data';
import type { ParseError, ResponsesParseResult } from '@yhdyspinta/data';
import { parseJsonInSlices } from './slicedJson';
import { decodeInSlices, parseCsvInSlices } from './slicedRead';
import { DEFAULT_SOURCE_LIMITS } from './sourceTypes';
import type {
  SourceFailureReason,
  SourceFormat,
  SourceLimits,
  SourceProgress,
  SourceResult,
} from './sourceTypes';

export type {
  SourceFailureReason,
  SourceLimits,
  SourceProgress,
  SourceResult,
  SourceFormat,
} from './sourceTypes';
export { DEFAULT_SOURCE_LIMITS } from './sourceTypes';

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

function failure(
  detail: string,
  errors: readonly ParseError[] = [],
  reason: SourceFailureReason = 'unreadable',
): SourceResult {
  return { ok: false, reason, detail, errors };
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
    parsed = parseResponsesJson(value, { locale: 'en' });
  } else {
    // English, as this module's other details (the importers' default is Finnish since issue 13).
    parsed = parseResponsesCsv(text, { locale: 'en' });
  }
  if (parsed.errors.length > 0) {
    const shown = parsed.errors.slice(0, 5).map((error) => error.message);
    const more = parsed.errors.length > 5 ? ` (and ${parsed.errors.length - 5} more)` : '';
    return failure(`${shown.join(' ')}${more}`, parsed.errors);
  }
  return { ok: true, responses: parsed.responses };
}

/** Media types that are CSV, TSV or JSON, or may be (a server that does not know says octet-stream). */
const DATA_TYPES =
  /^(text\/(csv|tab-separated-values|plain)|application\/(json|csv|octet-stream|vnd\.ms-excel)|[\w.+-]+\/[\w.+-]*\+json)$/;

/** The body, read up to `maxBytes`; null when it is larger. */
async function readBody(
  response: Response,
  maxBytes: number,
  progress: SourceProgress,
): Promise<Uint8Array | null> {
  const length = Number(response.headers.get('content-length'));
  if (Number.isFinite(length) && length > maxBytes) {
    await response.body?.cancel();
    return null;
  }
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    progress(Number.isFinite(length) && length > 0 ? Math.min(1, size / length) : null);
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

const megabytes = (bytes: number) => `${Math.round(bytes / 100_000) / 10} MB`;

/** Fetching is the first half of the progress shown, decoding a tenth, parsing the rest. */
const PHASES = { fetch: [0, 0.5], decode: [0.5, 0.6], parse: [0.6, 1] } as const;

function phase(progress: SourceProgress, name: keyof typeof PHASES) {
  const [from, to] = PHASES[name];
  return (done: number | null) => progress(done === null ? null : from + (to - from) * done);
}

async function fetchResponses(
  url: string,
  limits: SourceLimits,
  progress: SourceProgress,
): Promise<SourceResult> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
  try {
    const response = await fetch(url, { signal: controller.signal });
    if (!response.ok) return failure(`HTTP ${response.status} for ${url}`, [], 'load');
    const contentType = response.headers.get('content-type');
    const mediaType = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
    if (mediaType !== '' && !DATA_TYPES.test(mediaType)) {
      await response.body?.cancel();
      return failure(`${url} is ${mediaType}, not CSV or JSON`, [], 'not-data');
    }
    const bytes = await readBody(response, limits.maxBytes, phase(progress, 'fetch'));
    if (bytes === null) {
      return failure(`${url} is larger than ${megabytes(limits.maxBytes)}`, [], 'too-large');
    }
    // The charset the Content-Type names (UTF-8 when it names none); a byte order mark wins.
    const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '')?.[1] ?? 'utf-8';
    // Decoded and parsed in slices that yield to the page (slicedRead.ts): a large file does not freeze it.
    clearTimeout(timer);
    // Marks for measuring (the embedding tests check that no long task falls between them).
    performance.mark?.('yhdyspinta:parse-start');
    const text = await decodeInSlices(bytes, charset, phase(progress, 'decode'));
    const json = detectSourceFormat(text, contentType, url) === 'json';
    const parsed = await (json ? parseJsonInSlices : parseCsvInSlices)(
      text,
      phase(progress, 'parse'),
    );
    performance.mark?.('yhdyspinta:parse-end');
    return parsed.ok ? parsed : failure(parsed.detail, parsed.errors);
  } catch (error) {
    if (controller.signal.aborted) {
      return failure(`${url} gave no answer in ${limits.timeoutMs / 1000} s`, [], 'timeout');
    }
    const detail = error instanceof Error ? error.message : String(error);
    return failure(`Fetching ${url} failed: ${detail}`, [], 'load');
  } finally {
    clearTimeout(timer);
  }
}

interface SharedSource {
  readonly result: Promise<SourceResult>;
  /** The elements following its progress, and the last progress (shown at once to a new follower). */
  readonly listeners: Set<SourceProgress>;
  last: number | null;
}

/** One fetch per URL and limits, shared by every element that asks while it runs or after it read. */
const shared = new Map<string, SharedSource>();

/**
 * Fetches `url` (relative to the page) and reads it, at most once per URL and limits for the page:
 * elements with the same `src` share the request and its result. A failure is not kept, so a later
 * element (or a changed attribute) tries again. Resolves with a failure instead of rejecting: the
 * status, a timeout, a body over the size cap, a type that is not CSV or JSON, unreadable rows. The body
 * is decoded in the charset its Content-Type names (UTF-8 by default; a byte order mark wins).
 */
export function loadResponses(
  url: string,
  limits: SourceLimits = DEFAULT_SOURCE_LIMITS,
  onProgress?: SourceProgress,
): Promise<SourceResult> {
  const key = `${limits.timeoutMs}|${limits.maxBytes}|${new URL(url, globalThis.location?.href ?? 'http://localhost/').href}`;
  const known = shared.get(key);
  if (known) {
    if (onProgress) follow(known, onProgress);
    return known.result;
  }
  const listeners = new Set<SourceProgress>();
  const entry: SharedSource = {
    listeners,
    last: null,
    result: fetchResponses(url, limits, (fraction) => {
      entry.last = fraction;
      for (const listener of listeners) listener(fraction);
    }).then((outcome) => {
      if (!outcome.ok) shared.delete(key);
      listeners.clear();
      return outcome;
    }),
  };
  if (onProgress) follow(entry, onProgress);
  shared.set(key, entry);
  return entry.result;
}

/** Reports `entry`'s progress to `listener` (its last progress at once) until it has read. */
function follow(entry: SharedSource, listener: SourceProgress): void {
  entry.listeners.add(listener);
  if (entry.last !== null) listener(entry.last);
}

/** Forgets the shared fetches (tests only). */
export function forgetSharedSources(): void {
  shared.clear();
}
