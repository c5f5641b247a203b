import type { Locale } from '@yhdyspinta/data';

/** Texts of the custom elements (<yhdyspinta-goal-bars> …) beyond the charts' own. */
export interface ElementMessages {
  /** The `src` file could not be fetched (network error or an HTTP error status). */
  readonly loadFailed: string;
  /** The `src` file gave no answer within the element's `timeout`. */
  readonly timedOut: string;
  /** The `src` file is larger than the element's `max-size`. */
  readonly tooLarge: string;
  /** The `src` answer is not CSV or JSON (e.g. a login page). */
  readonly notData: string;
  /** The `src` file was fetched but is not readable CSV/JSON responses, or has rows with errors. */
  readonly unreadableFile: string;
  /** The data-free bundle's element has neither `data` nor `src` (it has no shipped data to draw). */
  readonly needsData: string;
  /** While the `src` file is fetched and read: "Ladataan… 45 %" (`percent` formatted). */
  readonly loadingProgress: (percent: string) => string;
  /** While the texts of the element's locale load (the browser bundles' Swedish and English). */
  readonly loading: string;
}

export const ELEMENT_MESSAGES: Readonly<Record<Locale, ElementMessages>> = {
  fi: {
    loadFailed: 'Kaavion tietoja ei voitu ladata.',
    timedOut: 'Kaavion tietojen lataaminen kesti liian kauan, joten se keskeytettiin.',
    tooLarge: 'Kaavion tiedosto on liian suuri näytettäväksi tällä sivulla.',
    notData: 'Kaavion tiedosto ei ole CSV- eikä JSON-tiedosto, joten kaaviota ei voida näyttää.',
    unreadableFile: 'Kaavion tiedostossa on virheitä, joten kaaviota ei voida näyttää.',
    needsData: 'Kaaviolle ei ole annettu tietoja: sille tarvitaan data- tai src-määrite.',
    loadingProgress: (percent) => `Ladataan… ${percent}`,
    loading: 'Kaaviota ladataan…',
  },
  sv: {
    loadFailed: 'Diagrammets uppgifter kunde inte laddas.',
    timedOut: 'Det tog för lång tid att ladda diagrammets uppgifter, så laddningen avbröts.',
    tooLarge: 'Diagrammets fil är för stor för att visas på den här sidan.',
    notData: 'Diagrammets fil är varken en CSV- eller en JSON-fil, så diagrammet kan inte visas.',
    unreadableFile: 'Diagrammets fil innehåller fel, så diagrammet kan inte visas.',
    needsData: 'Diagrammet har inte fått några uppgifter: det behöver attributet data eller src.',
    loadingProgress: (percent) => `Laddar… ${percent}`,
    loading: 'Diagrammet laddas…',
  },
  en: {
    loadFailed: 'The chart data could not be loaded.',
    timedOut: 'Loading the chart data took too long, so it was stopped.',
    tooLarge: 'The chart file is too large to show on this page.',
    notData: 'The chart file is neither CSV nor JSON, so the chart cannot be shown.',
    unreadableFile: 'The chart file has errors, so the chart cannot be shown.',
    needsData: 'The chart has been given no data: it needs a data or src attribute.',
    loadingProgress: (percent) => `Loading… ${percent}`,
    loading: 'Loading chart…',
  },
};
