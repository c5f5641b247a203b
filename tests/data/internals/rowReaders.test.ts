// The row readers' contract (responses/context.ts, RowOutcome): a row or record with any error yields no
// responses, even where its other cells are good. The parsers' collector would drop them anyway, so this
// is only visible here.
import { describe, expect, it } from 'vitest';
import { createCollector, createContext } from '../../../packages/data/src/responses/context';
import { readLongRow } from '../../../packages/data/src/responses/csvLong';
import { readWideRow } from '../../../packages/data/src/responses/csvWide';
import { readJsonLongRecord } from '../../../packages/data/src/responses/jsonLong';
import { readJsonWideRecord } from '../../../packages/data/src/responses/jsonWide';
import type { CsvRecord } from '../../../packages/data/src/responses/csvTokenize';

const record = (line: number, ...values: string[]): CsvRecord => ({
  line,
  fields: values.map((value) => ({ value, line })),
});
const column = (index: number, label: string) => ({ index, label, indexed: false });

describe('row readers reject a whole row', () => {
  it('long CSV: a repeated pair', () => {
    const context = createContext();
    const collector = createCollector();
    const columns = {
      municipality: column(0, 'm'),
      item: column(1, 'i'),
      rating: column(2, 'r'),
      width: 3,
    };
    expect(readLongRow(record(2, 'espoo', 'ws-1', '4'), columns, context, collector)).toStrictEqual(
      {
        responses: [{ municipalityId: 'espoo', itemId: 'ws-1', rating: 4 }],
        errors: [],
      },
    );
    const again = readLongRow(record(3, 'espoo', 'ws-1', '4'), columns, context, collector);
    expect(again.responses).toStrictEqual([]);
    expect(again.errors.map((e) => e.code)).toStrictEqual(['duplicate']);
  });

  it('wide CSV: a repeated municipality, and a record without fields', () => {
    const context = createContext();
    const collector = createCollector();
    const columns = {
      municipality: column(0, 'kunta'),
      cells: [{ ...column(1, 'ws-1'), itemId: 'ws-1' }],
    };
    expect(
      readWideRow(record(2, 'espoo', '4'), columns, context, collector).responses,
    ).toHaveLength(1);
    const again = readWideRow(record(3, 'espoo', '4'), columns, context, collector);
    expect(again.responses).toStrictEqual([]);
    expect(again.errors.map((e) => e.code)).toStrictEqual(['duplicate']);
    const empty = readWideRow({ line: 4, fields: [] }, columns, context, collector);
    expect(empty.responses).toStrictEqual([]);
    expect(empty.errors.map((e) => [e.line, e.column, e.code, e.value])).toStrictEqual([
      [4, 'kunta', 'missing-value', ''],
      [4, 'ws-1', 'missing-cell', ''],
    ]);
  });

  it('JSON long: a repeated pair, and a record that is not an object', () => {
    const context = createContext();
    const collector = createCollector();
    const good = { municipality: 'espoo', item: 'ws-1', rating: 4 };
    expect(readJsonLongRecord(good, 1, context, collector).responses).toHaveLength(1);
    const again = readJsonLongRecord(good, 2, context, collector);
    expect(again.responses).toStrictEqual([]);
    expect(again.errors.map((e) => e.code)).toStrictEqual(['duplicate']);
    const notObject = readJsonLongRecord([good], 3, context, collector);
    expect(notObject.responses).toStrictEqual([]);
    expect(notObject.errors.map((e) => e.code)).toStrictEqual(['invalid-record']);
  });

  it('JSON wide: a repeated municipality, and a record that is not an object', () => {
    const context = createContext();
    const collector = createCollector();
    expect(
      readJsonWideRecord(['espoo', { 'ws-1': 4 }], 1, context, collector).responses,
    ).toHaveLength(1);
    const again = readJsonWideRecord(['Esbo', { 'ws-1': 4 }], 2, context, collector);
    expect(again.responses).toStrictEqual([]);
    expect(again.errors.map((e) => e.code)).toStrictEqual(['duplicate']);
    const notObject = readJsonWideRecord(['hanko', 4], 3, context, collector);
    expect(notObject.responses).toStrictEqual([]);
    expect(notObject.errors.map((e) => e.code)).toStrictEqual(['invalid-record']);
  });
});
