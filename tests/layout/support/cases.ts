/**
 * The layout checker's cases: every chart × fixture (the INVENTED stress fixtures and the shipped data)
 * × size (widths 320, 768, 1280 at natural height; the four presets) × locale, and how one is rendered:
 * renderToSvgDocument as a user would call it; a 'does-not-fit' RenderError is recorded with its split
 * plan and the chart is drawn as its parts (renderToSvgParts, as the CLI's slides do), each measured; only
 * a chart without a plan (not even one unit fits) is rendered again with fit 'shrink' to have a picture.
 */
import { defaultTheme } from '@yhdyspinta/charts';
import {
  CHART_NAMES,
  PRESETS,
  RenderError,
  renderToSvgDocument,
  renderToSvgParts,
} from '@yhdyspinta/charts/static';
import type {
  ChartName,
  ChartSpec,
  PresetName,
  RenderChartOptions,
} from '@yhdyspinta/charts/static';
import { stressFixtures } from '../../fixtures/stress';
import type { StressLocale } from '../../fixtures/stress';
import type { Minimums } from './checks';
import { caseTexts, shippedData } from './items';
import type { CaseTexts } from './items';

export const WIDTHS = [320, 768, 1280] as const;
export const SWEEP_PRESETS: readonly PresetName[] = [
  'slide-16x9',
  'slide-4x3',
  'a4-landscape',
  'intranet-card',
];
export const LOCALES: readonly StressLocale[] = ['fi', 'sv'];

/** A width (natural height, default theme) or a preset. */
export type CaseSize = { readonly width: number } | { readonly preset: PresetName };

export interface LayoutCase {
  /** e.g. "goal-bars/goals-40/slide-16x9/sv". */
  readonly id: string;
  readonly chart: ChartName;
  /** The fixture's name, or 'shipped'. */
  readonly fixture: string;
  readonly size: CaseSize;
  readonly locale: StressLocale;
  /** undefined: the shipped data. */
  readonly data?: unknown;
  readonly props?: Readonly<Record<string, unknown>>;
}

export const sizeName = (size: CaseSize) => ('preset' in size ? size.preset : `w${size.width}`);

export function makeCase(
  chart: ChartName,
  fixture: string,
  size: CaseSize,
  locale: StressLocale,
  data?: unknown,
  props?: Readonly<Record<string, unknown>>,
): LayoutCase {
  const id = `${chart}/${fixture}/${sizeName(size)}/${locale}`;
  return { id, chart, fixture, size, locale, data, props };
}

/** The full sweep, chart by chart (shipped data first). */
export function sweepCases(): LayoutCase[] {
  const sizes: CaseSize[] = [
    ...WIDTHS.map((width) => ({ width })),
    ...SWEEP_PRESETS.map((preset) => ({ preset })),
  ];
  const cases: LayoutCase[] = [];
  for (const chart of CHART_NAMES) {
    for (const locale of LOCALES) {
      const fixtures = [
        { name: 'shipped', data: undefined, props: undefined },
        ...stressFixtures(locale).filter((f) => f.chart === chart),
      ];
      for (const f of fixtures) {
        for (const size of sizes) {
          cases.push(
            makeCase(chart, f.name, size, locale, f.data, f.props as Record<string, unknown>),
          );
        }
      }
    }
  }
  return cases;
}

export function minimumsFor(size: CaseSize): Minimums {
  const theme = 'preset' in size ? PRESETS[size.preset].theme : defaultTheme;
  return { text: theme.minFontSize, label: theme.minLabelFontSize };
}

export interface RenderedCase {
  readonly svg?: string;
  /** The document's size in px. */
  readonly width: number;
  readonly height: number;
  /** 1, or below 1 when the picture had to be shrunk. */
  readonly scale: number;
  /** A chart that did not fit, drawn as parts: each part's SVG (measured one by one). */
  readonly parts?: readonly string[];
  /** Set when the chart did not fit: its split plan's page count (0: no plan). */
  readonly doesNotFit?: { readonly pages: number; readonly message: string };
  /** Any other render failure (a bug: the data is valid). */
  readonly error?: string;
  readonly texts: CaseTexts;
  readonly ms: number;
}

export function renderCase(c: LayoutCase): RenderedCase {
  const started = performance.now();
  const data = c.data ?? shippedData(c.chart, c.locale);
  const texts = caseTexts(c.chart, data, c.props);
  const spec = { chart: c.chart, data: c.data, props: c.props } as ChartSpec;
  const options: RenderChartOptions = { locale: c.locale, ...c.size };
  const ms = () => Math.round(performance.now() - started);
  try {
    const doc = renderToSvgDocument(spec, options);
    return {
      svg: doc.svg,
      width: doc.width,
      height: doc.height,
      scale: doc.scale,
      texts,
      ms: ms(),
    };
  } catch (error) {
    if (!(error instanceof RenderError) || error.code !== 'does-not-fit') {
      return {
        width: 0,
        height: 0,
        scale: 1,
        error: String(error instanceof Error ? error.message : error),
        texts,
        ms: ms(),
      };
    }
    const doesNotFit = { pages: error.plan?.pages.length ?? 0, message: error.message };
    try {
      const { parts } = renderToSvgParts(spec, options);
      const first = parts[0];
      if (first && parts.length > 1) {
        return {
          svg: first.svg,
          parts: parts.map((p) => p.svg),
          width: first.width,
          height: first.height,
          scale: 1,
          doesNotFit: { ...doesNotFit, pages: parts.length },
          texts,
          ms: ms(),
        };
      }
    } catch {
      // No plan: measured shrunk below.
    }
    try {
      const doc = renderToSvgDocument(spec, { ...options, fit: 'shrink' });
      return {
        svg: doc.svg,
        width: doc.width,
        height: doc.height,
        scale: doc.scale,
        doesNotFit,
        texts,
        ms: ms(),
      };
    } catch (again) {
      const message = again instanceof Error ? again.message : String(again);
      return {
        width: 0,
        height: 0,
        scale: 1,
        doesNotFit,
        error: `shrink: ${message}`,
        texts,
        ms: ms(),
      };
    }
  }
}
