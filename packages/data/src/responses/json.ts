/**
 * `parseResponsesJson`: raw responses from an already parsed JSON value, with the same validation and
 * the same result shape as `parseResponsesCsv`.
 */
import { createCollector, fatalResult } from './collector';
import { isObject, notAnObject, recordPlace } from './jsonValues';
import { readJsonLongRecord } from './jsonLong';
import { readJsonWideRecord } from './jsonWide';
import { areaName, contextOf, createReading, questionsOf } from './reading';
import type { ResponsesParseOptions, ResponsesParseResult } from './types';

/**
 * Parses raw survey responses from a JSON value (e.g. the result of `JSON.parse`):
 * - long: an array of `{ municipality | municipalityId, item | itemId, rating, respondent? }`;
 * - wide: an object `{ [municipality]: { [itemId]: rating | null } }`.
 * Municipalities by id or Finnish / Swedish name; ratings as numbers (4 or 4.0) or strings ("4", "4,0",
 * "EOS", "Hyvin"); null = no answer. In errors, `line` is the 1-based record index (array position, or
 * key position for the wide form; 0 = the input as a whole) and `column` the field name; messages in
 * `options.locale` (default Finnish). Never throws: anything else is an 'invalid-input' error.
 */
export function parseResponsesJson(
  value: unknown,
  options: ResponsesParseOptions = {},
): ResponsesParseResult {
  const context = contextOf(options);
  const collector = createCollector(options.locale, areaName(context, options.locale));
  const matchQuestion = questionsOf(context, options.itemTexts);
  const reading = createReading(context, collector, matchQuestion);
  if (Array.isArray(value)) {
    value.forEach((record: unknown, index) => readJsonLongRecord(record, index + 1, reading));
    return { ...collector.result(), format: 'long' };
  }
  if (isObject(value)) {
    Object.entries(value).forEach((entry, index) => readJsonWideRecord(entry, index + 1, reading));
    return { ...collector.result(), format: 'wide' };
  }
  notAnObject(value, recordPlace(0)(''), 'invalid-input', collector);
  return { ...fatalResult(collector), format: null };
}
