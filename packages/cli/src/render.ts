/** `yhdyspinta render`: chart → SVG document → (PNG) → atomic write. */
import { highContrastTheme } from '@yhdyspinta/charts';
import type { ThemeOverride } from '@yhdyspinta/charts';
import { chartDataFromResponses, renderToSvgDocument } from '@yhdyspinta/charts/static';
import type { ChartSpec } from '@yhdyspinta/charts/static';
import type { RenderCommand } from './args';
import { readResponses } from './data';
import { checkOutputPath, writeFileAtomic } from './output';
import { svgToPng } from './png';

/** High-contrast colours over the preset's theme (its type sizes and spacing stay). */
const HIGH_CONTRAST: ThemeOverride = {
  colors: highContrastTheme.colors,
  series: highContrastTheme.series,
  sequential: highContrastTheme.sequential,
  diverging: highContrastTheme.diverging,
  missing: { fill: highContrastTheme.missing.fill, stroke: highContrastTheme.missing.stroke },
  referenceStrokeWidth: highContrastTheme.referenceStrokeWidth,
};

export interface RenderResult {
  readonly width: number;
  readonly height: number;
  readonly bytes: number;
  /** Below 1 when the chart needed more room than the size and was scaled down (--fit shrink). */
  readonly scale: number;
  /** The smallest text in the output, in layout px (before --scale). */
  readonly smallestText?: number;
  /** Time to render the SVG, and the PNG if any, in ms. */
  readonly renderMs: number;
  /** The --data file's encoding as read (e.g. 'Windows-1252'), if a file was given. */
  readonly dataEncoding?: string;
}

export async function runRender(command: RenderCommand): Promise<RenderResult> {
  await checkOutputPath(command.out);
  const file = command.data === undefined ? undefined : await readResponses(command.data);
  const responses = file?.responses;
  const started = performance.now();
  const data =
    responses === undefined
      ? undefined
      : chartDataFromResponses(command.chart, responses, command.locale);
  const spec = { chart: command.chart, data } as ChartSpec;
  const doc = renderToSvgDocument(spec, {
    preset: command.preset,
    locale: command.locale,
    title: command.title,
    width: command.width,
    height: command.height,
    theme: command.highContrast ? HIGH_CONTRAST : undefined,
    fit: command.fit,
  });
  const scale = command.format === 'png' ? command.scale : 1;
  const output =
    command.format === 'png' ? svgToPng(doc.svg, Math.round(doc.width * scale)) : doc.svg;
  const renderMs = performance.now() - started;
  await writeFileAtomic(command.out, output);
  return {
    width: Math.round(doc.width * scale),
    height: Math.round(doc.height * scale),
    bytes: typeof output === 'string' ? Buffer.byteLength(output) : output.length,
    scale: doc.scale,
    smallestText: doc.smallestText,
    renderMs,
    dataEncoding: file?.encoding,
  };
}
