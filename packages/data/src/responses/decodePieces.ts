/**
 * Decoding an export a piece at a time, so that its text is never held whole (the importer's peak
 * memory, issue 13): each piece ends where a character does, and is decoded on its own — Node's
 * streaming TextDecoder keeps far more memory than the pieces' own strings — except in a declared
 * charset other than UTF-8, UTF-16 and Windows-1252, which a streaming decoder reads.
 */
import { decide, decodeBytes, describeDecision, NOT_UTF8 } from './decode';
import type { DecodedText, Decision } from './decode';

/**
 * Bytes decoded at a time: small, so that a piece's text is an ordinary young object that dies young
 * (pieces of 1 MB were large objects, promoted while still read, and grew V8's young generation: the
 * 50 MB file's peak was 0.8 × the file higher).
 */
const PIECE = 1 << 14;

/** Thrown by a piece taken for UTF-8 that is not. */
class NotUtf8 extends Error {}

const isContinuation = (byte: number | undefined) => byte !== undefined && (byte & 0xc0) === 0x80;

/**
 * Where a piece that would end at `end` ends so that no character is cut: UTF-8 before the lead byte
 * of a sequence that `end` would cut (not before more than 3 continuation bytes: those are invalid
 * anyway), UTF-16 before a high surrogate (the pair stays together); other encodings anywhere.
 */
function pieceEnd(bytes: Uint8Array, end: number, encoding: string): number {
  if (end >= bytes.length) return bytes.length;
  if (encoding === 'utf-8') {
    let cut = end;
    while (cut > end - 3 && isContinuation(bytes[cut])) cut -= 1;
    return isContinuation(bytes[cut]) ? end : cut;
  }
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    const high = encoding === 'utf-16le' ? bytes[end - 1] : bytes[end - 2];
    return high !== undefined && high >= 0xd8 && high <= 0xdb ? end - 2 : end;
  }
  return end;
}

const PIECEWISE = new Set(['utf-8', 'utf-16le', 'utf-16be', 'windows-1252']);

function* pieces(bytes: Uint8Array, decision: Decision): Generator<string> {
  const streaming = PIECEWISE.has(decision.encoding)
    ? undefined
    : new TextDecoder(decision.encoding);
  let at = decision.skip;
  do {
    const end = pieceEnd(bytes, at + PIECE, decision.encoding);
    const piece = bytes.subarray(at, end);
    let text: string;
    try {
      text = streaming
        ? streaming.decode(piece, { stream: end < bytes.length })
        : decodeBytes(piece, decision);
    } catch {
      // Only the fatal UTF-8 decoder throws, at bytes that are not UTF-8.
      throw new NotUtf8();
    }
    yield text;
    at = end;
  } while (at < bytes.length);
}

/**
 * Decodes `bytes` a piece at a time and hands the pieces to `read`, which returns its result; the
 * encoding is decided as by `decodeText`, and the pieces joined are its text. Bytes taken for UTF-8
 * that are not (found at some piece) are read again, from the start, as Windows-1252: `read` is then
 * called a second time, with fresh pieces.
 */
export function decodeInPieces<T>(
  bytes: Uint8Array,
  charset: string | undefined,
  read: (pieces: Iterable<string>) => T,
): { readonly result: T; readonly decoded: Omit<DecodedText, 'text'> } {
  const first = decide(bytes, charset);
  try {
    return { result: read(pieces(bytes, first)), decoded: describeDecision(first) };
  } catch (error) {
    if (!(error instanceof NotUtf8)) throw error;
    return { result: read(pieces(bytes, NOT_UTF8)), decoded: describeDecision(NOT_UTF8) };
  }
}
