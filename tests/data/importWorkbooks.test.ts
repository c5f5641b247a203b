// Workbooks as people save them (tests/fixtures/workbooks, invented answers): a cover sheet before the
// answers, title rows above the header. Without a sheet named, the importer reads the first sheet whose
// header it recognises in its top rows, says which (sheet and header row), and numbers rows as the sheet
// does; a named sheet is read as it is.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importResponses, parseResponsesXlsx } from '@yhdyspinta/data';

const book = (name: string) =>
  readFileSync(join(import.meta.dirname, '../fixtures/workbooks', name));

describe('importResponses: which sheet and which row is the header', () => {
  it('a cover sheet first: the answers sheet is read, and said', async () => {
    const report = await importResponses(book('cover-sheet-first.xlsx'));
    expect(report.kind).toBe('xlsx');
    expect(report.sheet).toStrictEqual({ name: 'Vastaukset', headerRow: 1, moved: true });
    expect(report.result.errors).toStrictEqual([]);
    expect(report.result.rowsAccepted).toBe(8);
  });

  it('title rows above the header: read from the header, errors on the sheet rows', async () => {
    const report = await importResponses(book('title-rows.xlsx'), { locale: 'en' });
    expect(report.sheet).toStrictEqual({ name: 'Sheet1', headerRow: 3, moved: true });
    expect(report.result.rowsRead).toBe(8);
    expect(report.result.errors.map((e) => [e.line, e.code, e.value])).toStrictEqual([
      [6, 'not-a-number', 'Loistavasti'],
    ]);
  });

  it('a sheet named by the caller is read from its top, as it is', async () => {
    const cover = await parseResponsesXlsx(book('cover-sheet-first.xlsx'), { sheet: 1 });
    expect(cover.errors.length).toBeGreaterThan(0);
    expect(cover.rowsAccepted).toBe(0);
  });
});
