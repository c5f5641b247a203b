// The row readers' contract (responses/collector.ts): a row or record with any error yields no
// responses, even where its other cells are good; every error is reported to the collector, and the
// collector's counts stay read = accepted + rejected.
import { describe, expect, it } from 'vitest';
import { createCollector } from '../../../packages/data/src/responses/collector';
import { createContext } from '../../../packages/data/src/responses/context';
import { readLongRow } from '../../../packages/data/src/responses/csvLong';
import { readWideRow } from '../../../packages/data/src/responses/csvWide';
import { readJsonLongRecord } from '../../../packages/data/src/responses/jsonLong';
import { readJsonWideRecord } from '../../../packages/data/src/responses/jsonWide';
import { createReading } from '../../../packages/data/src/responses/reading';
import type { CsvRecord } from '../../../packages/data/src/responses/csvTokenize';

const record = (line: number, ...values: string[]): CsvRecord => ({
  line,
  fields: values.map((value) => ({ value, line })),
});
const column = (index: number, label: string) => ({ index, label, indexed: false });
const newReading = () => createReading(createContext(), createCollector('en'));
const codes = (reading: ReturnType<typeof newReading>) =>
  reading.collector.result().errors.map((e) => e.code);

describe('row readers reject a whole row', () => {
  it('long CSV: a repeated pair', () => {
    const reading = newReading();
    const columns = {
      municipality: column(0, 'm'),
      item: column(1, 'i'),
      rating: column(2, 'r'),
      width: 3,
    };
    readLongRow(record(2, 'espoo', 'ws-1', '4'), columns, reading);
    readLongRow(record(3, 'espoo', 'ws-1', '4'), columns, reading);
    const result = reading.collector.result();
    expect(result.responses).toStrictEqual([
      { municipalityId: 'espoo', itemId: 'ws-1', rating: 4 },
    ]);
    expect([result.rowsRead, result.rowsAccepted, result.rowsRejected]).toStrictEqual([2, 1, 1]);
    expect(codes(reading)).toStrictEqual(['duplicate']);
  });

  it('wide CSV: a repeated municipality, and a record without fields', () => {
    const reading = newReading();
    const columns = {
      municipality: column(0, 'kunta'),
      cells: [{ ...column(1, 'ws-1'), itemId: 'ws-1', skip: false }],
      width: 2,
      line: 1,
      rated: new Set<number>(),
    };
    readWideRow(record(2, 'espoo', '4'), columns, reading, 'wide');
    readWideRow(record(3, 'espoo', '4'), columns, reading, 'wide');
    readWideRow({ line: 4, fields: [] }, columns, reading, 'wide');
    const result = reading.collector.result();
    expect(result.responses).toHaveLength(1);
    expect(result.errors.map((e) => [e.line, e.column, e.code, e.value])).toStrictEqual([
      [3, 'kunta', 'duplicate', 'espoo'],
      [4, 'kunta', 'missing-value', ''],
      [4, 'ws-1', 'missing-cell', ''],
    ]);
    expect(result.rowsRejected).toBe(2);
  });

  it('JSON long: a repeated pair, and a record that is not an object', () => {
    const reading = newReading();
    const good = { municipality: 'espoo', item: 'ws-1', rating: 4 };
    readJsonLongRecord(good, 1, reading);
    readJsonLongRecord(good, 2, reading);
    readJsonLongRecord([good], 3, reading);
    expect(reading.collector.result().responses).toHaveLength(1);
    expect(codes(reading)).toStrictEqual(['duplicate', 'invalid-record']);
  });

  it('JSON wide: a repeated municipality, and a record that is not an object', () => {
    const reading = newReading();
    readJsonWideRecord(['espoo', { 'ws-1': 4 }], 1, reading);
    readJsonWideRecord(['Esbo', { 'ws-1': 4 }], 2, reading);
    readJsonWideRecord(['hanko', 4], 3, reading);
    expect(reading.collector.result().responses).toHaveLength(1);
    expect(codes(reading)).toStrictEqual(['duplicate', 'invalid-record']);
  });
});
