/**
 * Wide and respondent-per-row formats: one data row = one municipality (wide) or one respondent
 * (respondent), one cell per item column. The row is the unit: if any of its cells is bad, every bad
 * cell gets its own error and the whole row is rejected (none of its cells become responses), so an
 * answer is never imported half-way. Blank cells are no-answers; skipped columns (timestamps, e-mail,
 * ignored questions) are not read; a cell in a column with no header name, or beyond the header, must
 * be empty.
 *
 * Wide: a municipality may appear once. Respondent: a municipality may appear on many rows; the
 * respondent is the respondent column's id (which may appear once), else "#" and the row's line ("#7").
 */
import type { HeaderColumn, WideColumns } from './csvHeader';
import type { CsvField, CsvRecord } from './csvTokenize';
import type { Reading } from './reading';
import type { Rating } from '../types';

const place = (line: number, column: HeaderColumn) =>
  ({
    unit: 'line',
    line,
    column: column.label,
    indexed: column.indexed,
    position: column.index + 1,
  }) as const;

/** Where a cell is: its field's line (the record's if the row is short of it) and its column. */
const cellPlace = (field: CsvField | undefined, record: CsvRecord, column: HeaderColumn) =>
  place(field?.line ?? record.line, column);

/** The respondent of a row: its id (a repeated id is an error), or its line. */
function respondentOf(
  record: CsvRecord,
  columns: WideColumns,
  reading: Reading,
): string | undefined {
  const column = columns.respondent;
  if (!column) return `#${record.line}`;
  const field = record.fields[column.index];
  const text = field?.value.trim() ?? '';
  const here = place(field?.line ?? record.line, column);
  if (text === '') {
    reading.collector.report(here, 'missing-value', field?.value ?? '', { expected: 'respondent' });
    return undefined;
  }
  // Numbered as the stored responses number it: a new id gets the next number (no key string per row).
  const { respondents, respondentLines } = reading;
  const known = respondents.count();
  const n = respondents.index(text);
  const first = n < known ? respondentLines[n] : undefined;
  if (first === undefined) respondentLines[n] = record.line;
  else reading.collector.report(here, 'duplicate', text, { first, ofRespondent: true });
  return respondents.name(n);
}

/** The header's item columns' numbers in the reading's item names (-1: no item), found once a file. */
const cellItemsOf = new WeakMap<
  Reading,
  { cells: WideColumns['cells']; items: readonly number[] }
>();

function cellItems(columns: WideColumns, reading: Reading): readonly number[] {
  const known = cellItemsOf.get(reading);
  if (known?.cells === columns.cells) return known.items;
  const items = columns.cells.map((column) =>
    column.itemId === undefined ? -1 : reading.items.index(column.itemId),
  );
  cellItemsOf.set(reading, { cells: columns.cells, items });
  return items;
}

export function readWideRow(
  record: CsvRecord,
  columns: WideColumns,
  reading: Reading,
  format: 'wide' | 'respondent',
): void {
  const { collector } = reading;
  const before = collector.errorTotal();
  // The row's responses as its cells are read (none once it has an error): item and rating per cell.
  const items = cellItems(columns, reading);
  const rowItems: number[] = [];
  const ratings: (Rating | null)[] = [];
  const first = columns.municipality;
  const municipalityField = record.fields[first.index] ?? { value: '', line: record.line };
  const municipalityPlace = place(municipalityField.line, first);

  const municipalityId = reading.matchMunicipality(municipalityField.value);
  if (municipalityField.value.trim() === '') {
    collector.report(municipalityPlace, 'missing-value', '', { expected: 'municipality' });
  } else if (!municipalityId) {
    collector.report(municipalityPlace, 'unknown-municipality', municipalityField.value);
  } else if (format === 'wide') {
    const earlier = collector.claim(`municipality\u0000${municipalityId}`, record.line);
    if (earlier !== undefined) {
      collector.report(municipalityPlace, 'duplicate', municipalityField.value, { first: earlier });
    }
  }
  const respondent = format === 'respondent' ? respondentOf(record, columns, reading) : undefined;

  for (let c = 0; c < columns.cells.length; c++) {
    const column = columns.cells[c];
    if (column === undefined || column.skip) continue;
    const field = record.fields[column.index];
    if (column.free) {
      // Not a question: its text is not read; a rating in it makes the column an error at the end.
      const cell = reading.rating(field?.value ?? '');
      if (cell.ok && cell.rating !== null) columns.rated.add(c);
      continue;
    }
    const itemId = column.itemId;
    if (itemId === undefined) {
      if (field && field.value.trim() !== '')
        collector.report(cellPlace(field, record, column), 'extra-cell', field.value);
    } else if (!field) {
      collector.report(cellPlace(field, record, column), 'missing-cell', '');
    } else {
      const rating = reading.rating(field.value);
      if (!rating.ok)
        collector.report(cellPlace(field, record, column), rating.problem, field.value);
      else if (municipalityId && collector.errorTotal() === before) {
        rowItems.push(items[c] ?? reading.items.index(itemId));
        ratings.push(rating.rating);
      }
    }
  }
  // Cells beyond the header's last column.
  for (let index = columns.width; index < record.fields.length; index++) {
    const field = record.fields[index];
    if (field === undefined || field.value.trim() === '') continue;
    const column = { index, label: String(index + 1), indexed: true };
    collector.report(place(field.line, column), 'extra-cell', field.value);
  }

  if (collector.errorTotal() > before || !municipalityId) {
    collector.endRow(before, null);
    return;
  }
  collector.endCellRow(before, municipalityId, respondent, rowItems, ratings);
}
