/**
 * renderToSvg: a chart (by name, with optional data) or any chart element to a standalone SVG document,
 * on the server: react-dom/server's renderToStaticMarkup, no DOM, deterministic.
 */
import { localeFromTag } from '../locale/messages';
import { createElement, isValidElement } from 'react';
import type { ReactElement } from 'react';
import type { Locale } from '@yhdyspinta/data';
import { resolveTheme } from '../theme/resolveTheme';
import type { ThemeOverride } from '../theme/ChartTheme';
import { defaultTheme } from '../theme/themes';
import { isPresetName, PRESET_NAMES, PRESETS } from './presets';
import type { PresetName } from './presets';
import { chartDefinition } from '../catalogue';
import type { CommonChartProps } from '../common/ChartProps';
import type { ChartDataMap, ChartName, ChartOptionsMap } from '../catalogue';
import { staticMarkup } from './markup';
import { renderSource } from './defaultSource';
import { invalidData, nothingToDraw } from './dataError';
import { doesNotFit } from './doesNotFit';
import { withEmbeddedFont } from './embedFont';
import type { EmbeddedFonts } from './embedFont';
import { RenderError } from './RenderError';
import { toSvgDocument } from './svgDocument';
import type { SvgDocument, SvgDocumentOptions } from './svgDocument';
import { registerSwedishHyphenation } from '../text/hyphenationSv';
import { documentWarnings } from './warnings';

// Server output is complete in every locale: the Swedish hyphenation patterns, which the React entries
// load on demand, are here from the start.
registerSwedishHyphenation();

/**
 * A rendered chart document; `warnings` when it was scaled down (`fit: 'shrink'`) or drew labels cut
 * with "…" (a picture has no tooltip to show their whole text).
 */
export interface RenderedChart extends SvgDocument {
  /** In English. */
  readonly warnings?: readonly string[];
  /** The same warnings in each language, in the same order. */
  readonly localizedWarnings?: readonly Readonly<Record<Locale, string>>[];
}

/** A chart by name, with its data (default: the shipped data) and chart-specific props. */
export type ChartSpec = {
  readonly [N in ChartName]: {
    readonly chart: N;
    readonly data?: ChartDataMap[N];
    readonly props?: ChartOptionsMap[N];
  };
}[ChartName];

/** The chart props renderToSvg takes as they are (see CommonChartProps). */
type PassedChartProps = Pick<
  CommonChartProps,
  'height' | 'locale' | 'title' | 'hideTitle' | 'description' | 'illustrative'
>;

export interface RenderChartOptions extends PassedChartProps {
  /** Size and theme of a preset (see PRESETS). Without one: 800 px wide, natural height, defaultTheme. */
  readonly preset?: PresetName;
  /** Width in px (replaces the preset's; then the height is natural unless `height` is given). */
  readonly width?: number;
  /** Merged over the preset's theme (or defaultTheme). */
  readonly theme?: ThemeOverride;
  /** Start with the XML declaration (default true). */
  readonly xmlDeclaration?: boolean;
  /**
   * The source line under the chart, e.g. "Lähde: Kuntakysely 2024, Länsi-Uudenmaan hyvinvointialue ·
   * n = 6/10 kuntaa". Default: at slide and print presets, the shipped data's source (from the data's
   * sources and base); none for your own data (give it here) or at other sizes. false: none.
   */
  readonly source?: string | false;
  /**
   * Embed Noto Sans as @font-face data URLs, so pages and viewers without the font draw the text as
   * measured: `true` embeds a subset of the package's font files with only the glyphs the drawing uses
   * (Node; a few kB a weight), or pass the TrueType bytes (`subset: false` embeds them whole). CSS, which
   * office tools ignore; default false.
   */
  readonly embedFont?: boolean | EmbeddedFonts;
  /**
   * Put into every id in the file (React writes ids such as `_<prefix>R_1_`), so that two charts inlined
   * in one page do not share ids; default: one made from the drawing (see SvgDocumentOptions).
   */
  readonly idPrefix?: string;
  /**
   * What to do when the chart does not fit the fixed size with the theme's minimum text size:
   * 'error' (default) throws a RenderError 'does-not-fit' carrying the chart's split plan; 'shrink'
   * scales the drawing down to the size and says so in the document's `warnings`.
   */
  readonly fit?: 'error' | 'shrink';
}

/** Largest width or height accepted, in px. */
export const MAX_RENDER_SIZE = 10_000;

function checkSize(name: string, value: number | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isInteger(value) || value < 1 || value > MAX_RENDER_SIZE) {
    throw new RenderError(
      'invalid-size',
      `${name} must be a whole number of px from 1 to ${MAX_RENDER_SIZE}, got ${String(value)}.`,
    );
  }
  return value;
}

function renderChart(spec: ChartSpec, options: RenderChartOptions): RenderedChart {
  const definition = chartDefinition(spec.chart);
  if (options.preset !== undefined && !isPresetName(options.preset)) {
    throw new RenderError(
      'unknown-preset',
      `Unknown preset "${String(options.preset)}". Presets: ${PRESET_NAMES.join(', ')}.`,
    );
  }
  const locale = localeFromTag(options.locale ?? 'fi');
  if (locale === undefined) {
    throw new RenderError(
      'unsupported-locale',
      `Unsupported locale "${String(options.locale)}": use fi, sv or en (or a tag such as sv-FI).`,
    );
  }
  const preset = options.preset === undefined ? undefined : PRESETS[options.preset];
  const custom = options.width !== undefined || options.height !== undefined;
  const width = checkSize('width', options.width) ?? preset?.width ?? 800;
  const height =
    checkSize('height', options.height) ??
    (options.width === undefined ? preset?.height : undefined);

  if (spec.data !== undefined) {
    const validation = definition.validate(spec.data);
    if (!validation.ok) {
      throw validation.kind === 'empty'
        ? nothingToDraw(spec.chart, definition)
        : invalidData(spec.chart, validation.problems);
    }
  }
  const theme = resolveTheme(options.theme, preset?.theme ?? defaultTheme);
  const element = createElement(definition.Chart, {
    ...spec.props,
    data: spec.data,
    width,
    height,
    locale,
    theme,
    title: options.title,
    hideTitle: options.hideTitle,
    description: options.description,
    illustrative: options.illustrative,
    source: renderSource({
      chart: spec.chart,
      data: spec.data,
      props: spec.props,
      source: options.source,
      locale,
      fixedSize: height !== undefined && !custom,
    }),
    // A file is a picture: no focusable element, and no "use the arrow keys" in its description.
    interactive: false,
  });
  const shrink = options.fit === 'shrink';
  if (options.fit !== undefined && options.fit !== 'error' && !shrink) {
    throw new RenderError(
      'invalid-size',
      `fit must be "error" or "shrink", got "${String(options.fit)}".`,
    );
  }
  const document = toSvgDocument(staticMarkup(element, options.idPrefix), {
    physicalSize: custom ? undefined : preset?.physicalSize,
    xmlDeclaration: options.xmlDeclaration,
    // Only when asked: a fixed size (a slide, a page) is otherwise a promise the chart keeps or refuses.
    fit:
      height === undefined || !shrink
        ? undefined
        : { width, height, background: theme.colors.background },
  });
  const drawnHeight = height ?? document.height;
  const place = { preset: options.preset, size: `${width}×${drawnHeight} px` };
  const overflows =
    height !== undefined && (document.height > height || document.fit?.fits === false);
  const tooSmall =
    document.smallestText !== undefined && document.smallestText < theme.minFontSize - 1e-9;
  if (!shrink && (overflows || tooSmall))
    throw doesNotFit(
      {
        chart: spec.chart,
        preset: options.preset,
        width,
        height: drawnHeight,
        minText: theme.minFontSize,
      },
      document,
    );
  const drawn = options.embedFont
    ? { ...document, svg: withEmbeddedFont(document.svg, options.embedFont) }
    : document;
  const localized = documentWarnings(spec.chart, drawn, { ...place, locale });
  return localized.length === 0
    ? drawn
    : { ...drawn, warnings: localized.map((l) => l.en), localizedWarnings: localized };
}

/**
 * A standalone SVG document and its px size. `input`: a chart spec such as `{ chart: 'goal-bars' }` (with
 * RenderChartOptions), or a chart element rendered at a fixed width such as
 * `<GoalBarChart width={1920} height={1080} theme={slideTheme} />` (with SvgDocumentOptions).
 * With a fixed height (a preset's, or `height`) the document has exactly that size and no text under the
 * theme's minimum (`minFontSize`), or the render throws a RenderError 'does-not-fit' whose `plan` says how
 * to split the data; with `fit: 'shrink'` such a chart is scaled down to the size instead (`scale` and
 * `warnings` say by how much). Throws a RenderError for an unknown chart or preset, a bad size or locale,
 * or invalid data.
 */
export function renderToSvgDocument(
  element: ReactElement,
  options?: SvgDocumentOptions,
): SvgDocument;
export function renderToSvgDocument(spec: ChartSpec, options?: RenderChartOptions): RenderedChart;
export function renderToSvgDocument(
  input: ReactElement | ChartSpec,
  options: SvgDocumentOptions | RenderChartOptions = {},
): SvgDocument {
  if (isValidElement(input)) {
    const documentOptions = options as SvgDocumentOptions;
    return toSvgDocument(staticMarkup(input, documentOptions.idPrefix), documentOptions);
  }
  return renderChart(input, options as RenderChartOptions);
}

/**
 * The SVG file's text: XML declaration, root <svg> with xmlns, width, height and viewBox, <title> and
 * <desc> first, every text XML-escaped. Same inputs as renderToSvgDocument.
 */
export function renderToSvg(element: ReactElement, options?: SvgDocumentOptions): string;
export function renderToSvg(spec: ChartSpec, options?: RenderChartOptions): string;
export function renderToSvg(
  input: ReactElement | ChartSpec,
  options: SvgDocumentOptions | RenderChartOptions = {},
): string {
  return isValidElement(input)
    ? renderToSvgDocument(input, options as SvgDocumentOptions).svg
    : renderToSvgDocument(input, options as RenderChartOptions).svg;
}
