import type { Locale } from '@yhdyspinta/data';
import { byLocale } from '@yhdyspinta/data';
import { resolveLocale } from './resolve';

/**
 * How a municipality that did not answer is described: 'deadline' = "Ei vastausta määräajassa" (as printed
 * in the 2024 survey), 'plain' = "Ei vastausta" (e.g. raw responses with nothing but no-answers).
 */
export type NotAnsweredWording = 'deadline' | 'plain';

/** The facts of ResponseCoverage's key finding, already formatted for the locale. */
export interface ResponseCoverageFinding {
  /** "6/10". */
  readonly count: string;
  readonly missingCount: number;
  /** The municipalities that did not answer, joined as a list of the locale ("Espoo, Siuntio ja Vihti"). */
  readonly missingList: string;
  readonly wording: NotAnsweredWording;
}

export interface ResponseCoverageMessages {
  readonly title: string;
  /** Accessible name of the group of tiles. */
  readonly itemsLabel: string;
  /** Status of a municipality that answered ("Vastasi"). */
  readonly answered: string;
  /** Status of one that did not, per wording ("Ei vastausta määräajassa" / "Ei vastausta"). */
  readonly notAnswered: Readonly<Record<NotAnsweredWording, string>>;
  /** Data table column headers and tooltip field labels. */
  readonly municipalityColumn: string;
  readonly statusColumn: string;
  readonly populationColumn: string;
  /** The headline, e.g. "6/10 kuntaa vastasi"; `count` is "answered/total". */
  readonly headline: (count: string) => string;
  /** The key finding: "6/10 kuntaa vastasi; Espoo, … ja Inkoo eivät vastanneet määräajassa." */
  readonly keyFinding: (finding: ResponseCoverageFinding) => string;
  /** "Vastanneissa kunnissa asuu 38 % alueen asukkaista."; `share` is formatted ("38 %"). */
  readonly populationShare: (share: string) => string;
  /** Municipalities without a population (left out of the share); `names` is a formatted list. */
  readonly populationMissing: (names: string) => string;
  /** Municipalities whose population is not a valid number (no share is computed). */
  readonly populationInvalid: (names: string) => string;
  /** A population on a tile: "12 345 asukasta"; `value` is formatted. */
  readonly populationValue: (value: string) => string;
  /** On a tile, tooltip and table row when other municipalities have a population and this one has none. */
  readonly populationUnknown: string;
  /** … or when its population is not a valid number. */
  readonly populationNotValid: string;
}

/** Texts of ResponseCoverage. fi status labels: "Ei vastausta määräajassa" as printed in 003_ae88570eab8abfd8.txt. */
export const RESPONSE_COVERAGE_MESSAGES = /* @__PURE__ */ byLocale<ResponseCoverageMessages>({
  title: {
    fi: 'Kuntakyselyyn vastanneet kunnat',
    sv: 'Kommuner som besvarade kommunenkäten',
    en: 'Municipalities that answered the survey',
  },
  itemsLabel: {
    fi: 'Kunnat ja niiden vastaustilanne',
    sv: 'Kommunerna och deras svarsläge',
    en: 'Municipalities and whether they answered',
  },
  answered: { fi: 'Vastasi', sv: 'Svarade', en: 'Answered' },
  notAnswered: {
    fi: { deadline: 'Ei vastausta määräajassa', plain: 'Ei vastausta' },
    sv: { deadline: 'Inget svar inom utsatt tid', plain: 'Inget svar' },
    en: { deadline: 'No answer by the deadline', plain: 'No answer' },
  },
  municipalityColumn: { fi: 'Kunta', sv: 'Kommun', en: 'Municipality' },
  statusColumn: { fi: 'Vastaustilanne', sv: 'Svarsläge', en: 'Response' },
  populationColumn: { fi: 'Asukasluku', sv: 'Invånarantal', en: 'Population' },
  headline: {
    fi: (count) => `${count} kuntaa vastasi`,
    sv: (count) => `${count} kommuner svarade`,
    en: (count) => `${count} municipalities answered`,
  },
  keyFinding: {
    fi: ({ count, missingCount, missingList, wording }) =>
      missingCount === 0
        ? `${count} kuntaa vastasi; kaikki kunnat vastasivat.`
        : `${count} kuntaa vastasi; ${missingList} ${missingCount === 1 ? 'ei vastannut' : 'eivät vastanneet'}` +
          `${wording === 'deadline' ? ' määräajassa' : ''}.`,
    sv: ({ count, missingCount, missingList, wording }) =>
      missingCount === 0
        ? `${count} kommuner svarade; alla kommuner svarade.`
        : `${count} kommuner svarade; ${missingList} svarade inte` +
          `${wording === 'deadline' ? ' inom utsatt tid' : ''}.`,
    en: ({ count, missingCount, missingList, wording }) =>
      missingCount === 0
        ? `${count} municipalities answered; every municipality answered.`
        : `${count} municipalities answered; ${missingList} did not answer` +
          `${wording === 'deadline' ? ' by the deadline' : ''}.`,
  },
  populationShare: {
    fi: (share) => `Vastanneissa kunnissa asuu ${share} alueen asukkaista.`,
    sv: (share) => `I kommunerna som svarade bor ${share} av områdets invånare.`,
    en: (share) => `The municipalities that answered are home to ${share} of the area's residents.`,
  },
  populationMissing: {
    fi: (names) => `Asukasluku puuttuu: ${names} (ei mukana osuudessa).`,
    sv: (names) => `Invånarantal saknas: ${names} (ingår inte i andelen).`,
    en: (names) => `Population missing: ${names} (not included in the share).`,
  },
  populationInvalid: {
    fi: (names) => `Asukasosuutta ei laskettu, koska asukasluku on virheellinen: ${names}.`,
    sv: (names) =>
      `Andelen invånare beräknades inte eftersom invånarantalet är felaktigt: ${names}.`,
    en: (names) => `Population share not calculated because the population is invalid: ${names}.`,
  },
  populationValue: {
    fi: (value) => `${value} asukasta`,
    sv: (value) => `${value} invånare`,
    en: (value) => `${value} residents`,
  },
  populationUnknown: {
    fi: 'Asukasluku puuttuu',
    sv: 'Invånarantal saknas',
    en: 'Population missing',
  },
  populationNotValid: {
    fi: 'Virheellinen asukasluku',
    sv: 'Felaktigt invånarantal',
    en: 'Invalid population',
  },
});

/** The texts of this area in `locale` (Finnish for an unsupported value). */
export function responseCoverageMessages(locale: Locale): ResponseCoverageMessages {
  return RESPONSE_COVERAGE_MESSAGES[resolveLocale(locale)];
}
