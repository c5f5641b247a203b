import type { Locale, RawResponse } from '@yhdyspinta/data';
import type { ComponentType } from 'react';
import type { CommonChartProps } from '../common/ChartProps';
import type { Validation } from '../common/validation';
import type { Messages } from '../locale/messageTypes';
import { markSurveyData } from './surveyData';
import type { FitReport } from '../layout/fitReport';
import type { ChartTheme } from '../theme/ChartTheme';

/** The props a chart is drawn with by static/, elements/ and the CLI: data optional (shipped default). */
export type StaticChartProps<D, P> = CommonChartProps & { readonly data?: D } & P;

/** A chart's default titles: of its shipped data, and of data from survey responses if different. */
export interface ChartTitles {
  readonly shipped: (messages: Messages) => string;
  readonly responses?: (messages: Messages) => string;
}

/** A text in each language. */
export type TextByLocale = Readonly<Record<Locale, string>>;

/**
 * What the CLI's help says of a chart, and what its data needs to draw anything (the "nothing to draw"
 * error), in each language: its folder's about.ts.
 */
export interface ChartAbout {
  /** One line for `--help` and `list`. */
  readonly description: TextByLocale;
  readonly needs: TextByLocale;
}

/** What a chart's `split` gets: the data and options that did not fit, how they were drawn, the plan. */
export interface SplitInput<D, P> {
  readonly data: D;
  readonly props: Partial<P>;
  readonly width: number;
  /** The chart's own height: the size's, less the source line drawn under it. */
  readonly height: number;
  readonly locale: Locale;
  readonly theme: ChartTheme;
  /** The whole chart's title as drawn. */
  readonly title: string;
  /** The whole was drawn without its title (a slide's title is the slide's): so is every part. */
  readonly hideTitle?: boolean;
  /** The chart's report (does not fit, with pages of units in drawing order). */
  readonly plan: FitReport;
}

/** One part of a split: a whole chart of a subset of the data (and the options to draw it with). */
export interface ChartPart<D, P> {
  readonly data: D;
  readonly props: Partial<P>;
}

/**
 * Everything a chart needs to exist in every output (main entry, static SVG, custom element, CLI,
 * stories, test matrices), declared once in its folder's `definition.ts` and listed in `catalogue.ts`.
 * `D` is the chart's data, `P` its own options (props beyond the common ones and `data`).
 */
export interface ChartDefinition<Id extends string, D, P> extends ChartAbout {
  /** The chart's one id: the CLI's chart name and the custom element's tag `yhdyspinta-<id>`. */
  readonly id: Id;
  /** The main entry's component: the chart with the shipped data as its default (named as exported). */
  readonly Chart: ComponentType<StaticChartProps<D, P>>;
  /** The chart's own validation, run before drawing so a bad input fails instead of drawing a state. */
  readonly validate: (data: unknown) => Validation<D>;
  /**
   * The chart's data from raw survey responses (parseResponsesCsv / parseResponsesJson), or a string
   * saying why this chart cannot be drawn from them (English).
   */
  readonly fromResponses: ((responses: readonly RawResponse[], locale: Locale) => D) | string;
  /** Its default titles (the custom element's loading and error states show them). */
  readonly titles: ChartTitles;
  /** The data the main entry's chart draws without `data` (the static renderer splits it). */
  readonly shippedData?: (locale: Locale, props: Partial<P>) => D;
  /**
   * The parts of a chart that does not fit a fixed size, one per page of `plan` (in order): each a whole
   * chart on a subset of the data, drawn with the same scales, colours and order as the whole.
   */
  readonly split?: (input: SplitInput<D, P>) => readonly ChartPart<D, P>[];
}

/**
 * A chart's adapter from raw survey responses (parseResponsesCsv / parseResponsesJson) as its folder's
 * shipped/fromResponses.ts exports it: every chart's takes the same options first (`locale`).
 */
export type ResponsesAdapter<D> = (
  responses: readonly RawResponse[],
  options: { readonly locale: Locale },
) => D;

/** A chart's definition as its definition.ts declares it: the adapter from responses as exported. */
export type ChartEntry<Id extends string, D, P> = Omit<
  ChartDefinition<Id, D, P>,
  'fromResponses'
> & {
  readonly fromResponses: ResponsesAdapter<D> | string;
};

/** A chart's definition with its data and options types erased, for code that handles any chart. */
export type AnyChartDefinition = ChartDefinition<string, unknown, object>;

/**
 * Declares a chart's definition, its types read from it (the id keeps its literal type for the catalogue;
 * the data is what `validate` accepts, the options are the component's). Data its `fromResponses` builds
 * is marked as the survey's, so it is drawn with the survey's texts by default.
 */
export function defineChartEntry<Id extends string, D, C extends (props: never) => unknown>(
  entry: ChartEntry<Id, D, OptionsOf<C>> & { readonly Chart: C },
): ChartDefinition<Id, D, OptionsOf<C>> {
  const { fromResponses } = entry;
  if (typeof fromResponses === 'string') return { ...entry, fromResponses };
  return {
    ...entry,
    fromResponses: (responses, locale) => markSurveyData(fromResponses(responses, { locale })),
  };
}

/** A component's own options: its props beyond the common ones and `data`. */
export type OptionsOf<C extends (props: never) => unknown> = Omit<
  Parameters<C>[0],
  keyof CommonChartProps | 'data'
>;
