/**
 * `yhdyspinta validate FILE [--json] [--locale]`: the import report of a data file — the encoding and
 * layout found, rows read / accepted / rejected and the first errors — exit 0 when every row landed.
 */
import type { Locale } from '@yhdyspinta/data';
import { inspectDataFile, MAX_LISTED_ERRORS } from './data';
import { loadDefinitions } from './definitions';

export interface ValidateCommand {
  readonly command: 'validate';
  readonly file: string;
  readonly json: boolean;
  readonly locale: Locale;
  /** --area / --survey: JSON definitions the file is read with (default the shipped ones). */
  readonly area?: string;
  readonly survey?: string;
}

interface Labels {
  readonly encoding: string;
  readonly layout: string;
  readonly read: string;
  readonly accepted: string;
  readonly rejected: string;
  readonly errors: string;
  readonly none: string;
  readonly more: string;
  readonly ok: string;
}

/** The report's labels in the chosen language (the row errors themselves are in English). */
const LABELS: Readonly<Record<Locale, Labels>> = {
  fi: {
    encoding: 'Merkistö',
    layout: 'Rakenne',
    read: 'Rivejä luettu',
    accepted: 'hyväksytty',
    rejected: 'hylätty',
    errors: 'Virheet',
    none: 'ei tunnistettu',
    more: 'ja {n} muuta',
    ok: 'Kaikki rivit kelpaavat.',
  },
  sv: {
    encoding: 'Teckenkodning',
    layout: 'Struktur',
    read: 'Rader lästa',
    accepted: 'godkända',
    rejected: 'avvisade',
    errors: 'Fel',
    none: 'inte identifierad',
    more: 'och {n} till',
    ok: 'Alla rader godkändes.',
  },
  en: {
    encoding: 'Encoding',
    layout: 'Layout',
    read: 'Rows read',
    accepted: 'accepted',
    rejected: 'rejected',
    errors: 'Errors',
    none: 'not recognised',
    more: 'and {n} more',
    ok: 'Every row landed.',
  },
};

/** Errors kept as objects in the JSON report; the rest are counted. */
const MAX_JSON_ERRORS = 1000;

export async function runValidate(
  command: ValidateCommand,
): Promise<{ readonly text: string; readonly ok: boolean }> {
  const definitions = await loadDefinitions(command, command.locale);
  const { encoding, layout, result } = await inspectDataFile(command.file, definitions);
  const ok = result.errors.length === 0;
  if (command.json) {
    const errors = result.errors
      .slice(0, MAX_JSON_ERRORS)
      .map(({ line, column, value, code, message }) => ({ line, column, value, code, message }));
    const report = {
      file: command.file,
      encoding,
      layout,
      read: result.rowsRead,
      accepted: result.rowsAccepted,
      rejected: result.rowsRejected,
      errors,
      moreErrors: result.errors.length - errors.length,
    };
    return { text: `${JSON.stringify(report, null, 2)}\n`, ok };
  }
  const t = LABELS[command.locale];
  const lines = [
    `${t.encoding}: ${encoding}`,
    `${t.layout}: ${layout ?? t.none}`,
    `${t.read}: ${result.rowsRead} (${t.accepted} ${result.rowsAccepted}, ${t.rejected} ${result.rowsRejected})`,
  ];
  if (ok) lines.push(t.ok);
  else {
    lines.push(`${t.errors}: ${result.errors.length}`);
    for (const error of result.errors.slice(0, MAX_LISTED_ERRORS)) lines.push(`  ${error.message}`);
    const more = result.errors.length - MAX_LISTED_ERRORS;
    if (more > 0) lines.push(`  … ${t.more.replace('{n}', String(more))}`);
  }
  return { text: `${lines.join('\n')}\n`, ok };
}
