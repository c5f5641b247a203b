/**
 * One chart as slide content: its picture (the chart's SVG without its title, at the frame's chart box),
 * the slide title, the alt text (the chart's generated description), the speaker notes' table, the base
 * and the source line, and the native chart's data where PowerPoint has the type.
 */
import { formatBase } from '@yhdyspinta/charts';
import { renderToSvgParts, shippedSource, unescapeXml } from '@yhdyspinta/charts/static';
import type { ChartName, ChartSpec, TextByLocale } from '@yhdyspinta/charts/static';
import { everyLocale } from '@yhdyspinta/data';
import type { Locale, RawResponse } from '@yhdyspinta/data';
import { ownDataProps } from '../ownData';
import { CliError } from '../errors';
import { RUN_TEXTS } from '../text/runTexts';
import { chartBase, chartData } from './chartData';
import type { NamedChartData } from './chartData';
import { chartPixels, slideFrame } from './frame';
import type { PagePreset, SlideFrame } from './frame';
import { HIGH_CONTRAST } from './highContrast';
import { slideMessages } from './messages';
import { nativeChart } from './native';
import type { NativeChart } from './native';
import { descriptionFromSvg, tableFromSvg } from './table';
import type { SlideTable } from './table';
import type { DrawSettings } from '../drawSettings';

export interface SlideRequest extends Partial<DrawSettings> {
  readonly chart: ChartName;
  readonly locale: Locale;
  readonly preset: PagePreset;
  /** Replaces the chart's title. */
  readonly title?: string;
  /** Replaces the source line. */
  readonly source?: string;
  /** The user's data: its responses and the file's name (for the default source line). */
  readonly data?: { readonly responses: readonly RawResponse[]; readonly file: string };
  /** The chart's own data (its data type), drawn as given; checked by the chart's validation. */
  readonly chartData?: unknown;
  /** The file `chartData` was made from (an export read with definitions, or a chart-data file), named
   * in the default source line. */
  readonly chartDataFile?: string;
}

export interface ChartSlide {
  readonly chart: ChartName;
  readonly locale: Locale;
  readonly frame: SlideFrame;
  readonly title: string;
  /** The chart's generated description (alt text of the chart and its picture). */
  readonly altText: string;
  /** The chart's SVG without its title, `width` × `height` layout px (the frame's chart box). */
  readonly svg: string;
  readonly width: number;
  readonly height: number;
  readonly table?: SlideTable;
  /** "n = 6/10 kuntaa", where the data has a base. */
  readonly base?: string;
  /** The footer's source line, e.g. "Lähde: Kuntakysely 2024, … · n = 6/10 kuntaa". */
  readonly source: string;
  readonly native?: NativeChart;
  /** Which part of a split chart this is ({ part: 1, of: 1 } when it fits one slide). */
  readonly part: { readonly part: number; readonly of: number };
  /** Warnings of the render (scaled down with fit 'shrink', split), each in every language. */
  readonly warnings: readonly TextByLocale[];
}

function titleFromSvg(svg: string): string {
  const title = /<title\b[^>]*>([\s\S]*?)<\/title>/.exec(svg)?.[1];
  return title === undefined ? '' : unescapeXml(title).trim();
}

/** A data file's source line with the chart's base when it has one: "Lähde: vastaukset.csv · n = 7/10 kuntaa". */
export function fileSource(file: string, base: string | undefined, locale: Locale): string {
  const line = slideMessages(locale).fileSource(file);
  return base === undefined ? line : `${line} · ${base}`;
}

/** The base of the chart's (valid) data as the locale writes it ("n = 6/10 kuntaa"), if it has one. */
export function baseText(drawn: NamedChartData, locale: Locale): string | undefined {
  const counts = chartBase(drawn);
  return counts === undefined ? undefined : formatBase(counts.answered, counts.total, locale);
}

/**
 * The source line: the caller's; for a data file its name and the base; else the shipped data's line as
 * every static output draws it ("Lähde: Kuntakysely 2024, … · n = 6/10 kuntaa").
 */
function sourceLine(
  request: SlideRequest,
  drawn: NamedChartData,
  base: string | undefined,
): string {
  if (request.source !== undefined) return request.source;
  const fromFile = request.data?.file ?? request.chartDataFile;
  if (fromFile !== undefined) return fileSource(fromFile, base, request.locale);
  if (request.chartData !== undefined) {
    throw new CliError(RUN_TEXTS[request.locale].needsSource(request.chart));
  }
  return shippedSource(request.chart, drawn.data, request.locale);
}

/**
 * The slides of one chart: one, or one per part when the chart does not fit its box with the theme's
 * minimum text size and splits (renderToSvgParts: "(1/2)" in the title, axis and legend repeated).
 * Throws RenderError 'does-not-fit' when it cannot be split, unless `fit` is 'shrink' (scaled down, with
 * a warning).
 */
export function buildChartSlides(request: SlideRequest): ChartSlide[] {
  const frame = slideFrame(request.preset, request.locale);
  const size = chartPixels(frame);
  const given = request.chartData !== undefined;
  const named = given
    ? undefined
    : chartData(request.chart, request.locale, request.data?.responses);
  const data = given ? request.chartData : request.data === undefined ? undefined : named?.data;
  const spec = {
    chart: request.chart,
    data,
    props: ownDataProps(request.chart, data !== undefined),
  } as ChartSpec;
  const rendered = renderToSvgParts(spec, {
    preset: request.preset,
    locale: request.locale,
    title: request.title,
    hideTitle: true,
    // The slide's own footer carries the source line (beside native charts too).
    source: false,
    width: size.width,
    height: size.height,
    theme: request.highContrast ? HIGH_CONTRAST : undefined,
    fit: request.fit,
  });
  // Drawn: the data is valid for its chart.
  const drawn = named ?? ({ chart: request.chart, data: request.chartData } as NamedChartData);
  const base = baseText(drawn, request.locale);
  const source = sourceLine(request, drawn, base);
  const { parts } = rendered;
  // A split chart is drawn part by part as pictures: a native chart of the whole would not be a part.
  const native = parts.length === 1 ? nativeChart(drawn, request.locale) : undefined;
  const warnings = [...(rendered.localizedWarnings ?? [])];
  if (parts.length > 1) {
    const where = `${request.locale}, ${request.preset}`;
    const pictures = nativeChart(drawn, request.locale) !== undefined;
    warnings.push(
      everyLocale((l) => RUN_TEXTS[l].splitInto(request.chart, where, parts.length, pictures)),
    );
  }
  return parts.map((part, i) => ({
    chart: request.chart,
    locale: request.locale,
    frame,
    title: part.title || titleFromSvg(part.svg),
    altText: descriptionFromSvg(part.svg),
    svg: part.svg,
    width: part.width,
    height: part.height,
    table: tableFromSvg(part.svg),
    base,
    source,
    native,
    part: { part: part.part, of: part.of },
    warnings: i === 0 ? warnings : [],
  }));
}
