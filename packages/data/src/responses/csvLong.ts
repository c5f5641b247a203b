/**
 * Long format: one data row = one response (municipality, item, rating). Other named columns are
 * ignored (survey tools add e.g. timestamps); a cell beyond the header's last column is an error (a row
 * `espoo,ws-1,4,5` is not silently read as 4). A row with any error is rejected as a whole. A
 * (municipality, item) pair belongs to the first row naming it, even if that row is rejected for its
 * rating: a later row with the same pair is a 'duplicate' naming the first line.
 */
import { makeError } from './messages';
import type { ErrorDetail } from './messages';
import type { Collector, ParseContext, RowOutcome } from './context';
import type { HeaderColumn, LongColumns } from './csvHeader';
import type { CsvField, CsvRecord } from './csvTokenize';
import type { MunicipalityId } from '../types';
import type { ParseError, ParseErrorCode } from './types';
import { ratingFromText } from './cells';

type Report = (
  field: CsvField,
  column: HeaderColumn,
  code: ParseErrorCode,
  detail?: ErrorDetail,
) => void;

export function readLongRow(
  record: CsvRecord,
  columns: LongColumns,
  context: ParseContext,
  collector: Collector,
): RowOutcome {
  const errors: ParseError[] = [];
  const report: Report = (field, column, code, detail) => {
    const place = {
      unit: 'line',
      line: field.line,
      column: column.label,
      indexed: column.indexed,
    } as const;
    errors.push(makeError(place, code, field.value, detail));
  };
  const cell = (column: HeaderColumn): CsvField | undefined => {
    const field = record.fields[column.index];
    if (field === undefined) report({ value: '', line: record.line }, column, 'missing-cell');
    return field;
  };

  let municipalityId: MunicipalityId | undefined;
  const municipalityField = cell(columns.municipality);
  if (municipalityField && municipalityField.value.trim() === '') {
    report(municipalityField, columns.municipality, 'missing-value', {
      expected: 'a municipality',
    });
  } else if (municipalityField) {
    municipalityId = context.matchMunicipality(municipalityField.value);
    if (!municipalityId) report(municipalityField, columns.municipality, 'unknown-municipality');
  }

  let itemId: string | undefined;
  const itemField = cell(columns.item);
  if (itemField && itemField.value.trim() === '') {
    report(itemField, columns.item, 'missing-value', { expected: 'an item id' });
  } else if (itemField) {
    itemId = context.matchItem(itemField.value);
    if (!itemId) report(itemField, columns.item, 'unknown-item');
  }

  const ratingField = cell(columns.rating);
  const rating = ratingField
    ? ratingFromText(ratingField.value, context.noAnswer, context.levels)
    : undefined;
  if (ratingField && rating && !rating.ok) report(ratingField, columns.rating, rating.problem);

  // Cells beyond the header's last column (an empty one, as Excel leaves after a trailing `;`, is fine).
  record.fields.slice(columns.width).forEach((field, offset) => {
    if (field.value.trim() === '') return;
    const column = {
      index: columns.width + offset,
      label: String(columns.width + offset + 1),
      indexed: true,
    };
    report(field, column, 'extra-cell');
  });

  if (municipalityId && itemId && itemField) {
    const first = collector.claim(`${municipalityId}\u0000${itemId}`, record.line);
    if (first !== undefined)
      report(itemField, columns.item, 'duplicate', { first, municipalityId });
  }

  if (errors.length > 0 || !municipalityId || !itemId || !rating?.ok)
    return { responses: [], errors };
  return { responses: [{ municipalityId, itemId, rating: rating.rating }], errors };
}
