import type { Locale } from '@yhdyspinta/data';
import { resolveLocale } from './resolve';
import type { CommonMessages } from './messageTypes';

/** Texts shared by all charts. Scale levels: fi as printed in 003_ae88570eab8abfd8.txt ("Arviointiasteikko"). */
export const COMMON_MESSAGES: Readonly<Record<Locale, CommonMessages>> = {
  fi: {
    scaleLevels: {
      1: 'Ei lainkaan',
      2: 'Heikosti',
      3: 'Kohtalaisesti',
      4: 'Hyvin',
      5: 'Erinomaisesti',
    },
    scaleAxisTitle: 'Kuntien vastausten keskiarvo asteikolla 1–5',
    noData: 'ei tietoa',
    loading: 'Kaaviota ladataan…',
    emptyData: 'Kaaviossa ei ole näytettäviä tietoja.',
    invalidData: 'Kaavion tiedot ovat virheellisiä, joten kaaviota ei voida näyttää.',
    renderError: 'Kaavion piirtäminen epäonnistui.',
    illustrativeData: 'Havainnollistava esimerkkiaineisto – ei todellisia tuloksia',
    mean: 'Keskiarvo',
    neutralReference: 'Kohtalaisesti (3), asteikon keskikohta',
    base: (count) => `n = ${count} kuntaa`,
    tooltip: {
      value: 'Keskiarvo',
      level: 'Lähin asteikon kohta',
      base: 'Vastaajat',
      group: 'Osio',
    },
    dataTable: (title) => `${title}: tiedot taulukkona`,
    keyboardHint: 'Siirry arvosta toiseen nuolinäppäimillä.',
  },
  sv: {
    scaleLevels: { 1: 'Inte alls', 2: 'Svagt', 3: 'Måttligt', 4: 'Bra', 5: 'Utmärkt' },
    scaleAxisTitle: 'Medelvärde av kommunernas svar på skalan 1–5',
    noData: 'ingen uppgift',
    loading: 'Diagrammet laddas…',
    emptyData: 'Diagrammet har inga uppgifter att visa.',
    invalidData: 'Diagrammets uppgifter är felaktiga, så diagrammet kan inte visas.',
    renderError: 'Diagrammet kunde inte ritas.',
    illustrativeData: 'Illustrativa exempeldata – inte verkliga resultat',
    mean: 'Medelvärde',
    neutralReference: 'Måttligt (3), skalans mittpunkt',
    base: (count) => `n = ${count} kommuner`,
    tooltip: {
      value: 'Medelvärde',
      level: 'Närmaste skalsteg',
      base: 'Svarande',
      group: 'Avsnitt',
    },
    dataTable: (title) => `${title}: uppgifterna som tabell`,
    keyboardHint: 'Flytta mellan värdena med piltangenterna.',
  },
  en: {
    scaleLevels: { 1: 'Not at all', 2: 'Poorly', 3: 'Moderately', 4: 'Well', 5: 'Excellently' },
    scaleAxisTitle: "Mean of the municipalities' answers on a scale of 1–5",
    noData: 'no data',
    loading: 'Loading chart…',
    emptyData: 'The chart has no data to show.',
    invalidData: 'The chart data is invalid, so the chart cannot be shown.',
    renderError: 'The chart could not be drawn.',
    illustrativeData: 'Illustrative example data – not real results',
    mean: 'Mean',
    neutralReference: 'Moderately (3), the middle of the scale',
    base: (count) => `n = ${count} municipalities`,
    tooltip: { value: 'Mean', level: 'Nearest scale point', base: 'Respondents', group: 'Section' },
    dataTable: (title) => `${title}: data as a table`,
    keyboardHint: 'Use the arrow keys to move between values.',
  },
};

/** The kinds of chart, the accessible name of a chart drawn without a title. */
export type ChartKind = 'goalBars' | 'heatmap' | 'radar' | 'coverage';

const CHART_KIND_NAMES: Readonly<Record<Locale, Readonly<Record<ChartKind, string>>>> = {
  fi: {
    goalBars: 'Pylväskaavio keskiarvoista asteikolla 1–5',
    heatmap: 'Lämpökartta',
    radar: 'Säteittäinen kaavio keskiarvoista asteikolla 1–5',
    coverage: 'Kaavio vastanneista kunnista',
  },
  sv: {
    goalBars: 'Stapeldiagram över medelvärden på skalan 1–5',
    heatmap: 'Värmekarta',
    radar: 'Radardiagram över medelvärden på skalan 1–5',
    coverage: 'Diagram över kommuner som svarade',
  },
  en: {
    goalBars: 'Bar chart of means on a scale of 1–5',
    heatmap: 'Heatmap',
    radar: 'Radar chart of means on a scale of 1–5',
    coverage: 'Chart of the municipalities that answered',
  },
};

/** The accessible name of an untitled chart of `kind` in `locale`. */
export function chartKindName(kind: ChartKind, locale: Locale): string {
  return CHART_KIND_NAMES[resolveLocale(locale)][kind];
}

/** The 1–5 axis title of data that is not the survey's (its means are not "the municipalities' answers"). */
const GENERIC_SCALE_AXIS_TITLE: Readonly<Record<Locale, string>> = {
  fi: 'Keskiarvo asteikolla 1–5',
  sv: 'Medelvärde på skalan 1–5',
  en: 'Mean on a scale of 1–5',
};

/** The 1–5 axis title: the survey's for its data, else the generic one. */
export function scaleAxisTitle(locale: Locale, survey: boolean): string {
  return survey
    ? COMMON_MESSAGES[resolveLocale(locale)].scaleAxisTitle
    : GENERIC_SCALE_AXIS_TITLE[resolveLocale(locale)];
}

/** The texts of this area in `locale` (Finnish for an unsupported value). */
export function commonMessages(locale: Locale): CommonMessages {
  return COMMON_MESSAGES[resolveLocale(locale)];
}
