/**
 * Texts of the static outputs (files, slides): the source line, the title of one part of a split chart
 * and the does-not-fit message, in fi, sv and en.
 */
import type { Locale } from '@yhdyspinta/data';

/** What a chart is split by when it does not fit (FitUnit in layout/fitReport.ts). */
export type OutputUnit = 'rows' | 'series' | 'tiles';

/** Why a chart does not fit a size, for the message. */
export type NotFitting =
  | {
      readonly kind: 'height';
      readonly count: number;
      readonly unit: OutputUnit;
      readonly px: number;
    }
  | { readonly kind: 'text'; readonly px: string }
  | { readonly kind: 'natural'; readonly px: number };

export interface DoesNotFitText {
  readonly chart: string;
  /** The preset's name (or undefined for a size given in px) and the size. */
  readonly preset?: string;
  readonly size: string;
  readonly minText: number;
  readonly why: NotFitting;
  /** The split plan: parts and their unit ranges ("1–12"), when the chart gave one. */
  readonly split?: {
    readonly unit: OutputUnit;
    readonly ranges: readonly string[];
    readonly total: number;
  };
}

export interface OutputMessages {
  /** "Lähde: …" */
  readonly source: (text: string) => string;
  /** The 2024 municipal survey, as the source of the goal bars, the radar and the coverage. */
  readonly surveySource: string;
  /** The 2025 §14 negotiation memos, as the source of the theme heatmap. */
  readonly memoSource: string;
  /** The response base in the source line: "n = 6/10 kuntaa". */
  readonly base: (answered: number, total: number) => string;
  /** The title of one part of a split chart: "Otsikko (1/2)". */
  readonly partTitle: (title: string, part: number, of: number) => string;
  readonly doesNotFit: (text: DoesNotFitText) => string;
}

const UNITS: Readonly<Record<Locale, Readonly<Record<OutputUnit, string>>>> = {
  fi: { rows: 'riviä', series: 'sarjaa', tiles: 'ruutua' },
  sv: { rows: 'rader', series: 'serier', tiles: 'rutor' },
  en: { rows: 'rows', series: 'series', tiles: 'tiles' },
};

const where = (t: DoesNotFitText, unnamed: string) => `${t.preset ?? unnamed} (${t.size})`;

export const OUTPUT_MESSAGES: Readonly<Record<Locale, OutputMessages>> = {
  fi: {
    source: (text) => `Lähde: ${text}`,
    surveySource: 'Kuntakysely 2024, Länsi-Uudenmaan hyvinvointialue',
    memoSource: '§ 14 -neuvottelumuistiot 2025, Länsi-Uudenmaan hyvinvointialue',
    base: (answered, total) => `n = ${answered}/${total} kuntaa`,
    partTitle: (title, part, of) => `${title} (${part}/${of})`,
    doesNotFit: (t) => {
      const why =
        t.why.kind === 'height'
          ? `sen ${t.why.count} ${UNITS.fi[t.why.unit]} tarvitsevat ${t.why.px} px korkeutta`
          : t.why.kind === 'text'
            ? `sen pienin teksti olisi ${t.why.px} px`
            : `se tarvitsee ${t.why.px} px korkeutta`;
      const split = t.split
        ? ` Jaa se ${t.split.ranges.length} osaan (${UNITS.fi[t.split.unit]} ${t.split.ranges.join(', ')} / ${t.split.total}),`
        : ' Käytä vähemmän kohteita,';
      return `"${t.chart}" ei mahdu kokoon ${where(t, 'annettu koko')}, kun tekstin on oltava vähintään ${t.minText} px: ${why}.${split} valitse suurempi koko tai piirrä pienennettynä (fit "shrink", pienempi teksti).`;
    },
  },
  sv: {
    source: (text) => `Källa: ${text}`,
    surveySource: 'Kommunenkäten 2024, Västra Nylands välfärdsområde',
    memoSource: '§ 14-förhandlingspromemorior 2025, Västra Nylands välfärdsområde',
    base: (answered, total) => `n = ${answered}/${total} kommuner`,
    partTitle: (title, part, of) => `${title} (${part}/${of})`,
    doesNotFit: (t) => {
      const why =
        t.why.kind === 'height'
          ? `dess ${t.why.count} ${UNITS.sv[t.why.unit]} behöver ${t.why.px} px höjd`
          : t.why.kind === 'text'
            ? `dess minsta text skulle vara ${t.why.px} px`
            : `det behöver ${t.why.px} px höjd`;
      const split = t.split
        ? ` Dela det i ${t.split.ranges.length} delar (${UNITS.sv[t.split.unit]} ${t.split.ranges.join(', ')} av ${t.split.total}),`
        : ' Använd färre poster,';
      return `"${t.chart}" ryms inte i ${where(t, 'den givna storleken')} med text på minst ${t.minText} px: ${why}.${split} välj en större storlek eller rita förminskat (fit "shrink", mindre text).`;
    },
  },
  en: {
    source: (text) => `Source: ${text}`,
    surveySource: 'Municipal survey 2024, Western Uusimaa wellbeing services county',
    memoSource: '§ 14 negotiation memos 2025, Western Uusimaa wellbeing services county',
    base: (answered, total) => `n = ${answered}/${total} municipalities`,
    partTitle: (title, part, of) => `${title} (${part}/${of})`,
    doesNotFit: (t) => {
      const why =
        t.why.kind === 'height'
          ? `its ${t.why.count} ${UNITS.en[t.why.unit]} need ${t.why.px} px of height`
          : t.why.kind === 'text'
            ? `its smallest text would be ${t.why.px} px`
            : `it needs ${t.why.px} px of height`;
      const split = t.split
        ? ` Split it into ${t.split.ranges.length} parts (${UNITS.en[t.split.unit]} ${t.split.ranges.join(', ')} of ${t.split.total}),`
        : ' Use fewer items,';
      return `"${t.chart}" does not fit ${where(t, 'the size')} with text of at least ${t.minText} px: ${why}.${split} choose a larger size, or render with fit "shrink" (smaller text).`;
    },
  },
};

export function outputMessages(locale: Locale): OutputMessages {
  return OUTPUT_MESSAGES[locale];
}
