/**
 * Wide format: one data row = one municipality, one cell per item column. The row is the unit: if any
 * of its cells is bad, every bad cell gets its own error and the whole row is rejected (none of its
 * cells become responses), so a municipality is never imported half-way. Blank cells are no-answers.
 */
import { ratingFromText } from './cells';
import type { Collector, ParseContext, RowOutcome } from './context';
import type { WideColumns } from './csvHeader';
import type { CsvRecord } from './csvTokenize';
import { makeError } from './messages';
import type { ParseError, RawResponse } from './types';

export function readWideRow(
  record: CsvRecord,
  columns: WideColumns,
  context: ParseContext,
  collector: Collector,
): RowOutcome {
  const errors: ParseError[] = [];
  const cellsRead: { itemId: string; rating: RawResponse['rating'] }[] = [];
  const first = columns.municipality;
  const municipalityField = record.fields[0] ?? { value: '', line: record.line };
  const place = (line: number, label: string, indexed: boolean) =>
    ({ unit: 'line', line, column: label, indexed }) as const;
  const municipalityPlace = place(municipalityField.line, first.label, first.indexed);

  const municipalityId = context.matchMunicipality(municipalityField.value);
  if (municipalityField.value.trim() === '') {
    errors.push(makeError(municipalityPlace, 'missing-value', '', { expected: 'a municipality' }));
  } else if (!municipalityId) {
    errors.push(makeError(municipalityPlace, 'unknown-municipality', municipalityField.value));
  } else {
    const earlier = collector.claim(municipalityId, record.line);
    if (earlier !== undefined) {
      errors.push(
        makeError(municipalityPlace, 'duplicate', municipalityField.value, { first: earlier }),
      );
    }
  }

  for (const column of columns.cells) {
    const field = record.fields[column.index];
    const here = place(field?.line ?? record.line, column.label, column.indexed);
    if (column.itemId === undefined) {
      if (field && field.value.trim() !== '')
        errors.push(makeError(here, 'extra-cell', field.value));
    } else if (!field) {
      errors.push(makeError(here, 'missing-cell', ''));
    } else {
      const rating = ratingFromText(field.value, context.noAnswer, context.levels);
      if (rating.ok) cellsRead.push({ itemId: column.itemId, rating: rating.rating });
      else errors.push(makeError(here, rating.problem, field.value));
    }
  }
  // Cells beyond the header's last column.
  record.fields.slice(columns.cells.length + 1).forEach((field, offset) => {
    if (field.value.trim() === '') return;
    const label = String(columns.cells.length + 2 + offset);
    errors.push(makeError(place(field.line, label, true), 'extra-cell', field.value));
  });

  if (errors.length > 0 || !municipalityId) return { responses: [], errors };
  return { responses: cellsRead.map((cell) => ({ municipalityId, ...cell })), errors };
}
