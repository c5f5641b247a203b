/**
 * Decoding and CSV parsing of a fetched `src` in slices that yield to the event loop between them, so a
 * large file never blocks the page's main thread for long (each slice aims at 8 ms: sliceMerge.ts). A Worker would
 * need `worker-src blob:` in a page's CSP; slices work under any CSP. The CSV is cut at record ends and
 * each slice parsed with the header in front by @yhdyspinta/data's parseResponsesCsv; line numbers,
 * respondent ids of respondent-per-row files ("#7") and duplicates across slices are put right here, so
 * the result is the one parsing the whole file gives.
 */
import { decodeText, parseResponsesCsv } from '@yhdyspinta/data';
import type { CsvDelimiter } from '@yhdyspinta/data';
import { createSliceMerge, nextSliceSize } from './sliceMerge';
import type { SlicedResult } from './sliceMerge';
import { yieldToPage } from './yieldToPage';

export { yieldToPage };

/** Characters of CSV a slice has at most. */
const MAX_SLICE_CHARS = 1 << 18;
/** Bytes decoded at a time. */
const DECODE_BYTES = 1 << 19;

/** `bytes` as text in `charset` (a byte order mark wins), decoded slice by slice. */
export async function decodeInSlices(
  bytes: Uint8Array,
  charset: string,
  progress: (done: number) => void,
): Promise<string> {
  const [b0, b1, b2] = bytes;
  const bom =
    b0 === 0xef && b1 === 0xbb && b2 === 0xbf
      ? { label: 'utf-8', skip: 3 }
      : b0 === 0xff && b1 === 0xfe
        ? { label: 'utf-16le', skip: 2 }
        : b0 === 0xfe && b1 === 0xff
          ? { label: 'utf-16be', skip: 2 }
          : null;
  const parts: string[] = [];
  let decoder: TextDecoder | null = null;
  if (bom) decoder = new TextDecoder(bom.label);
  else {
    try {
      // Single-byte Windows-1252 and its aliases: the data package's own table, a slice at a time.
      if (decodeText(new Uint8Array(0), charset).encoding !== 'windows-1252') {
        decoder = new TextDecoder(charset.trim().toLowerCase());
      }
    } catch {
      decoder = new TextDecoder('utf-8');
    }
  }
  for (let at = bom?.skip ?? 0; at < bytes.length; at += DECODE_BYTES) {
    const slice = bytes.subarray(at, Math.min(bytes.length, at + DECODE_BYTES));
    parts.push(decoder ? decoder.decode(slice, { stream: true }) : decodeText(slice, charset).text);
    progress(Math.min(1, (at + DECODE_BYTES) / bytes.length));
    await yieldToPage();
  }
  if (decoder) parts.push(decoder.decode());
  const text = parts.join('');
  // Joining a large file's text is a task of its own: the first parsing slice starts in the next.
  await yieldToPage();
  return text;
}

export type SlicedCsv = SlicedResult;

/** End of the header: after the first line that is neither blank nor Excel's "sep=;" hint. */
function headerEnd(text: string): number {
  let at = 0;
  while (at < text.length) {
    const newline = text.indexOf('\n', at);
    const end = newline < 0 ? text.length : newline + 1;
    const line = text.slice(at, end).trim();
    if (line !== '' && !/^sep=.$/i.test(line)) return end;
    at = end;
  }
  return text.length;
}

/** The end of a slice of about `size` characters from `from`: a line end outside quotes, or the end. */
function sliceEnd(text: string, from: number, size: number): number {
  let end = Math.min(text.length, from + size);
  let quotes = quotesIn(text, from, end);
  for (;;) {
    if (end >= text.length) return text.length;
    const newline = text.indexOf('\n', end);
    if (newline < 0) return text.length;
    quotes += quotesIn(text, end, newline);
    end = newline + 1;
    if (quotes % 2 === 0) return end;
  }
}

/** The number of '"' in text[from, to) (a scan of the range only: indexOf would run to the end). */
function quotesIn(text: string, from: number, to: number): number {
  let quotes = 0;
  for (let i = from; i < to; i += 1) if (text.charCodeAt(i) === 34) quotes += 1;
  return quotes;
}

const lineCount = (text: string, from: number, to: number) => {
  let count = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1))
    count += 1;
  return count;
};

/** Parses CSV responses slice by slice (see the module comment); any rejected row fails the file. */
export async function parseCsvInSlices(
  text: string,
  progress: (done: number) => void,
): Promise<SlicedCsv> {
  const headerAt = headerEnd(text);
  const header = text.slice(0, headerAt);
  const headerLines = lineCount(header, 0, header.length);
  const merge = createSliceMerge('line');
  let delimiter: CsvDelimiter | undefined;
  let from = 0;
  let firstLine = 1;
  let size = 1 << 14;
  while (from < text.length) {
    const started = performance.now();
    const first = from === 0;
    const end = sliceEnd(text, first ? headerAt : from, size);
    const parsed = parseResponsesCsv(first ? text.slice(0, end) : header + text.slice(from, end), {
      delimiter,
    });
    delimiter ??= parsed.delimiter;
    // A line of the slice's text (the header in front) as the file's line.
    const lineBase = firstLine;
    const place = (n: number) => (first ? n : lineBase + n - headerLines - 1);
    if (merge.add(parsed, { place, first, renumberRespondents: true })) break;
    firstLine = (first ? 1 : firstLine) + lineCount(text, first ? 0 : from, end);
    from = end;
    progress(from / text.length);
    size = nextSliceSize(size, performance.now() - started, 1 << 12, MAX_SLICE_CHARS);
    await yieldToPage();
  }
  return merge.result();
}
