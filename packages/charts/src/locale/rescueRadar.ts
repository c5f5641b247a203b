import type { Locale } from '@yhdyspinta/data';
import { byLocale } from '@yhdyspinta/data';
import type { MeanExtremeWords } from './sharedWords';
import { GOAL, MEAN_EXTREMES, PREVIOUS_NAME } from './sharedWords';
import { resolveLocale } from './resolve';
import type { FindingGroup } from './findingGroup';

/** What the key finding says about one series (all values formatted for the locale). */
export interface RadarSeriesFinding {
  /** The series' name; null when the chart has only one series (the title says what it is). */
  readonly label: string | null;
  /** Highest and lowest value with the axes that have it; null when the series has no value at all. */
  readonly highest: FindingGroup | null;
  readonly lowest: FindingGroup | null;
  /** How many values are at least the neutral 3 ("Kohtalaisesti"), of `rated` values. */
  readonly atLeastNeutral: number;
  readonly rated: number;
  /** How many axes have no value ("ei tietoa"). */
  readonly missing: number;
}

/** The previous survey round's texts (series with `previous` values). */
export interface RadarPreviousMessages {
  /** The round's name when the data gives none: legend, tooltip field, table column. */
  readonly round: string;
  /** A header note naming the previous round's outline when there is no legend (small multiples). */
  readonly note: (round: string) => string;
  /** Tooltip field and table column of the signed change. */
  readonly change: string;
  /** A table column of a series' previous values or changes with several series: "Lohja: Muutos". */
  readonly column: (series: string, field: string) => string;
  /** Added to a point's accessible name: `previous` as printed, `change` signed or null. */
  readonly name: (round: string, previous: string, change: string | null) => string;
  /** "Muutos edellisestä kierroksesta (Kuntakysely 2021): nousi 4, laski 3, ennallaan 2 tavoitteella." */
  readonly finding: (f: {
    readonly round: string;
    readonly rose: number;
    readonly fell: number;
    readonly same: number;
  }) => string;
}

export interface RescueRadarMessages {
  readonly previous: RadarPreviousMessages;
  readonly title: string;
  /** Title of the bar-chart twin drawn under the radar (`twin="bars"`); `title` is the radar's. */
  readonly barsTitle: (title: string) => string;
  /** Name of the single series of published means when the survey carries no column heading. */
  readonly meanSeries: string;
  /** Tooltip field and table header of the series. */
  readonly seriesField: string;
  /** Header of the table's first column (the axes). */
  readonly axisColumn: string;
  /** Accessible name of the group of a series' points, e.g. "Kuntien vastausten keskiarvo: pisteet". */
  readonly seriesPoints: (series: string) => string;
  /** Header note when the rings show only numbers: "Asteikko: 1 = Ei lainkaan, …". */
  readonly scaleKey: (levels: string) => string;
  /** "ei tietoa": printed on the chart's face where a value is missing. */
  readonly noData: string;
  /** Note under an axis label where series have no value: "ei tietoa", or "ei tietoa: Lohja, Vihti". */
  readonly axisNoData: (series: readonly string[]) => string;
  /** A legend entry or small-multiple heading of a series without any value: "Lohja – ei tietoa". */
  readonly seriesNoData: (series: string) => string;
  /** Note under a small multiple naming its axes without a value: "Ei tietoa: 3, 7". */
  readonly panelNoData: (axes: string) => string;
  /**
   * The note on the chart (and sentence in its description) when it is drawn as small multiples: `reason`
   * 'series' (more series than one radar can hold) or 'narrow' (too little room for one legible radar).
   */
  readonly multiplesNote: (reason: 'series' | 'narrow', seriesCount: number) => string;
  /** The generated description: how many axes and series, then one sentence group per series. */
  readonly keyFinding: (finding: {
    readonly count: number;
    /** e.g. "n = 6/10 kuntaa", or "" when no base is known. */
    readonly base: string;
    readonly series: readonly RadarSeriesFinding[];
    /** The scale's word for the neutral 3 ("Kohtalaisesti", or the data's own). */
    readonly neutralWord: string;
  }) => string;
}

/** The labels joined for a sentence; a label's own final full stop is dropped (the sentence adds one). */
function names(group: FindingGroup, and: string): string {
  const labels = group.labels.map((label) => label.replace(/\.$/u, ''));
  if (labels.length <= 1) return labels[0] ?? '';
  return `${labels.slice(0, -1).join('; ')} ${and} ${labels[labels.length - 1]}`;
}

interface Words extends MeanExtremeWords {
  readonly neutral: (n: number, of: number, word: string) => string;
  readonly missing: (n: number) => string;
  readonly none: string;
  /** "10 tavoitetta asteikolla 1–5 (n = 6/10 kuntaa), 2 sarjaa. ": `base` is "" or " (…)". */
  readonly size: (count: number, base: string, series: number) => string;
}

/** A table column of a series' previous values or changes, the same in every language: "Lohja: Muutos". */
function column(series: string, field: string): string {
  return `${series}: ${field}`;
}

function seriesSentences(s: RadarSeriesFinding, w: Words, neutralWord: string): string {
  const prefix = s.label ? `${s.label}: ` : '';
  if (!s.highest || !s.lowest) return `${prefix}${w.none}.`;
  return (
    `${prefix}${w.highest} ${s.highest.value}: ${names(s.highest, w.and)}. ` +
    `${w.lowest} ${s.lowest.value}: ${names(s.lowest, w.and)}. ` +
    `${w.neutral(s.atLeastNeutral, s.rated, neutralWord)}.` +
    (s.missing > 0 ? ` ${w.missing(s.missing)}.` : '')
  );
}

/** The words of a series' sentences in each language. */
const WORDS = /* @__PURE__ */ byLocale<Words>({
  ...MEAN_EXTREMES,
  neutral: {
    fi: (n, of, word) => `${n}/${of} arvoa on vähintään asteikon keskikohdassa 3 (${word})`,
    sv: (n, of, word) => `${n}/${of} värden ligger minst på skalans mittpunkt 3 (${word})`,
    en: (n, of, word) => `${n}/${of} values are at least the middle of the scale, 3 (${word})`,
  },
  missing: {
    fi: (n) => `Ei tietoa: ${n} ${n === 1 ? 'tavoite' : 'tavoitetta'}`,
    sv: (n) => `Uppgift saknas: ${n} mål`,
    en: (n) => `No data: ${n} ${n === 1 ? 'goal' : 'goals'}`,
  },
  none: {
    fi: 'ei tietoa yhdestäkään tavoitteesta',
    sv: 'ingen uppgift för något mål',
    en: 'no data for any goal',
  },
  size: {
    fi: (count, base, series) =>
      `${count} ${count === 1 ? 'tavoite' : 'tavoitetta'} asteikolla 1–5${base}${series > 1 ? `, ${series} sarjaa` : ''}. `,
    sv: (count, base, series) =>
      `${count} mål på skalan 1–5${base}${series > 1 ? `, ${series} serier` : ''}. `,
    en: (count, base, series) =>
      `${count} ${count === 1 ? 'goal' : 'goals'} on a scale of 1–5${base}${series > 1 ? `, ${series} series` : ''}. `,
  },
});

/** The generated description in the words of one language. */
function keyFinding(w: Words): RescueRadarMessages['keyFinding'] {
  return ({ count, base, series, neutralWord }) =>
    w.size(count, base ? ` (${base})` : '', series.length) +
    series.map((s) => seriesSentences(s, w, neutralWord)).join(' ');
}

/** The previous survey round's texts in each language. */
const PREVIOUS = /* @__PURE__ */ byLocale<RadarPreviousMessages>({
  round: { fi: 'edellinen kierros', sv: 'föregående omgång', en: 'previous round' },
  note: {
    fi: (round) => `Ohut katkoviiva: ${round}`,
    sv: (round) => `Tunn streckad linje: ${round}`,
    en: (round) => `Thin dashed line: ${round}`,
  },
  change: { fi: 'Muutos', sv: 'Förändring', en: 'Change' },
  column: { fi: column, sv: column, en: column },
  name: PREVIOUS_NAME,
  finding: {
    fi: ({ round, rose, fell, same }) =>
      `Muutos edellisestä kierroksesta${round ? ` (${round})` : ''}: nousi ${rose}, laski ${fell}, ` +
      `ennallaan ${same} tavoitteella.`,
    sv: ({ round, rose, fell, same }) =>
      `Förändring från föregående omgång${round ? ` (${round})` : ''}: steg för ${rose}, ` +
      `sjönk för ${fell}, oförändrat för ${same} mål.`,
    en: ({ round, rose, fell, same }) =>
      `Change from the previous round${round ? ` (${round})` : ''}: rose for ${rose}, fell for ` +
      `${fell}, unchanged for ${same} ${same === 1 ? 'goal' : 'goals'}.`,
  },
});

/** Texts of RescueRadar. */
export const RESCUE_RADAR_MESSAGES = /* @__PURE__ */ byLocale<RescueRadarMessages>({
  previous: PREVIOUS,
  title: {
    fi: 'Pelastustoimen yhteistyötavoitteiden toteutuminen',
    sv: 'Hur räddningsväsendets samarbetsmål har uppnåtts',
    en: "Progress on the rescue service's cooperation goals",
  },
  barsTitle: {
    fi: (title) => `${title} – samat luvut pylväinä`,
    sv: (title) => `${title} – samma siffror som staplar`,
    en: (title) => `${title} – the same numbers as bars`,
  },
  meanSeries: {
    fi: 'Kuntien vastausten keskiarvo',
    sv: 'Medelvärde av kommunernas svar',
    en: "Mean of the municipalities' answers",
  },
  seriesField: { fi: 'Sarja', sv: 'Serie', en: 'Series' },
  axisColumn: GOAL,
  seriesPoints: {
    fi: (series) => `${series}: arvot tavoitteittain`,
    sv: (series) => `${series}: värden per mål`,
    en: (series) => `${series}: values by goal`,
  },
  scaleKey: {
    fi: (levels) => `Asteikko: ${levels}`,
    sv: (levels) => `Skala: ${levels}`,
    en: (levels) => `Scale: ${levels}`,
  },
  noData: { fi: 'ei tietoa', sv: 'ingen uppgift', en: 'no data' },
  axisNoData: {
    fi: (series) => (series.length > 0 ? `ei tietoa: ${series.join(', ')}` : 'ei tietoa'),
    sv: (series) => (series.length > 0 ? `ingen uppgift: ${series.join(', ')}` : 'ingen uppgift'),
    en: (series) => (series.length > 0 ? `no data: ${series.join(', ')}` : 'no data'),
  },
  seriesNoData: {
    fi: (series) => `${series} – ei tietoa`,
    sv: (series) => `${series} – ingen uppgift`,
    en: (series) => `${series} – no data`,
  },
  panelNoData: {
    fi: (axes) => `Ei tietoa: ${axes}`,
    sv: (axes) => `Ingen uppgift: ${axes}`,
    en: (axes) => `No data: ${axes}`,
  },
  multiplesNote: {
    fi: (reason, n) =>
      reason === 'series'
        ? `${n} sarjaa: oma kuvio kullekin, sama asteikko; tavoitteet numeroina.`
        : 'Kapea näkymä: tavoitteet numeroina.',
    sv: (reason, n) =>
      reason === 'series'
        ? `${n} serier: en figur per serie, samma skala; målen som nummer.`
        : 'Smal vy: målen som nummer.',
    en: (reason, n) =>
      reason === 'series'
        ? `${n} series: one radar each, same scale; goals as numbers.`
        : 'Narrow view: goals as numbers.',
  },
  keyFinding: { fi: keyFinding(WORDS.fi), sv: keyFinding(WORDS.sv), en: keyFinding(WORDS.en) },
});

/** The texts of this area in `locale` (Finnish for an unsupported value). */
export function rescueRadarMessages(locale: Locale): RescueRadarMessages {
  return RESCUE_RADAR_MESSAGES[resolveLocale(locale)];
}
