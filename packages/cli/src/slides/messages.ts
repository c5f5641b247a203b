/**
 * The words of the slides and PDF pages in fi, sv and en: a data file's source line, the notes' headings,
 * the native charts' axis title. The chart's own texts (title, part titles "(1/2)", description,
 * table) come from the chart.
 */
import type { Locale } from '@yhdyspinta/data';

export interface SlideMessages {
  /** The source line of a chart drawn from the user's own data file. */
  readonly fileSource: (file: string) => string;
  /** The speaker notes' heading of the data table. */
  readonly table: string;
  /** The speaker notes' heading of the description. */
  readonly description: string;
  /** The value axis title of a native bar chart: "Keskiarvo (1 Ei lainkaan … 5 Erinomaisesti)". */
  readonly meanAxis: (levels: string) => string;
  /** A value without data in a native chart's category label. */
  readonly noData: string;
}

const MESSAGES: Readonly<Record<Locale, SlideMessages>> = {
  fi: {
    fileSource: (file) => `Lähde: ${file}`,
    table: 'Taulukko',
    description: 'Kuvaus',
    meanAxis: (levels) => `Keskiarvo (${levels})`,
    noData: 'ei tietoa',
  },
  sv: {
    fileSource: (file) => `Källa: ${file}`,
    table: 'Tabell',
    description: 'Beskrivning',
    meanAxis: (levels) => `Medelvärde (${levels})`,
    noData: 'ingen uppgift',
  },
  en: {
    fileSource: (file) => `Source: ${file}`,
    table: 'Table',
    description: 'Description',
    meanAxis: (levels) => `Mean (${levels})`,
    noData: 'no data',
  },
};

export function slideMessages(locale: Locale): SlideMessages {
  return MESSAGES[locale];
}
