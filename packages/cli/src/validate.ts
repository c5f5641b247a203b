/**
 * `yhdyspinta validate FILE [--json] [--locale] [--area] [--survey]`: the import report of a data file
 * (CSV in any of its encodings, JSON or XLSX) — the encoding and how it was decided, the layout found,
 * rows read / accepted / rejected and the first errors, all in the chosen language — exit 0 when every
 * row landed and there is a rating to chart (render refuses a file without one). `--json` prints the same
 * as one object: `{ encoding, layout, read, accepted, rejected, ratings, errors: [{ line, column, value,
 * code, message }] }` (and `kind`, `encodingDecidedBy`, `delimiter`, `errorCounts`, `moreErrors`).
 */
import type { ImportReport, Locale } from '@yhdyspinta/data';
import { inspectDataFile, MAX_LISTED_ERRORS } from './data';
import type { DataReport } from './data';
import { loadDefinitions } from './definitions';
import { VALIDATE_TEXTS } from './validateText';

export interface ValidateCommand {
  readonly command: 'validate';
  readonly file: string;
  readonly json: boolean;
  readonly locale: Locale;
  /** --area / --survey: JSON definitions the file is read with (default the shipped ones). */
  readonly area?: string;
  readonly survey?: string;
}

/** How many of the accepted answers are ratings (not blank or "no answer"). */
const ratingsOf = (report: ImportReport) =>
  report.result.responses.filter((response) => response.rating !== null).length;

function textReport({ report, encoding: name, notices }: DataReport, locale: Locale): string {
  const t = VALIDATE_TEXTS[locale];
  const { result } = report;
  const layout =
    report.layout === null ? t.none : `${t.kinds[report.kind]}, ${t.layouts[report.layout]}`;
  // A workbook is not text: it has no encoding to report (its kind is on the layout line).
  const encoding =
    report.encoding === null
      ? []
      : [
          `${t.encoding}: ${name} (${report.encodingDecidedBy ? t.decided[report.encodingDecidedBy] : ''})`,
        ];
  const lines = [
    ...encoding,
    `${t.layout}: ${layout}`,
    `${t.read}: ${result.rowsRead} (${t.accepted} ${result.rowsAccepted}, ${t.rejected} ${result.rowsRejected})`,
    // Columns not read (open answers), each said.
    ...notices,
  ];
  const total = Object.values(result.errorCounts).reduce((sum, n) => sum + (n ?? 0), 0);
  if (total === 0) lines.push(ratingsOf(report) > 0 ? t.ok : t.noRatings);
  else {
    lines.push(`${t.errors}: ${total}`);
    for (const error of result.errors.slice(0, MAX_LISTED_ERRORS)) lines.push(`  ${error.message}`);
    const more = total - Math.min(MAX_LISTED_ERRORS, result.errors.length);
    if (more > 0) lines.push(`  … ${t.more(more)}`);
  }
  return `${lines.join('\n')}\n`;
}

function jsonReport(report: ImportReport, file: string): string {
  const { result } = report;
  const errors = result.errors.map(({ line, column, value, code, message }) => ({
    line,
    column,
    value,
    code,
    message,
  }));
  const total = Object.values(result.errorCounts).reduce((sum, n) => sum + (n ?? 0), 0);
  return `${JSON.stringify(
    {
      file,
      kind: report.kind,
      encoding: report.encoding,
      encodingDecidedBy: report.encodingDecidedBy,
      ...(report.delimiter === undefined ? {} : { delimiter: report.delimiter }),
      layout: report.layout,
      read: result.rowsRead,
      accepted: result.rowsAccepted,
      rejected: result.rowsRejected,
      ratings: ratingsOf(report),
      skippedColumns: result.skippedColumns ?? [],
      errors,
      errorCounts: result.errorCounts,
      moreErrors: total - errors.length,
    },
    null,
    2,
  )}\n`;
}

export async function runValidate(
  command: ValidateCommand,
): Promise<{ readonly text: string; readonly ok: boolean }> {
  const definitions = await loadDefinitions(command, command.locale);
  const data = await inspectDataFile(command.file, {
    ...definitions,
    locale: command.locale,
  });
  // As render sees it: no errors, and something to chart.
  const ok = data.result.errors.length === 0 && ratingsOf(data.report) > 0;
  const text = command.json
    ? jsonReport(data.report, command.file)
    : textReport(data, command.locale);
  return { text, ok };
}
