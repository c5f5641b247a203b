/**
 * The text of an exported file's bytes, and which encoding it was read in: a byte order mark decides
 * (UTF-8, UTF-16LE, UTF-16BE: Excel's "Unicode text" is UTF-16LE with a BOM); without one, UTF-16 is
 * recognised by its zero bytes, then valid UTF-8 is UTF-8, and anything else is Windows-1252 (Excel's
 * "CSV (semicolon separated)" on a Finnish or Swedish Windows), where every byte is a character. A
 * charset the file was declared in (an HTTP Content-Type's) is used instead of guessing; the BOM still
 * wins.
 */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  readonly text: string;
  /** One of TextEncodingName, or the WHATWG name of a declared charset (e.g. 'iso-8859-2'). */
  readonly encoding: TextEncodingName | (string & {});
  /** The file began with a byte order mark (not part of `text`). */
  readonly bom: boolean;
  /**
   * How the encoding was decided: 'bom' (a byte order mark), 'declared' (the charset given),
   * 'zero-bytes' (UTF-16 without a BOM, from its zero bytes), 'valid-utf-8' (the bytes are valid UTF-8),
   * 'not-utf-8' (they are not, so Windows-1252, where every byte is a character).
   */
  readonly decidedBy: EncodingDecision;
}

export type EncodingDecision = 'bom' | 'declared' | 'zero-bytes' | 'valid-utf-8' | 'not-utf-8';

/** UTF-16 without a BOM: most of the sampled code units have a zero high byte on one side. */
function utf16Without(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.min(bytes.length >> 1, 512);
  if (pairs < 2) return null;
  let zeroOdd = 0;
  let zeroEven = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) zeroEven++;
    if (bytes[2 * i + 1] === 0) zeroOdd++;
  }
  if (zeroOdd > pairs * 0.6 && zeroEven < pairs * 0.1) return 'utf-16le';
  if (zeroEven > pairs * 0.6 && zeroOdd < pairs * 0.1) return 'utf-16be';
  return null;
}

/** Windows-1252's characters for the bytes 0x80–0x9F (undefined bytes keep their C1 code point). */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * Windows-1252 text. TextDecoder('windows-1252') is ISO-8859-1 in some runtimes (Node.js without full
 * ICU data), which reads "€" and "–" as invisible C1 controls: those 32 bytes are mapped here.
 */
function windows1252(bytes: Uint8Array): string {
  return new TextDecoder('latin1')
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}

/** The labels the WHATWG Encoding standard reads as Windows-1252 (Excel's ANSI in Finland and Sweden). */
const WINDOWS_1252_LABELS = new Set([
  'windows-1252',
  'cp1252',
  'x-cp1252',
  'latin1',
  'l1',
  'iso-8859-1',
  'iso8859-1',
  'iso_8859-1',
  'ascii',
  'us-ascii',
]);

/** How the bytes are read: the encoding and how it was decided. */
export interface Decision {
  readonly encoding: DecodedText['encoding'];
  readonly bom: boolean;
  readonly decidedBy: EncodingDecision;
  /** Bytes to skip (the BOM). */
  readonly skip: number;
  /** UTF-8 taken for valid: its decoder throws at the first byte that is not (then NOT_UTF8 applies). */
  readonly fatal: boolean;
}

/** A declared charset's decision; an unknown label is read as UTF-8, the web's default. */
function declared(charset: string): Decision {
  const label = charset.trim().toLowerCase();
  const base = { bom: false, decidedBy: 'declared', skip: 0, fatal: false } as const;
  if (WINDOWS_1252_LABELS.has(label)) return { ...base, encoding: 'windows-1252' };
  try {
    return { ...base, encoding: new TextDecoder(label).encoding };
  } catch {
    return { ...base, encoding: 'utf-8' };
  }
}

/** UTF-8 that turned out not to be: Windows-1252, where every byte is a character. */
export const NOT_UTF8: Decision = {
  encoding: 'windows-1252',
  bom: false,
  decidedBy: 'not-utf-8',
  skip: 0,
  fatal: false,
};

/** The decision from the BOM, the declared charset and the zero bytes; else UTF-8 if valid (`fatal`). */
export function decide(bytes: Uint8Array, charset: string | undefined): Decision {
  const [b0, b1, b2] = bytes;
  const bom = (encoding: TextEncodingName, skip: number): Decision => ({
    encoding,
    bom: true,
    decidedBy: 'bom',
    skip,
    fatal: false,
  });
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return bom('utf-8', 3);
  if (b0 === 0xff && b1 === 0xfe) return bom('utf-16le', 2);
  if (b0 === 0xfe && b1 === 0xff) return bom('utf-16be', 2);
  if (charset !== undefined) return declared(charset);
  const utf16 = utf16Without(bytes);
  if (utf16) return { encoding: utf16, bom: false, decidedBy: 'zero-bytes', skip: 0, fatal: false };
  return { encoding: 'utf-8', bom: false, decidedBy: 'valid-utf-8', skip: 0, fatal: true };
}

export const describeDecision = (decision: Decision): Omit<DecodedText, 'text'> => ({
  encoding: decision.encoding,
  bom: decision.bom,
  decidedBy: decision.decidedBy,
});

/** `bytes` (a whole input, or a piece of one that ends where a character does) in `decision`'s encoding. */
export function decodeBytes(bytes: Uint8Array, decision: Decision): string {
  if (decision.encoding === 'windows-1252') return windows1252(bytes);
  return new TextDecoder(decision.encoding, { fatal: decision.fatal }).decode(bytes);
}

export function decodeText(bytes: Uint8Array, charset?: string): DecodedText {
  const decision = decide(bytes, charset);
  try {
    return {
      ...describeDecision(decision),
      text: decodeBytes(bytes.subarray(decision.skip), decision),
    };
  } catch {
    return { ...describeDecision(NOT_UTF8), text: windows1252(bytes) };
  }
}
