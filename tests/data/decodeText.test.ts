import { decodeText, parseResponsesCsv } from '@yhdyspinta/data';
import { describe, expect, it } from 'vitest';

const bytes = (text: string, encoding: 'latin1' | 'utf16le' | 'utf8') =>
  new Uint8Array(Buffer.from(text, encoding));
const be = (text: string) => {
  const le = Buffer.from(text, 'utf16le');
  return new Uint8Array(le.swap16());
};
const CSV = 'kunta;kohta;arvio\r\nIngå;ws-1;4\r\nKyrkslätt;ws-1;3\r\n';

describe('decodeText: the encodings of the exports analysts have', () => {
  it('reads UTF-8, with or without a BOM', () => {
    expect(decodeText(bytes(CSV, 'utf8'))).toEqual({
      text: CSV,
      encoding: 'utf-8',
      bom: false,
      decidedBy: 'valid-utf-8',
    });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes(CSV, 'utf8')]);
    expect(decodeText(withBom)).toEqual({
      text: CSV,
      encoding: 'utf-8',
      bom: true,
      decidedBy: 'bom',
    });
  });

  it("reads Excel's 'Unicode text' (UTF-16LE with a BOM) and UTF-16 without one", () => {
    const tsv = CSV.replaceAll(';', '\t');
    const unicode = new Uint8Array([0xff, 0xfe, ...bytes(tsv, 'utf16le')]);
    expect(decodeText(unicode)).toEqual({
      text: tsv,
      encoding: 'utf-16le',
      bom: true,
      decidedBy: 'bom',
    });
    expect(decodeText(bytes(tsv, 'utf16le'))).toEqual({
      text: tsv,
      encoding: 'utf-16le',
      bom: false,
      decidedBy: 'zero-bytes',
    });
    expect(decodeText(be(tsv))).toEqual({
      text: tsv,
      encoding: 'utf-16be',
      bom: false,
      decidedBy: 'zero-bytes',
    });
    const withBom = new Uint8Array([0xfe, 0xff, ...be(tsv)]);
    expect(decodeText(withBom)).toEqual({
      text: tsv,
      encoding: 'utf-16be',
      bom: true,
      decidedBy: 'bom',
    });
  });

  it("reads Excel's Finnish CSV (Windows-1252), and the rows land as written", () => {
    const decoded = decodeText(bytes(CSV, 'latin1'));
    expect(decoded).toEqual({
      text: CSV,
      encoding: 'windows-1252',
      bom: false,
      decidedBy: 'not-utf-8',
    });
    expect(parseResponsesCsv(decoded.text).responses).toEqual([
      { municipalityId: 'inkoo', itemId: 'ws-1', rating: 4 },
      { municipalityId: 'kirkkonummi', itemId: 'ws-1', rating: 3 },
    ]);
    // The bytes Windows-1252 has and Latin-1 has not (0x80–0x9F): "€" and "–".
    expect(decodeText(new Uint8Array([0x80, 0x20, 0x96])).text).toBe('€ –');
  });

  it('uses a declared charset instead of guessing (an HTTP Content-Type); the BOM still wins', () => {
    expect(decodeText(bytes(CSV, 'latin1'), 'Windows-1252')).toEqual({
      text: CSV,
      encoding: 'windows-1252',
      bom: false,
      decidedBy: 'declared',
    });
    // Declared UTF-8 is read as UTF-8 even when the bytes are not: the "å" becomes U+FFFD, not a guess.
    expect(decodeText(bytes('Ingå', 'latin1'), 'utf-8').text).toBe('Ing\ufffd');
    expect(decodeText(bytes('Ingå', 'latin1'), 'no-such-charset')).toEqual({
      text: 'Ing\ufffd',
      encoding: 'utf-8',
      bom: false,
      decidedBy: 'declared',
    });
    const unicode = new Uint8Array([0xff, 0xfe, ...bytes('Ingå', 'utf16le')]);
    expect(decodeText(unicode, 'windows-1252')).toEqual({
      text: 'Ingå',
      encoding: 'utf-16le',
      bom: true,
      decidedBy: 'bom',
    });
  });

  it('reads an empty file as empty UTF-8', () => {
    expect(decodeText(new Uint8Array())).toEqual({
      text: '',
      encoding: 'utf-8',
      bom: false,
      decidedBy: 'valid-utf-8',
    });
  });
});
