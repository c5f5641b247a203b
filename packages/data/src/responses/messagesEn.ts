/** The importer's messages in English. */
import type { ErrorDetail, MessageTexts } from './messageTexts';
import { detailWords } from './messageWords';

const { found, expectedType, expected, role, accepted } = detailWords('en', {
  stringOf: (what) => `a string (${what})`,
  another: 'another type',
});

function duplicate(v: string, d: ErrorDetail, unit: 'line' | 'record'): string {
  const earlier =
    d.firstField === undefined
      ? `${unit} ${d.first ?? '?'}`
      : `field "${d.firstField}" of the same record`;
  if (d.ofRespondent) return `respondent ${v} repeats ${earlier}`;
  if (d.municipalityId === undefined)
    return `municipality ${v} repeats ${earlier}${unit === 'line' ? ` (if the municipality has several respondents, add a "Respondent" column with an id for each)` : ''}`;
  const by = d.respondent === undefined ? '' : ` by respondent "${d.respondent}"`;
  return `item ${v} for municipality "${d.municipalityId}"${by} repeats ${earlier}`;
}

const describe: MessageTexts['describe'] = (code, v, raw, d, unit) => {
  switch (code) {
    case 'empty-file':
      return 'the file is empty';
    case 'unterminated-quote':
      return `the quoted field starting ${v} is never closed`;
    case 'missing-header':
      return `${v} is a municipality, so the file has no header row`;
    case 'missing-column':
      if (raw !== '') {
        return `${v} is an item id, but the first column of a wide file must name the municipality`;
      }
      return `the header has no ${d.role ? `${role(d.role)} ` : 'such '}column (accepted names: ${accepted(d)})`;
    case 'duplicate-column':
      return `${v} repeats column ${d.first ?? '?'}`;
    case 'invalid-input':
      return `the input is neither an array of records nor an object keyed by municipality (got ${found(d, v)})`;
    case 'invalid-file':
      if (d.fileType) {
        const what = d.fileType === 'pdf' ? 'a PDF' : 'an old Excel workbook (.xls)';
        return `the file is ${what}, not a data file: save the answers as CSV or Excel (.xlsx)`;
      }
      if (d.json && 'endsEarly' in d.json)
        return 'the JSON ends in the middle: the end of the file is missing (was saving or copying cut short?)';
      if (d.json) {
        const at = `on line ${d.json.line}, character ${d.json.column}`;
        return `the file is not valid JSON ${at}${d.reason ? ` (${d.reason})` : ''}`;
      }
      return `the file cannot be read${d.reason ? ` (${d.reason})` : ''}`;
    case 'unknown-item':
      return `${v} is not a known item id`;
    case 'unknown-column':
      return `${v} is neither an item id, a question of the survey nor a column to ignore`;
    case 'unknown-municipality':
      return d.area === undefined
        ? `${v} is not a municipality of the Länsi-Uusimaa welfare area`
        : `${v} is not a municipality of the area "${d.area}"`;
    case 'missing-value':
      return `the ${unit === 'line' ? 'cell' : 'field'} is empty, but ${d.expected ? expected(d.expected) : 'a value'} is required`;
    case 'missing-cell':
      return 'the row ends before this column';
    case 'extra-cell':
      return `${v} is in a column with no header name`;
    case 'not-a-number':
      return `${v} is neither a rating 1–5 nor a no-answer token`;
    case 'not-a-whole-number':
      return `${v} is not a whole number, but ratings are 1–5`;
    case 'rating-word-mismatch':
      return `${v} gives a number and a scale word that disagree`;
    case 'rating-out-of-range':
      return `${v} is outside the rating scale 1–5`;
    case 'duplicate':
      return duplicate(v, d, unit);
    case 'invalid-record':
      return `${v} is ${found(d, 'not an object')}, but a record must be an object`;
    case 'missing-field':
      return `the record has no ${d.names?.map((n) => `"${n}"`).join(' or ') ?? 'such'} field`;
    case 'invalid-type':
      return `${v} is ${found(d, 'of the wrong type')}, but ${expectedType(d)} is required`;
  }
};

export const EN: MessageTexts = {
  line: 'Line',
  record: 'Record',
  column: 'column',
  field: 'field',
  input: 'Input',
  describe,
};
