// importResponses decodes and reads a CSV file a piece at a time (issue 13's memory target): a file of
// many pieces, with characters cut by a piece's end in UTF-8 and UTF-16 and a Windows-1252 byte found
// only far into the file, gives exactly what decoding the whole text and parsing it gives.
import { describe, expect, it } from 'vitest';
import { decodeText, importResponses, parseResponsesCsv } from '@yhdyspinta/data';

const ROWS = [
  'Espoo;ws-1;4',
  'Sjundeå;ws-2;Hyvin',
  'Högfors;ss-1.1;En osaa sanoa',
  'Lohja;ws-1;"4,0"',
];

/** A long file: `shift` spaces in the header, rows up to ~`bytes`, `odd` as one row's municipality. */
function longText(shift: number, odd: string, rows = 3000): string {
  const lines = [`Vastaaja;Kunta;Kysymys;Vastaus${' '.repeat(shift)}`];
  for (let i = 0; i < rows; i++) {
    lines.push(`V${i};${ROWS[i % ROWS.length] ?? ''}`);
    if (i === 700) lines.push(`X${i};${odd};ws-1;3`);
  }
  return lines.join('\r\n');
}

function utf16le(text: string): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    bytes[2 + 2 * i] = unit & 0xff;
    bytes[3 + 2 * i] = unit >> 8;
  }
  return bytes;
}

function cp1252(text: string): Uint8Array {
  return Uint8Array.from(text, (c) => {
    const code = c.charCodeAt(0);
    if (code > 0xff) throw new Error(`not in Windows-1252: ${c}`);
    return code;
  });
}

async function expectSameAsWhole(bytes: Uint8Array) {
  const report = await importResponses(bytes, { fileName: 'vastaukset.csv', locale: 'en' });
  const decoded = decodeText(bytes);
  const whole = parseResponsesCsv(decoded.text, { locale: 'en' });
  expect(report.encoding).toBe(decoded.encoding);
  expect(report.encodingDecidedBy).toBe(decoded.decidedBy);
  expect(report.result.rowsRead).toBe(3001);
  expect({ ...report.result, responses: [...report.result.responses] }).toStrictEqual({
    ...whole,
    responses: [...whole.responses],
  });
  return report;
}

describe('importResponses in pieces', () => {
  it.each([0, 1, 2, 3])('UTF-8, characters cut at a piece end (shift %i)', async (shift) => {
    // 'ä' × 20 000 is 40 000 bytes: some piece ends inside one of its two-byte characters.
    const bytes = new TextEncoder().encode(longText(shift, 'ä'.repeat(20_000)));
    const report = await expectSameAsWhole(bytes);
    expect(report.result.errors.map((e) => [e.line, e.code, e.value.length])).toStrictEqual([
      [703, 'unknown-municipality', 20_000],
    ]);
    expect(report.result.responses.filter((r) => r.municipalityId === 'siuntio')).toHaveLength(750);
  });

  it.each([0, 1])('UTF-16LE, surrogate pairs cut at a piece end (shift %i)', async (shift) => {
    const report = await expectSameAsWhole(utf16le(longText(shift, '😀'.repeat(10_000))));
    expect(report.encoding).toBe('utf-16le');
    expect(report.result.errors[0]?.value).toBe('😀'.repeat(10_000));
  });

  it('Windows-1252 whose first non-UTF-8 byte is far into the file', async () => {
    const text = longText(0, 'Ingå', 3000)
      .replaceAll('Sjundeå', 'Siuntio')
      .replaceAll('Högfors', 'Karkkila');
    const bytes = cp1252(text);
    expect(bytes.indexOf(0xe5)).toBeGreaterThan(16_384); // beyond the first piece (16 KiB)
    const report = await expectSameAsWhole(bytes);
    expect([report.encoding, report.encodingDecidedBy]).toStrictEqual([
      'windows-1252',
      'not-utf-8',
    ]);
    expect(report.result.rowsRejected).toBe(0);
    expect(report.result.responses.filter((r) => r.municipalityId === 'inkoo')).toHaveLength(1);
  });
});
