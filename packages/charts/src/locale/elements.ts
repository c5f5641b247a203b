import type { Locale } from '@yhdyspinta/data';

/** Texts of the custom elements (<yhdyspinta-goal-bars> …) beyond the charts' own. */
export interface ElementMessages {
  /** The `src` file could not be fetched (network error or an HTTP error status). */
  readonly loadFailed: string;
  /** The `src` file was fetched but is not readable CSV/JSON responses, or has rows with errors. */
  readonly unreadableFile: string;
}

export const ELEMENT_MESSAGES: Readonly<Record<Locale, ElementMessages>> = {
  fi: {
    loadFailed: 'Kaavion tietoja ei voitu ladata.',
    unreadableFile: 'Kaavion tiedostossa on virheitä, joten kaaviota ei voida näyttää.',
  },
  sv: {
    loadFailed: 'Diagrammets uppgifter kunde inte laddas.',
    unreadableFile: 'Diagrammets fil innehåller fel, så diagrammet kan inte visas.',
  },
  en: {
    loadFailed: 'The chart data could not be loaded.',
    unreadableFile: 'The chart file has errors, so the chart cannot be shown.',
  },
};
