/**
 * Long format: one data row = one response (municipality, item, rating; the respondent too where the
 * header has a respondent column). Other named columns are skipped (survey tools add e.g. timestamps);
 * a cell beyond the header's last column is an error (a row `espoo,ws-1,4,5` is not silently read as 4).
 * A row with any error is rejected as a whole. A (respondent, municipality, item) triple belongs to the
 * first row naming it, even if that row is rejected for its rating: a later row with the same triple is
 * a 'duplicate' naming the first line.
 */
import { ratingFromText } from './cells';
import type { HeaderColumn, LongColumns } from './csvHeader';
import type { CsvField, CsvRecord } from './csvTokenize';
import { tripleKey } from './keys';
import type { ErrorDetail } from './messages';
import type { Reading } from './reading';
import type { ParseErrorCode, RawResponse } from './types';

const placeOf = (field: CsvField, column: HeaderColumn) =>
  ({ unit: 'line', line: field.line, column: column.label, indexed: column.indexed }) as const;

export function readLongRow(record: CsvRecord, columns: LongColumns, reading: Reading): void {
  const { collector, context } = reading;
  const before = collector.errorTotal();
  const fields = record.fields;
  const report = (
    field: CsvField,
    column: HeaderColumn,
    code: ParseErrorCode,
    detail?: ErrorDetail,
  ) => collector.report(placeOf(field, column), code, field.value, detail);
  const cell = (column: HeaderColumn): CsvField | undefined => {
    const field = fields[column.index];
    if (field === undefined) report({ value: '', line: record.line }, column, 'missing-cell');
    return field;
  };

  let municipalityId: string | undefined;
  const municipalityField = cell(columns.municipality);
  if (municipalityField && municipalityField.value.trim() === '') {
    report(municipalityField, columns.municipality, 'missing-value', { expected: 'municipality' });
  } else if (municipalityField) {
    municipalityId = reading.matchMunicipality(municipalityField.value);
    if (!municipalityId) report(municipalityField, columns.municipality, 'unknown-municipality');
  }

  let itemId: string | undefined;
  const itemField = cell(columns.item);
  if (itemField && itemField.value.trim() === '') {
    report(itemField, columns.item, 'missing-value', { expected: 'item' });
  } else if (itemField) {
    itemId = reading.matchItem(itemField.value);
    if (!itemId) report(itemField, columns.item, 'unknown-item');
  }

  let respondent: string | undefined;
  if (columns.respondent) {
    const field = cell(columns.respondent);
    const text = field?.value.trim() ?? '';
    if (field && text === '') {
      report(field, columns.respondent, 'missing-value', { expected: 'respondent' });
    } else if (field) respondent = reading.respondents.shared(text);
  }

  const ratingField = cell(columns.rating);
  const rating = ratingField
    ? ratingFromText(ratingField.value, context.noAnswer, context.levels)
    : undefined;
  if (ratingField && rating && !rating.ok) report(ratingField, columns.rating, rating.problem);

  // Cells beyond the header's last column (an empty one, as Excel leaves after a trailing `;`, is fine).
  for (let index = columns.width; index < fields.length; index++) {
    const field = fields[index];
    if (field === undefined || field.value.trim() === '') continue;
    report(field, { index, label: String(index + 1), indexed: true }, 'extra-cell');
  }

  if (municipalityId && itemId && itemField && (respondent || !columns.respondent)) {
    const key = tripleKey(
      respondent === undefined ? 0 : reading.respondents.index(respondent),
      reading.municipalities.index(municipalityId),
      reading.items.index(itemId),
    );
    const first = collector.claim(key, record.line);
    if (first !== undefined) {
      report(itemField, columns.item, 'duplicate', {
        first,
        municipalityId,
        ...(respondent === undefined ? {} : { respondent }),
      });
    }
  }

  const ok = municipalityId && itemId && rating?.ok && collector.errorTotal() === before;
  if (!ok || !municipalityId || !itemId || !rating?.ok) {
    collector.endRow(before, null);
    return;
  }
  const response: RawResponse =
    respondent === undefined
      ? { municipalityId, itemId, rating: rating.rating }
      : { municipalityId, itemId, rating: rating.rating, respondent };
  collector.endRow(before, response);
}
