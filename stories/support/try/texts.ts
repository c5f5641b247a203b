/** The "Try your own data" page's own words, in the toolbar's language. */
import type { EncodingDecision, Locale } from '@yhdyspinta/data';

export interface TryTexts {
  readonly choose: string;
  readonly drop: string;
  readonly privacy: string;
  readonly reading: string;
  readonly failed: (reason: string) => string;
  readonly report: string;
  readonly file: string;
  readonly kind: string;
  readonly encoding: string;
  readonly layout: string;
  readonly read: string;
  readonly accepted: string;
  readonly rejected: string;
  readonly errors: string;
  readonly more: (shown: number, total: number) => string;
  readonly columns: readonly [string, string, string, string];
  readonly charts: string;
  readonly nothingToDraw: string;
  readonly download: (format: string, chart: string) => string;
  /** How the encoding was decided: 'decided from …'. */
  readonly decidedBy: Readonly<Record<EncodingDecision, string>>;
  /** The optional definitions picker. */
  readonly definitions: string;
  readonly definitionsHelp: string;
  readonly definitionsRead: (names: string) => string;
  readonly definitionsInvalid: string;
}

const fi: TryTexts = {
  definitions: 'Toisen alueen määrittelyt (valinnainen): alueen ja kyselyn JSON-tiedostot',
  definitionsHelp:
    'Valitse nämä ensin, jos vastaukset ovat toisen hyvinvointialueen kunnista tai toisesta kyselystä.',
  definitionsRead: (names) => `Määrittelyt käytössä: ${names}`,
  definitionsInvalid: 'Määrittelyt eivät kelpaa:',
  choose: 'Valitse tiedosto (CSV, TXT, XLSX tai JSON)',
  drop: 'tai pudota se tähän',
  privacy: 'Tiedosto luetaan vain tässä selaimessa. Mitään ei lähetetä minnekään.',
  reading: 'Luetaan…',
  failed: (reason) => `Tiedostoa ei voitu lukea: ${reason}`,
  report: 'Tuontiraportti',
  file: 'Tiedosto',
  kind: 'Muoto',
  encoding: 'Merkistö',
  layout: 'Asettelu',
  read: 'Rivejä luettu',
  accepted: 'Hyväksytty',
  rejected: 'Hylätty',
  errors: 'Virheet',
  more: (shown, total) => `Näytetään ${shown} virhettä ${total}:stä.`,
  columns: ['Rivi', 'Sarake', 'Arvo', 'Syy'],
  charts: 'Kaaviot tiedostosta',
  nothingToDraw: 'Yhtään riviä ei hyväksytty, joten piirrettävää ei ole.',
  download: (format, chart) => `Lataa ${format}: ${chart}`,
  decidedBy: {
    bom: 'tavujärjestysmerkistä',
    declared: 'ilmoitetusta merkistöstä',
    'zero-bytes': 'nollatavuista (UTF-16)',
    'valid-utf-8': 'kelvollisesta UTF-8:sta',
    'not-utf-8': 'ei kelvollista UTF-8:aa, siis Windows-1252',
  },
};

const sv: TryTexts = {
  definitions: 'Ett annat områdes definitioner (valfritt): områdets och enkätens JSON-filer',
  definitionsHelp:
    'Välj dem först om svaren kommer från ett annat välfärdsområdes kommuner eller en annan enkät.',
  definitionsRead: (names) => `Definitioner i bruk: ${names}`,
  definitionsInvalid: 'Definitionerna är ogiltiga:',
  choose: 'Välj en fil (CSV, TXT, XLSX eller JSON)',
  drop: 'eller släpp den här',
  privacy: 'Filen läses bara i den här webbläsaren. Ingenting skickas någonstans.',
  reading: 'Läser…',
  failed: (reason) => `Filen kunde inte läsas: ${reason}`,
  report: 'Importrapport',
  file: 'Fil',
  kind: 'Format',
  encoding: 'Teckenkodning',
  layout: 'Layout',
  read: 'Rader lästa',
  accepted: 'Godkända',
  rejected: 'Avvisade',
  errors: 'Fel',
  more: (shown, total) => `Visar ${shown} av ${total} fel.`,
  columns: ['Rad', 'Kolumn', 'Värde', 'Orsak'],
  charts: 'Diagram från filen',
  nothingToDraw: 'Inga rader godkändes, så det finns inget att rita.',
  download: (format, chart) => `Ladda ner ${format}: ${chart}`,
  decidedBy: {
    bom: 'byteordningsmärket',
    declared: 'den angivna teckenkodningen',
    'zero-bytes': 'nollbyte (UTF-16)',
    'valid-utf-8': 'giltig UTF-8',
    'not-utf-8': 'inte giltig UTF-8, alltså Windows-1252',
  },
};

const en: TryTexts = {
  definitions: "Another area's definitions (optional): the area's and the survey's JSON files",
  definitionsHelp:
    "Choose them first if the responses come from another welfare area's municipalities or another survey.",
  definitionsRead: (names) => `Definitions in use: ${names}`,
  definitionsInvalid: 'The definitions are not valid:',
  choose: 'Choose a file (CSV, TXT, XLSX or JSON)',
  drop: 'or drop it here',
  privacy: 'The file is read in this browser only. Nothing is uploaded anywhere.',
  reading: 'Reading…',
  failed: (reason) => `The file could not be read: ${reason}`,
  report: 'Import report',
  file: 'File',
  kind: 'Format',
  encoding: 'Encoding',
  layout: 'Layout',
  read: 'Rows read',
  accepted: 'Accepted',
  rejected: 'Rejected',
  errors: 'Errors',
  more: (shown, total) => `Showing ${shown} of ${total} errors.`,
  columns: ['Line', 'Column', 'Value', 'Reason'],
  charts: 'Charts from the file',
  nothingToDraw: 'No row was accepted, so there is nothing to draw.',
  download: (format, chart) => `Download ${format}: ${chart}`,
  decidedBy: {
    bom: 'the byte order mark',
    declared: 'the declared charset',
    'zero-bytes': 'zero bytes (UTF-16)',
    'valid-utf-8': 'valid UTF-8',
    'not-utf-8': 'not valid UTF-8, so Windows-1252',
  },
};

export const TRY_TEXTS: Readonly<Record<Locale, TryTexts>> = { fi, sv, en };
