// What importResponses makes of a file whose name says one kind and whose bytes another, as users rename
// and mix up files: the bytes win (a workbook saved as ".csv", a CSV named ".xlsx"), and a PDF or an old
// .xls is one clear error saying what it is, in the message's language.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importResponses } from '@yhdyspinta/data';

const EXPORTS = join(import.meta.dirname, '../fixtures/exports');
const bytesOf = (text: string) => new TextEncoder().encode(text);

describe('importResponses: the kind from the bytes', () => {
  it('a workbook named .csv is read as the workbook', async () => {
    const book = readFileSync(join(EXPORTS, 'msforms-sv.xlsx'));
    const report = await importResponses(book, { fileName: 'vastaukset.csv' });
    expect(report.kind).toBe('xlsx');
    expect(report.result.errors).toStrictEqual([]);
    expect(report.result.rowsAccepted).toBeGreaterThan(0);
  });

  it('text named .xlsx is read as the text it is', async () => {
    const report = await importResponses(bytesOf('kunta;kohta;arvio\nLohja;ws-1;4\n'), {
      fileName: 'vastaukset.xlsx',
    });
    expect([report.kind, report.layout]).toStrictEqual(['csv', 'long']);
    expect(report.result.responses).toStrictEqual([
      { municipalityId: 'lohja', itemId: 'ws-1', rating: 4 },
    ]);
  });

  it.each([
    ['a PDF', [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37], 'PDF-tiedosto', 'a PDF'],
    ['an .xls', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], '(.xls)', '(.xls)'],
  ])('%s named .csv: one error saying what it is', async (_, magic, fi, en) => {
    const bytes = Uint8Array.from([...magic, ...bytesOf('\nkunta;kohta;arvio\n')]);
    const [finnish, english] = await Promise.all([
      importResponses(bytes, { fileName: 'vastaukset.csv' }),
      importResponses(bytes, { fileName: 'vastaukset.csv', locale: 'en' }),
    ]);
    expect(finnish.result.errors.map((e) => e.code)).toStrictEqual(['invalid-file']);
    expect(finnish.result.errors[0]?.message).toContain(fi);
    expect(finnish.result.errors[0]?.message).toContain('CSV- tai Excel (.xlsx)');
    expect(english.result.errors[0]?.message).toContain(en);
    expect(finnish.result.responses).toStrictEqual([]);
  });

  it('broken JSON says where, in lines and characters, or that the file is cut short', async () => {
    const broken = bytesOf('[{"kunta":"Lohja","kysymys":"ws-1","vastaus":4},\n{"kunta" "Hanko"}]');
    const cut = bytesOf('[{"kunta":"Lohja","kysymys":"ws-1","vastaus":4},\n{"kunta":');
    const [at, short] = await Promise.all([
      importResponses(broken, { fileName: 'v.json' }),
      importResponses(cut, { fileName: 'v.json', locale: 'en' }),
    ]);
    expect(at.result.errors[0]?.message).toMatch(
      /^Syöte: tiedosto ei ole kelvollista JSONia rivillä 2, merkissä 10 \(/,
    );
    expect(short.result.errors[0]?.message).toBe(
      'Input: the JSON ends in the middle: the end of the file is missing (was saving or copying cut short?).',
    );
  });
});
