/**
 * Long format: one data row = one response (municipality, item, rating; the respondent too where the
 * header has a respondent column). Other named columns are skipped (survey tools add e.g. timestamps);
 * a cell beyond the header's last column is an error (a row `espoo,ws-1,4,5` is not silently read as 4).
 * A row with any error is rejected as a whole. A (respondent, municipality, item) triple belongs to the
 * first row naming it, even if that row is rejected for its rating: a later row with the same triple is
 * a 'duplicate' naming the first line. Written for speed: no closure or array per row, matchers cached.
 */
import type { HeaderColumn, LongColumns } from './csvHeader';
import type { CsvField, CsvRecord } from './csvTokenize';
import type { ErrorDetail } from './messages';
import { respondentKey } from './reading';
import type { Reading } from './reading';
import type { ParseErrorCode, RawResponse } from './types';

function report(
  reading: Reading,
  field: CsvField,
  column: HeaderColumn,
  code: ParseErrorCode,
  detail?: ErrorDetail,
): void {
  const place = {
    unit: 'line',
    line: field.line,
    column: column.label,
    indexed: column.indexed,
    position: column.index + 1,
  } as const;
  reading.collector.report(place, code, field.value, detail);
}

/** The row's cell of `column`, or undefined after reporting it missing. */
function cell(reading: Reading, record: CsvRecord, column: HeaderColumn): CsvField | undefined {
  const field = record.fields[column.index];
  if (field === undefined)
    report(reading, { value: '', line: record.line }, column, 'missing-cell');
  return field;
}

const isBlank = (text: string) => text === '' || text.trim() === '';

export function readLongRow(record: CsvRecord, columns: LongColumns, reading: Reading): void {
  const { collector } = reading;
  const before = collector.errorTotal();

  let municipalityId: string | undefined;
  const municipalityField = cell(reading, record, columns.municipality);
  if (municipalityField && isBlank(municipalityField.value)) {
    report(reading, municipalityField, columns.municipality, 'missing-value', {
      expected: 'municipality',
    });
  } else if (municipalityField) {
    municipalityId = reading.matchMunicipality(municipalityField.value);
    if (!municipalityId) {
      report(reading, municipalityField, columns.municipality, 'unknown-municipality');
    }
  }

  let itemId: string | undefined;
  const itemField = cell(reading, record, columns.item);
  if (itemField && isBlank(itemField.value)) {
    report(reading, itemField, columns.item, 'missing-value', { expected: 'item' });
  } else if (itemField) {
    itemId = reading.matchItem(itemField.value);
    if (!itemId) report(reading, itemField, columns.item, 'unknown-item');
  }

  let respondent: string | undefined;
  if (columns.respondent) {
    const field = cell(reading, record, columns.respondent);
    if (field && isBlank(field.value)) {
      report(reading, field, columns.respondent, 'missing-value', { expected: 'respondent' });
    } else if (field) respondent = reading.respondents.shared(field.value.trim());
  }

  const ratingField = cell(reading, record, columns.rating);
  const rating = ratingField ? reading.rating(ratingField.value) : undefined;
  if (ratingField && rating && !rating.ok) {
    report(reading, ratingField, columns.rating, rating.problem);
  }

  // Cells beyond the header's last column (an empty one, as Excel leaves after a trailing `;`, is fine).
  const fields = record.fields;
  for (let index = columns.width; index < fields.length; index++) {
    const field = fields[index];
    if (field === undefined || isBlank(field.value)) continue;
    report(reading, field, { index, label: String(index + 1), indexed: true }, 'extra-cell');
  }

  if (municipalityId && itemId && itemField && (respondent || !columns.respondent)) {
    const first = reading.triples.claim(
      respondentKey(reading, respondent),
      reading.municipalities.index(municipalityId),
      reading.items.index(itemId),
      record.line,
    );
    if (first !== undefined) {
      report(reading, itemField, columns.item, 'duplicate', {
        first,
        municipalityId,
        ...(respondent === undefined ? {} : { respondent }),
      });
    }
  }

  if (collector.errorTotal() > before || !municipalityId || !itemId || !rating?.ok) {
    collector.endRow(before, null);
    return;
  }
  const response: RawResponse =
    respondent === undefined
      ? { municipalityId, itemId, rating: rating.rating }
      : { municipalityId, itemId, rating: rating.rating, respondent };
  collector.endRow(before, response);
}
