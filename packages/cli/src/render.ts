/** `yhdyspinta render`: chart → SVG document → (PNG, or a PowerPoint or PDF page) → atomic write. */
import { renderToSvgDocument } from '@yhdyspinta/charts/static';
import type { ChartSpec } from '@yhdyspinta/charts/static';
import { basename } from 'node:path';
import type { RenderCommand } from './args';
import { readResponses } from './data';
import { ownDataProps } from './ownData';
import { checkOutputPath, writeFileAtomic } from './output';
import { svgToPng } from './png';
import { renderInput } from './renderInput';
import type { RenderInput } from './renderInput';
import type { NamedChartData } from './slides/chartData';
import { baseText, buildChartSlides, fileSource } from './slides/chartSlide';
import { isPagePreset, slideFrame } from './slides/frame';
import { HIGH_CONTRAST } from './slides/highContrast';
import { writePdf } from './slides/pdf';
import { writePptx } from './slides/pptx';

export interface RenderResult {
  readonly width: number;
  readonly height: number;
  readonly bytes: number;
  /** Time to render the SVG, and the PNG if any, in ms. */
  readonly renderMs: number;
  /** The --data file's encoding as read (e.g. 'Windows-1252'), if a file was given. */
  readonly dataEncoding?: string;
  /** How the chart was split or scaled down (to its size, slides or pages), and the data's warnings. */
  readonly warnings?: readonly string[];
}

/**
 * A PowerPoint or PDF file of one chart (one slide or page per part of a split chart). The 2024
 * survey's export (--data alone) goes through the slides' own adapter, which names the file in the
 * source line; another area's or survey's export (--area / --survey) and --chart-data become the
 * chart's data first, as for SVG and PNG.
 */
async function renderPages(command: RenderCommand): Promise<RenderResult> {
  const frame = slideFrame(command.preset, command.locale);
  const custom =
    command.chartData !== undefined || command.area !== undefined || command.survey !== undefined;
  const input = custom ? await renderInput(command) : undefined;
  const file =
    custom || command.data === undefined
      ? undefined
      : await readResponses(command.data, { locale: command.locale });
  const started = performance.now();
  const slides = buildChartSlides({
    chart: command.chart,
    locale: command.locale,
    preset: frame.preset,
    title: command.title ?? input?.title,
    ...(custom
      ? {
          chartData: input?.data,
          chartDataFile: basename(command.data ?? command.chartData ?? command.chart),
        }
      : {
          data:
            file === undefined || command.data === undefined
              ? undefined
              : { responses: file.responses, file: basename(command.data) },
        }),
    highContrast: command.highContrast,
    fit: command.fit,
  });
  const title = slides[0]?.title ?? command.chart;
  const output =
    command.format === 'pptx'
      ? await writePptx(slides, 'native', title)
      : await writePdf(slides, title);
  const renderMs = performance.now() - started;
  await writeFileAtomic(command.out, output, command.locale);
  return {
    width: Math.round(frame.width * 72),
    height: Math.round(frame.height * 72),
    bytes: output.length,
    renderMs,
    dataEncoding: file?.encoding ?? input?.encoding,
    warnings: [
      ...(input?.warnings ?? []),
      ...(file?.notices ?? []),
      ...slides.flatMap((slide) => slide.warnings.map((warning) => warning[command.locale])),
    ],
  };
}

/**
 * The source line of a chart drawn from a file (--data, --chart-data) at a slide or print preset, as on
 * the slides ("Lähde: vastaukset.csv · n = 7/10 kuntaa"): without it a chart of one's own export would
 * carry no source at all. Undefined (the renderer's default) for the shipped data, other presets and a
 * size of one's own (--width, --height), as the renderer does for the shipped data.
 */
function dataSource(command: RenderCommand, input: RenderInput): string | undefined {
  const file = command.data ?? command.chartData;
  const custom = command.width !== undefined || command.height !== undefined;
  if (file === undefined || input.data === undefined) return undefined;
  if (custom || !isPagePreset(command.preset)) return undefined;
  const drawn = { chart: command.chart, data: input.data } as NamedChartData;
  return fileSource(basename(file), baseText(drawn, command.locale), command.locale);
}

export async function runRender(command: RenderCommand): Promise<RenderResult> {
  await checkOutputPath(command.out, command.locale);
  if (command.format === 'pptx' || command.format === 'pdf') return renderPages(command);
  const input = await renderInput(command);
  const started = performance.now();
  const props = ownDataProps(command.chart, input.data !== undefined);
  const spec = { chart: command.chart, data: input.data, props } as ChartSpec;
  const doc = renderToSvgDocument(spec, {
    preset: command.preset,
    locale: command.locale,
    title: command.title ?? input.title,
    source: dataSource(command, input),
    width: command.width,
    height: command.height,
    theme: command.highContrast ? HIGH_CONTRAST : undefined,
    fit: command.fit,
  });
  const scale = command.format === 'png' ? command.scale : 1;
  const output =
    command.format === 'png' ? svgToPng(doc.svg, Math.round(doc.width * scale)) : doc.svg;
  const renderMs = performance.now() - started;
  await writeFileAtomic(command.out, output, command.locale);
  return {
    width: Math.round(doc.width * scale),
    height: Math.round(doc.height * scale),
    bytes: typeof output === 'string' ? Buffer.byteLength(output) : output.length,
    renderMs,
    dataEncoding: input.encoding,
    // The renderer's own shrink warning (fit 'shrink'), in the run's language: the slides print it too.
    warnings: [
      ...(input.warnings ?? []),
      ...(doc.localizedWarnings ?? []).map((warning) => warning[command.locale]),
    ],
  };
}
