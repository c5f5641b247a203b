/**
 * Texts of the static outputs (files, slides): the source line, the title of one part of a split chart
 * and the does-not-fit message, in fi, sv and en.
 */
import type { Locale } from '@yhdyspinta/data';
import { formatNumber } from './format';

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
  | { readonly kind: 'text'; readonly px: number }
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

/** A chart scaled down to its size (fit 'shrink'), for the warning. */
export interface ScaledDownText {
  readonly chart: string;
  readonly preset?: string;
  readonly size: string;
  /** The scale in whole per cent, e.g. 87. */
  readonly percent: number;
  /** The smallest text after scaling, in px. */
  readonly smallest?: number;
}

export interface LabelsCutText {
  readonly chart: string;
  /** The chart's language (a deck draws each chart in several). */
  readonly locale: Locale;
  readonly preset?: string;
  readonly size: string;
  /** How many labels were cut. */
  readonly count: number;
}

export interface OutputMessages {
  /** "Lähde: …" */
  readonly source: (text: string) => string;
  /** The parts of a source line: "Kuntakysely 2024, … · n = 6/10 kuntaa". */
  readonly join: (parts: readonly string[]) => string;
  /** The municipal survey of a year, as the source of the goal bars, the radar and the coverage. */
  readonly surveySource: (year: string) => string;
  /** The §14 negotiation memos of a year, as the source of the theme heatmap. */
  readonly memoSource: (year: string) => string;
  /** The response base in the source line: "n = 6/10 kuntaa". */
  readonly base: (answered: number, total: number) => string;
  /** How many municipalities have a memo: "muistio 3/10 kunnalta". */
  readonly memoBase: (memos: number, total: number) => string;
  /** The title of one part of a split chart: "Otsikko (1/2)". */
  readonly partTitle: (title: string, part: number, of: number) => string;
  readonly doesNotFit: (text: DoesNotFitText) => string;
  /** RenderError 'empty-data': `needs` is the chart's (its about.ts) in the same language. */
  readonly nothingToDraw: (chart: string, needs: string) => string;
  /** RenderError 'invalid-data' (the chart's validation problems follow it, in English). */
  readonly invalidData: (chart: string) => string;
  /** The warning of a chart drawn with fit 'shrink' that was scaled down. */
  readonly scaledDown: (text: ScaledDownText) => string;
  /** Labels drawn cut with "…" to fit (the picture has no tooltip with their whole text). */
  readonly labelsCut: (text: LabelsCutText) => string;
}

const UNITS: Readonly<Record<Locale, Readonly<Record<OutputUnit, string>>>> = {
  fi: { rows: 'riviä', series: 'sarjaa', tiles: 'ruutua' },
  sv: { rows: 'rader', series: 'serier', tiles: 'rutor' },
  en: { rows: 'rows', series: 'series', tiles: 'tiles' },
};

/** The chart a labels-cut warning is of: '"goal-bars" (fi, slide-16x9)'. */
const cutChart = (t: LabelsCutText) =>
  `"${t.chart}" (${[t.locale, t.preset].filter((p) => p !== undefined).join(', ')})`;

const where = (t: { readonly preset?: string; readonly size: string }, unnamed: string) =>
  `${t.preset ?? unnamed} (${t.size})`;

/** A text size in px as the language writes it, one decimal at most: "12,5" in fi and sv. */
const px = (value: number, locale: Locale) => {
  const tenths = Math.round(value * 10) / 10;
  return formatNumber(tenths, locale, Number.isInteger(tenths) ? 0 : 1);
};

export const OUTPUT_MESSAGES: Readonly<Record<Locale, OutputMessages>> = {
  fi: {
    source: (text) => `Lähde: ${text}`,
    join: (parts) => parts.join(' · '),
    surveySource: (year) => `Kuntakysely ${year}, Länsi-Uudenmaan hyvinvointialue`,
    memoSource: (year) =>
      `§\u00a014 -neuvottelujen muistiot ${year}, Länsi-Uudenmaan hyvinvointialue`,
    base: (answered, total) => `n = ${answered}/${total} kuntaa`,
    memoBase: (memos, total) => `muistio ${memos}/${total} kunnalta`,
    partTitle: (title, part, of) => `${title} (${part}/${of})`,
    nothingToDraw: (chart, needs) =>
      `Kaavion "${chart}" datassa ei ole mitään piirrettävää: se tarvitsee ${needs}.`,
    invalidData: (chart) =>
      `Kaavion "${chart}" data ei kelpaa (kaavion omat tarkistukset, englanniksi):`,
    scaledDown: (t) =>
      `"${t.chart}" ei mahtunut kokoon ${where(t, 'annettu koko')}, joten se pienennettiin ${t.percent} %:iin${t.smallest === undefined ? '' : ` (pienin teksti ${px(t.smallest, 'fi')} px)`}. Suurempi koko, vähemmän kohteita tai osiin jakaminen välttää sen.`,
    labelsCut: (t) =>
      `${cutChart(t)}: ${t.count === 1 ? '1 nimiö lyhennettiin' : `${t.count} nimiötä lyhennettiin`} (…), jotta kaavio mahtuu kokoon ${t.size}. Suurempi koko tai vähemmän kohteita näyttää kaikki nimiöt kokonaan.`,
    doesNotFit: (t) => {
      const why =
        t.why.kind === 'height'
          ? `sen ${t.why.count} ${UNITS.fi[t.why.unit]} tarvitsevat ${t.why.px} px korkeutta`
          : t.why.kind === 'text'
            ? `sen pienin teksti olisi ${px(t.why.px, 'fi')} px`
            : `se tarvitsee ${t.why.px} px korkeutta`;
      const split = t.split
        ? ` Jaa se ${t.split.ranges.length} osaan (${UNITS.fi[t.split.unit]} ${t.split.ranges.join(', ')} / ${t.split.total}),`
        : ' Käytä vähemmän kohteita,';
      return `"${t.chart}" ei mahdu kokoon ${where(t, 'annettu koko')}, kun tekstin on oltava vähintään ${t.minText} px: ${why}.${split} valitse suurempi koko tai piirrä pienennettynä (fit "shrink", pienempi teksti).`;
    },
  },
  sv: {
    source: (text) => `Källa: ${text}`,
    join: (parts) => parts.join(' · '),
    surveySource: (year) => `Kommunenkäten ${year}, Västra Nylands välfärdsområde`,
    memoSource: (year) =>
      `Promemorior från §\u00a014-förhandlingarna ${year}, Västra Nylands välfärdsområde`,
    base: (answered, total) => `n = ${answered}/${total} kommuner`,
    memoBase: (memos, total) => `promemoria från ${memos}/${total} kommuner`,
    partTitle: (title, part, of) => `${title} (${part}/${of})`,
    nothingToDraw: (chart, needs) =>
      `Data för "${chart}" har ingenting att rita: diagrammet behöver ${needs}.`,
    invalidData: (chart) =>
      `Data för "${chart}" är ogiltiga (diagrammets egna kontroller, på engelska):`,
    scaledDown: (t) =>
      `"${t.chart}" rymdes inte i ${where(t, 'den givna storleken')} och förminskades till ${t.percent} %${t.smallest === undefined ? '' : ` (minsta text ${px(t.smallest, 'sv')} px)`}. En större storlek, färre punkter eller en uppdelning undviker det.`,
    labelsCut: (t) =>
      `${cutChart(t)}: ${t.count === 1 ? '1 etikett kortades' : `${t.count} etiketter kortades`} (…) för att diagrammet skulle rymmas i ${t.size}. En större storlek eller färre poster visar alla etiketter hela.`,
    doesNotFit: (t) => {
      const why =
        t.why.kind === 'height'
          ? `dess ${t.why.count} ${UNITS.sv[t.why.unit]} behöver ${t.why.px} px höjd`
          : t.why.kind === 'text'
            ? `dess minsta text skulle vara ${px(t.why.px, 'sv')} px`
            : `det behöver ${t.why.px} px höjd`;
      const split = t.split
        ? ` Dela det i ${t.split.ranges.length} delar (${UNITS.sv[t.split.unit]} ${t.split.ranges.join(', ')} av ${t.split.total}),`
        : ' Använd färre poster,';
      return `"${t.chart}" ryms inte i ${where(t, 'den givna storleken')} med text på minst ${t.minText} px: ${why}.${split} välj en större storlek eller rita förminskat (fit "shrink", mindre text).`;
    },
  },
  en: {
    source: (text) => `Source: ${text}`,
    join: (parts) => parts.join(' · '),
    surveySource: (year) => `Municipal survey ${year}, Western Uusimaa wellbeing services county`,
    memoSource: (year) =>
      `§\u00a014 negotiation memos ${year}, Western Uusimaa wellbeing services county`,
    base: (answered, total) => `n = ${answered}/${total} municipalities`,
    memoBase: (memos, total) => `memos from ${memos}/${total} municipalities`,
    partTitle: (title, part, of) => `${title} (${part}/${of})`,
    nothingToDraw: (chart, needs) =>
      `The data of "${chart}" has nothing to draw: it needs ${needs}.`,
    invalidData: (chart) => `The data of "${chart}" is invalid.`,
    scaledDown: (t) =>
      `"${t.chart}" did not fit ${where(t, 'the size')} and was scaled to ${t.percent} %${t.smallest === undefined ? '' : ` (smallest text ${px(t.smallest, 'en')} px)`}. A larger size, fewer items or a split avoids it.`,
    labelsCut: (t) =>
      `${cutChart(t)}: ${t.count === 1 ? '1 label was' : `${t.count} labels were`} cut (…) to fit the chart in ${t.size}. A larger size or fewer items shows every label whole.`,
    doesNotFit: (t) => {
      const why =
        t.why.kind === 'height'
          ? `its ${t.why.count} ${UNITS.en[t.why.unit]} need ${t.why.px} px of height`
          : t.why.kind === 'text'
            ? `its smallest text would be ${px(t.why.px, 'en')} px`
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
