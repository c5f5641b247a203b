/**
 * renderToSvgParts: honest splitting. A chart that does not fit a fixed size (a slide, a page) with the
 * theme's minimum text size is drawn as several whole charts, each on one page of the chart's split plan
 * (GoalBarChart by rows within sections, ThemeHeatmap by blocks of rows, RescueRadar's small multiples by
 * series), with "(1/2)" in the title and its axis, legend and header repeated; never scaled down.
 */
import type { ChartPart, SplitInput } from '../chart/ChartDefinition';
import { chartDefinition } from '../catalogue';
import { localeFromTag } from '../locale/messages';
import { outputMessages } from '../locale/output';
import { resolveTheme } from '../theme/resolveTheme';
import { defaultTheme } from '../theme/themes';
import { isSurveyData, markSurveyData } from '../chart/surveyData';
import { layoutSourceLine } from '../chart/sourceLine';
import { renderSource } from './defaultSource';
import { drawingOf } from './doesNotFit';
import { unescapeXml } from './escape';
import { PRESETS } from './presets';
import { RenderError } from './RenderError';
import { renderToSvgDocument } from './renderToSvg';
import { labelsCutWarning } from './warnings';
import type { ChartSpec, RenderChartOptions, RenderedChart } from './renderToSvg';

/** One part of a chart as its own SVG document. */
export interface SvgPart {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
  /** 1-based number of the part. */
  readonly part: number;
  /** How many parts the chart has (1 when it fits). */
  readonly of: number;
  /** The part's title as drawn ("Otsikko (1/2)"; the chart's own title when it is one part). */
  readonly title: string;
}

export interface RenderedParts {
  readonly parts: readonly SvgPart[];
  /** When the chart was scaled down (`fit: 'shrink'`) or labels were cut with "…" (in English). */
  readonly warnings?: readonly string[];
  /** The same warnings in each language. */
  readonly localizedWarnings?: RenderedChart['localizedWarnings'];
}

/** How often a part that still does not fit is split again. */
const MAX_DEPTH = 3;

type AnyPart = ChartPart<unknown, object>;
type AnyInput = SplitInput<unknown, object>;

function titleOf(svg: string): string {
  const match = /<title>([^<]*)<\/title>/.exec(svg);
  return unescapeXml(match?.[1] ?? '');
}

function toPart(document: RenderedChart, part: number, of: number): SvgPart {
  const { svg, width, height } = document;
  return { svg, width, height, part, of, title: titleOf(svg) };
}

const isDoesNotFit = (error: unknown): error is RenderError =>
  error instanceof RenderError && error.code === 'does-not-fit';

/**
 * The chart as one or more SVG documents. When it fits (or with `fit: 'shrink'`): one part, the same
 * document as renderToSvgDocument. When it does not fit a fixed size: one part per page of the chart's
 * split plan, each a whole chart of a subset of the data at the same size, none of them under the minimum
 * text size (a part that still does not fit is split again). Throws the RenderError 'does-not-fit' when
 * the chart gave no plan (not even one unit fits, or the chart cannot be split), and every other
 * RenderError of renderToSvgDocument.
 */
export function renderToSvgParts(spec: ChartSpec, options: RenderChartOptions = {}): RenderedParts {
  let whole: RenderedChart;
  try {
    whole = renderToSvgDocument(spec, options);
  } catch (error) {
    if (!isDoesNotFit(error)) throw error;
    return splitParts(spec, options, error);
  }
  const { warnings, localizedWarnings } = whole;
  return { parts: [toPart(whole, 1, 1)], ...(warnings ? { warnings, localizedWarnings } : {}) };
}

/**
 * The does-not-fit error of the whole drawn with `title` shown, as its parts show it: a chart without a
 * title of its own (only an accessible name) gets one on its parts, and the plan must leave it room.
 * The first error when the titled whole has no plan (its message is the one the caller sees).
 */
function titledError(
  spec: ChartSpec,
  options: RenderChartOptions,
  error: RenderError,
  title: string,
): RenderError {
  if (options.title !== undefined) return error;
  try {
    renderToSvgDocument(spec, { ...options, title });
  } catch (again) {
    if (isDoesNotFit(again) && (again.plan?.pages.length ?? 0) > 1) return again;
  }
  return error;
}

function splitParts(
  spec: ChartSpec,
  options: RenderChartOptions,
  first: RenderError,
): RenderedParts {
  const definition = chartDefinition(spec.chart);
  const drawn = drawingOf(first);
  const title = options.title ?? titleOf(drawn?.svg ?? '');
  const error = titledError(spec, options, first, title);
  const { plan } = error;
  const preset = options.preset === undefined ? undefined : PRESETS[options.preset];
  const height = options.height ?? (options.width === undefined ? preset?.height : undefined);
  const locale = localeFromTag(options.locale ?? 'fi') ?? 'fi';
  const props = (spec.props ?? {}) as object;
  const data = spec.data ?? definition.shippedData?.(locale, props);
  const split = definition.split;
  if (!split || !plan || plan.pages.length < 2 || !drawn || height === undefined || !data)
    throw error;
  const messages = outputMessages(locale);
  // Every part has the whole's source line, and is the survey's data when the whole is.
  const source = renderSource({
    chart: spec.chart,
    data: spec.data,
    props: spec.props,
    source: options.source,
    locale,
    fixedSize:
      preset?.height !== undefined && options.width === undefined && options.height === undefined,
  });
  const survey = isSurveyData(data);
  const draw = (part: AnyPart, partTitle: string) =>
    renderToSvgDocument(
      {
        chart: spec.chart,
        data: survey ? markSurveyData(part.data) : part.data,
        props: part.props,
      } as ChartSpec,
      { ...options, title: partTitle, source: source ?? false },
    );

  /** The parts of `input`, each with its document when it was drawn with its final title. */
  const partsOf = (input: AnyInput, depth: number): { part: AnyPart; doc?: RenderedChart }[] => {
    const parts = split(input);
    return parts.flatMap((part, i) => {
      try {
        return [{ part, doc: draw(part, messages.partTitle(title, i + 1, parts.length)) }];
      } catch (partError) {
        const again = isDoesNotFit(partError) ? partError.plan : undefined;
        if (!again || again.pages.length < 2 || depth >= MAX_DEPTH) throw partError;
        return partsOf(
          { ...input, data: part.data, props: part.props, plan: again },
          depth + 1,
        ).map(({ part: piece }) => ({ part: piece }));
      }
    });
  };
  const width = options.width ?? preset?.width ?? 800;
  const theme = resolveTheme(options.theme, preset?.theme ?? defaultTheme);
  // The room the whole was laid out in (its plan's): the size less its source line, its title hidden
  // or not. Laid out in other room, a heatmap could turn the other way and the plan's rows not be its.
  const chartHeight = height - (layoutSourceLine(source, width, theme, locale)?.height ?? 0);
  const hideTitle = options.hideTitle;
  const input: AnyInput = {
    data,
    props,
    width,
    height: chartHeight,
    locale,
    theme,
    title,
    hideTitle,
    plan,
  };
  const found = partsOf(input, 0);
  const of = found.length;
  // Drawn again only when a part was split further (the numbers in the titles changed).
  const resplit = found.some(({ doc }) => doc === undefined);
  const docs = found.map(({ part, doc }, i) =>
    !resplit && doc ? doc : draw(part, messages.partTitle(title, i + 1, of)),
  );
  const parts = docs.map((doc, i) => toPart(doc, i + 1, of));
  // The parts' cut labels, said once for the chart.
  const cut = docs.reduce((n, doc) => n + (doc.truncatedCount ?? 0), 0);
  if (cut === 0) return { parts };
  const size = `${width}×${height} px`;
  const warning = labelsCutWarning(spec.chart, { preset: options.preset, size, locale }, cut);
  return { parts, warnings: [warning.en], localizedWarnings: [warning] };
}
