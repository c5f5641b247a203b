/** The words of `yhdyspinta validate`'s report, in Finnish, Swedish and English. */
import type { EncodingDecision, ImportKind, Locale, ResponsesFormat } from '@yhdyspinta/data';

export interface ValidateTexts {
  readonly encoding: string;
  readonly layout: string;
  readonly read: string;
  readonly accepted: string;
  readonly rejected: string;
  readonly errors: string;
  readonly none: string;
  readonly more: (n: number) => string;
  readonly ok: string;
  readonly kinds: Readonly<Record<ImportKind, string>>;
  readonly layouts: Readonly<Record<ResponsesFormat, string>>;
  readonly decided: Readonly<Record<EncodingDecision, string>>;
  readonly notFound: (path: string) => string;
  readonly tooLarge: (path: string, mb: number) => string;
  readonly wrongType: (path: string, ext: string) => string;
}

export const VALIDATE_TEXTS: Readonly<Record<Locale, ValidateTexts>> = {
  fi: {
    encoding: 'Merkistö',
    layout: 'Rakenne',
    read: 'Rivejä luettu',
    accepted: 'hyväksytty',
    rejected: 'hylätty',
    errors: 'Virheet',
    none: 'ei tunnistettu',
    more: (n) => `ja ${n} muuta`,
    ok: 'Kaikki rivit kelpaavat.',
    kinds: { csv: 'CSV', json: 'JSON', xlsx: 'Excel (xlsx)' },
    layouts: {
      long: 'pitkä (rivi per vastaus)',
      wide: 'leveä (rivi per kunta)',
      respondent: 'vastaaja per rivi',
    },
    decided: {
      bom: 'tavujärjestysmerkin mukaan',
      declared: 'ilmoitettu',
      'zero-bytes': 'nollatavuista päätelty',
      'valid-utf-8': 'kelvollinen UTF-8',
      'not-utf-8': 'ei kelvollinen UTF-8',
    },
    notFound: (path) => `Tiedostoa "${path}" ei ole olemassa tai se ei ole tiedosto.`,
    tooLarge: (path, mb) => `Tiedosto "${path}" on suurempi kuin ${mb} Mt.`,
    wrongType: (path, ext) =>
      `Tiedoston "${path}" pitää olla CSV (.csv, .tsv, .txt), JSON (.json) tai Excel (.xlsx), ei "${ext}".`,
  },
  sv: {
    encoding: 'Teckenkodning',
    layout: 'Struktur',
    read: 'Rader lästa',
    accepted: 'godkända',
    rejected: 'avvisade',
    errors: 'Fel',
    none: 'inte identifierad',
    more: (n) => `och ${n} till`,
    ok: 'Alla rader godkändes.',
    kinds: { csv: 'CSV', json: 'JSON', xlsx: 'Excel (xlsx)' },
    layouts: {
      long: 'lång (en rad per svar)',
      wide: 'bred (en rad per kommun)',
      respondent: 'en respondent per rad',
    },
    decided: {
      bom: 'enligt byteordningsmärket',
      declared: 'angiven',
      'zero-bytes': 'slutsatt av nollbyten',
      'valid-utf-8': 'giltig UTF-8',
      'not-utf-8': 'inte giltig UTF-8',
    },
    notFound: (path) => `Filen "${path}" finns inte eller är inte en fil.`,
    tooLarge: (path, mb) => `Filen "${path}" är större än ${mb} MB.`,
    wrongType: (path, ext) =>
      `Filen "${path}" ska vara CSV (.csv, .tsv, .txt), JSON (.json) eller Excel (.xlsx), inte "${ext}".`,
  },
  en: {
    encoding: 'Encoding',
    layout: 'Layout',
    read: 'Rows read',
    accepted: 'accepted',
    rejected: 'rejected',
    errors: 'Errors',
    none: 'not recognised',
    more: (n) => `and ${n} more`,
    ok: 'Every row landed.',
    kinds: { csv: 'CSV', json: 'JSON', xlsx: 'Excel (xlsx)' },
    layouts: {
      long: 'long (a row per answer)',
      wide: 'wide (a row per municipality)',
      respondent: 'a respondent per row',
    },
    decided: {
      bom: 'from the byte order mark',
      declared: 'declared',
      'zero-bytes': 'from its zero bytes',
      'valid-utf-8': 'valid UTF-8',
      'not-utf-8': 'not valid UTF-8',
    },
    notFound: (path) => `The file "${path}" does not exist or is not a file.`,
    tooLarge: (path, mb) => `The file "${path}" is larger than ${mb} MB.`,
    wrongType: (path, ext) =>
      `The file "${path}" must be CSV (.csv, .tsv, .txt), JSON (.json) or Excel (.xlsx), got "${ext}".`,
  },
};
