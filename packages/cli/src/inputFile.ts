/**
 * The files a command reads — a data file (--data, validate), a chart's data (--chart-data), an area's or
 * a survey's definition (--area, --survey) — checked before they are read: there and a file, not larger
 * than the command reads, of a type it reads. Each problem is said in the command's language, with the
 * path as the terminal can show it.
 */
import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { byLocale } from '@yhdyspinta/data';
import type { Locale } from '@yhdyspinta/data';
import { CliError } from './errors';
import { visible } from './visible';

export type InputKind = 'data' | 'chartData' | 'area' | 'survey';

export interface InputFileTexts {
  /** The file as the subject of a sentence ("Datatiedosto", "The data file"). */
  readonly kind: Readonly<Record<InputKind, string>>;
  readonly missing: (kind: string, path: string) => string;
  readonly large: (kind: string, path: string, mb: number) => string;
  /** A data file of a type the importer does not read. */
  readonly wrongType: (path: string, ext: string) => string;
  /** A data file with rows the importer rejected (the errors are listed under it). */
  readonly rowErrors: (path: string, errors: number, rejected: number, read: number) => string;
  readonly noRatings: (path: string) => string;
  /** A workbook read from another sheet than the first, or from a header below row 1. */
  readonly sheetRead: (path: string, sheet: string, row: number) => string;
  /** A respondent file's column that is no question and holds only text: not read. */
  readonly skippedColumn: (path: string, letter: string, name: string) => string;
}

export const INPUT_FILE_TEXTS = /* @__PURE__ */ byLocale<InputFileTexts>({
  kind: /* @__PURE__ */ byLocale<InputFileTexts['kind']>({
    data: { fi: 'Datatiedosto', sv: 'Datafilen', en: 'The data file' },
    chartData: { fi: 'Kaavion datatiedosto', sv: 'Diagramdatafilen', en: 'The chart data file' },
    area: { fi: 'Alueen määrittely', sv: 'Områdesdefinitionen', en: 'The area definition' },
    survey: { fi: 'Kyselyn määrittely', sv: 'Enkätdefinitionen', en: 'The survey definition' },
  }),
  missing: {
    fi: (kind, path) => `${kind} "${path}" ei ole olemassa tai se ei ole tiedosto.`,
    sv: (kind, path) => `${kind} "${path}" finns inte eller är inte en fil.`,
    en: (kind, path) => `${kind} "${path}" does not exist or is not a file.`,
  },
  large: {
    fi: (kind, path, mb) => `${kind} "${path}" on suurempi kuin ${mb} Mt.`,
    sv: (kind, path, mb) => `${kind} "${path}" är större än ${mb} MB.`,
    en: (kind, path, mb) => `${kind} "${path}" is larger than ${mb} MB.`,
  },
  wrongType: {
    fi: (path, ext) =>
      `Datatiedoston "${path}" pitää olla CSV (.csv, .tsv, .txt), JSON (.json) tai Excel (.xlsx), ei "${ext}".`,
    sv: (path, ext) =>
      `Datafilen "${path}" ska vara CSV (.csv, .tsv, .txt), JSON (.json) eller Excel (.xlsx), inte "${ext}".`,
    en: (path, ext) =>
      `The data file "${path}" must be CSV (.csv, .tsv, .txt), JSON (.json) or Excel (.xlsx), got "${ext}".`,
  },
  rowErrors: {
    fi: (path, errors, rejected, read) =>
      `Datatiedostossa "${path}" on virheitä: ${errors}; hylättyjä rivejä ${rejected}/${read}. Korjaa virheet ja yritä uudelleen:`,
    sv: (path, errors, rejected, read) =>
      `Datafilen "${path}" har fel: ${errors}; avvisade rader ${rejected} av ${read}. Rätta felen och försök igen:`,
    en: (path, errors, rejected, read) =>
      `The data file "${path}" has ${errors} error(s); ${rejected} of ${read} rows rejected. Fix them and try again:`,
  },
  sheetRead: {
    fi: (path, sheet, row) =>
      `${path}: luettiin taulukko ${sheet}, otsikkorivi ${row} (sen yläpuolen rivit ja ensimmäiset taulukot eivät ole vastauksia).`,
    sv: (path, sheet, row) =>
      `${path}: bladet ${sheet} lästes, rubrikrad ${row} (raderna ovanför och de första bladen är inga svar).`,
    en: (path, sheet, row) =>
      `${path}: read sheet ${sheet}, header row ${row} (the rows above it and any sheets before it are not answers).`,
  },
  skippedColumn: {
    fi: (path, letter, name) =>
      `${path}: sarake ${letter} ${name} ei ole kyselyn kysymys, ja siinä on vain tekstiä (avoimia vastauksia): sitä ei luettu.`,
    sv: (path, letter, name) =>
      `${path}: kolumn ${letter} ${name} är ingen fråga i enkäten och har bara text (öppna svar): den lästes inte.`,
    en: (path, letter, name) =>
      `${path}: column ${letter} ${name} is no question of the survey and holds only text (open answers): it was not read.`,
  },
  noRatings: {
    fi: (path) => `Datatiedostossa "${path}" ei ole yhtään arviota piirrettäväksi.`,
    sv: (path) => `Datafilen "${path}" har inga bedömningar att rita.`,
    en: (path) => `The data file "${path}" has no ratings to chart.`,
  },
});

/**
 * Throws a CliError unless `path` is a file of at most `maxBytes` (and, given `extensions`, ends in one of
 * them: checked first, as a file of another type is the likelier mistake than a missing one).
 */
export async function checkInputFile(
  path: string,
  kind: InputKind,
  locale: Locale,
  limits: { readonly maxBytes: number; readonly extensions?: readonly string[] },
): Promise<void> {
  const t = INPUT_FILE_TEXTS[locale];
  const shown = visible(path);
  const ext = extname(path).toLowerCase();
  if (limits.extensions && !limits.extensions.includes(ext)) {
    throw new CliError(t.wrongType(shown, visible(ext) || '—'));
  }
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile()) throw new CliError(t.missing(t.kind[kind], shown));
  if (info.size > limits.maxBytes) {
    throw new CliError(t.large(t.kind[kind], shown, limits.maxBytes / 2 ** 20));
  }
}
