import type { Locale } from '@yhdyspinta/data';
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

interface Words {
  readonly and: string;
  readonly highest: string;
  readonly lowest: string;
  readonly neutral: (n: number, of: number, word: string) => string;
  readonly missing: (n: number) => string;
  readonly none: string;
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

const FI: Words = {
  and: 'ja',
  highest: 'Korkein keskiarvo',
  lowest: 'Matalin keskiarvo',
  neutral: (n, of, word) => `${n}/${of} arvoa on vähintään asteikon keskikohdassa 3 (${word})`,
  missing: (n) => `Ei tietoa: ${n} ${n === 1 ? 'tavoite' : 'tavoitetta'}`,
  none: 'ei tietoa yhdestäkään tavoitteesta',
};
const SV: Words = {
  and: 'och',
  highest: 'Högsta medelvärde',
  lowest: 'Lägsta medelvärde',
  neutral: (n, of, word) => `${n}/${of} värden ligger minst på skalans mittpunkt 3 (${word})`,
  missing: (n) => `Uppgift saknas: ${n} mål`,
  none: 'ingen uppgift för något mål',
};
const EN: Words = {
  and: 'and',
  highest: 'Highest mean',
  lowest: 'Lowest mean',
  neutral: (n, of, word) => `${n}/${of} values are at least the middle of the scale, 3 (${word})`,
  missing: (n) => `No data: ${n} ${n === 1 ? 'goal' : 'goals'}`,
  none: 'no data for any goal',
};

/** Texts of RescueRadar. */
export const RESCUE_RADAR_MESSAGES: Readonly<Record<Locale, RescueRadarMessages>> = {
  fi: {
    previous: {
      round: 'edellinen kierros',
      note: (round) => `Ohut katkoviiva: ${round}`,
      change: 'Muutos',
      column: (series, field) => `${series}: ${field}`,
      name: (round, previous, change) =>
        `; ${round} ${previous}${change === null ? '' : `, muutos ${change}`}`,
      finding: ({ round, rose, fell, same }) =>
        `Muutos edellisestä kierroksesta${round ? ` (${round})` : ''}: nousi ${rose}, laski ${fell}, ` +
        `ennallaan ${same} tavoitteella.`,
    },
    title: 'Pelastustoimen yhteistyötavoitteiden toteutuminen',
    barsTitle: (title) => `${title} – samat luvut pylväinä`,
    meanSeries: 'Kuntien vastausten keskiarvo',
    seriesField: 'Sarja',
    axisColumn: 'Tavoite',
    seriesPoints: (series) => `${series}: arvot tavoitteittain`,
    scaleKey: (levels) => `Asteikko: ${levels}`,
    noData: 'ei tietoa',
    axisNoData: (series) => (series.length > 0 ? `ei tietoa: ${series.join(', ')}` : 'ei tietoa'),
    seriesNoData: (series) => `${series} – ei tietoa`,
    panelNoData: (axes) => `Ei tietoa: ${axes}`,
    multiplesNote: (reason, n) =>
      reason === 'series'
        ? `${n} sarjaa: oma kuvio kullekin, sama asteikko; tavoitteet numeroina.`
        : 'Kapea näkymä: tavoitteet numeroina.',
    keyFinding: ({ count, base, series, neutralWord }) =>
      `${count} tavoitetta asteikolla 1–5${base ? ` (${base})` : ''}` +
      `${series.length > 1 ? `, ${series.length} sarjaa` : ''}. ` +
      series.map((s) => seriesSentences(s, FI, neutralWord)).join(' '),
  },
  sv: {
    previous: {
      round: 'föregående omgång',
      note: (round) => `Tunn streckad linje: ${round}`,
      change: 'Förändring',
      column: (series, field) => `${series}: ${field}`,
      name: (round, previous, change) =>
        `; ${round} ${previous}${change === null ? '' : `, förändring ${change}`}`,
      finding: ({ round, rose, fell, same }) =>
        `Förändring från föregående omgång${round ? ` (${round})` : ''}: steg för ${rose}, ` +
        `sjönk för ${fell}, oförändrat för ${same} mål.`,
    },
    title: 'Hur räddningsväsendets samarbetsmål har uppnåtts',
    barsTitle: (title) => `${title} – samma siffror som staplar`,
    meanSeries: 'Medelvärde av kommunernas svar',
    seriesField: 'Serie',
    axisColumn: 'Mål',
    seriesPoints: (series) => `${series}: värden per mål`,
    scaleKey: (levels) => `Skala: ${levels}`,
    noData: 'ingen uppgift',
    axisNoData: (series) =>
      series.length > 0 ? `ingen uppgift: ${series.join(', ')}` : 'ingen uppgift',
    seriesNoData: (series) => `${series} – ingen uppgift`,
    panelNoData: (axes) => `Ingen uppgift: ${axes}`,
    multiplesNote: (reason, n) =>
      reason === 'series'
        ? `${n} serier: en figur per serie, samma skala; målen som nummer.`
        : 'Smal vy: målen som nummer.',
    keyFinding: ({ count, base, series, neutralWord }) =>
      `${count} mål på skalan 1–5${base ? ` (${base})` : ''}` +
      `${series.length > 1 ? `, ${series.length} serier` : ''}. ` +
      series.map((s) => seriesSentences(s, SV, neutralWord)).join(' '),
  },
  en: {
    previous: {
      round: 'previous round',
      note: (round) => `Thin dashed line: ${round}`,
      change: 'Change',
      column: (series, field) => `${series}: ${field}`,
      name: (round, previous, change) =>
        `; ${round} ${previous}${change === null ? '' : `, change ${change}`}`,
      finding: ({ round, rose, fell, same }) =>
        `Change from the previous round${round ? ` (${round})` : ''}: rose for ${rose}, fell for ` +
        `${fell}, unchanged for ${same} ${same === 1 ? 'goal' : 'goals'}.`,
    },
    title: "Progress on the rescue service's cooperation goals",
    barsTitle: (title) => `${title} – the same numbers as bars`,
    meanSeries: "Mean of the municipalities' answers",
    seriesField: 'Series',
    axisColumn: 'Goal',
    seriesPoints: (series) => `${series}: values by goal`,
    scaleKey: (levels) => `Scale: ${levels}`,
    noData: 'no data',
    axisNoData: (series) => (series.length > 0 ? `no data: ${series.join(', ')}` : 'no data'),
    seriesNoData: (series) => `${series} – no data`,
    panelNoData: (axes) => `No data: ${axes}`,
    multiplesNote: (reason, n) =>
      reason === 'series'
        ? `${n} series: one radar each, same scale; goals as numbers.`
        : 'Narrow view: goals as numbers.',
    keyFinding: ({ count, base, series, neutralWord }) =>
      `${count} goals on a scale of 1–5${base ? ` (${base})` : ''}` +
      `${series.length > 1 ? `, ${series.length} series` : ''}. ` +
      series.map((s) => seriesSentences(s, EN, neutralWord)).join(' '),
  },
};

/** The texts of this area in `locale` (Finnish for an unsupported value). */
export function rescueRadarMessages(locale: Locale): RescueRadarMessages {
  return RESCUE_RADAR_MESSAGES[resolveLocale(locale)];
}
