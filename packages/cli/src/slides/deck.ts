/**
 * `yhdyspinta deck deck.json`: every chart × locale × preset × format of a deck file in one run. PowerPoint
 * and PDF: one file per locale and preset with a slide or page per chart; PNG: one file per chart. A
 * chart that cannot be drawn is reported with its message and left out; the others are still written.
 */
import { mkdir } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { formatNumber } from '@yhdyspinta/charts';
import { chartDataFromResponses, renderToSvgParts, RenderError } from '@yhdyspinta/charts/static';
import type { ChartSpec } from '@yhdyspinta/charts/static';
import type { Locale, RawResponse } from '@yhdyspinta/data';
import { readResponses } from '../data';
import { ownDataProps } from '../ownData';
import { loadDefinitions } from '../definitions';
import type { Definitions } from '../definitions';
import { chartDataFromDefinitions } from '../fromDefinitions';
import { CliError, inCliWords } from '../errors';
import { writeFileAtomic } from '../output';
import { svgToPng } from '../png';
import { buildChartSlides } from './chartSlide';
import type { ChartSlide } from './chartSlide';
import { localText, readDeck } from './deckFile';
import type { Deck, DeckChart } from './deckFile';
import type { PagePreset } from './frame';
import { HIGH_CONTRAST } from './highContrast';
import { slideMessages } from './messages';
import { writePdf } from './pdf';
import { writePptx } from './pptx';
import { RUN_TEXTS } from '../text/runTexts';

export interface DeckCommand {
  readonly command: 'deck';
  readonly file: string;
  /** The language of the run's messages and summary (`-l`; the slides have the deck's own). */
  readonly locale: Locale;
}

export interface DeckFailure {
  readonly chart: string;
  readonly locale?: Locale;
  readonly preset?: PagePreset;
  readonly message: string;
}

export interface DeckResult {
  /** Files written, relative to the current directory, with what they hold. */
  readonly written: readonly { readonly path: string; readonly what: string }[];
  readonly failed: readonly DeckFailure[];
  readonly warnings: readonly string[];
  readonly ms: number;
}

type Responses = { readonly responses: readonly RawResponse[]; readonly file: string };

/** A chart's failure as the summary says it, in `locale` (the run's messages' language). */
function message(error: unknown, locale: Locale): string {
  if (error instanceof RenderError) {
    const said = inCliWords(error.messageIn(locale), 'deck');
    return [said, ...error.problems.map((line) => `  ${line}`)].join('\n');
  }
  if (error instanceof CliError) return [error.message, ...error.details].join('\n');
  throw error;
}

/** Each chart's responses file, read once; a file that cannot be read fails its charts only. */
async function readData(
  deck: Deck,
  definitions: Definitions,
  failed: DeckFailure[],
  locale: Locale,
  warnings: string[],
): Promise<Map<string, Responses>> {
  const files = new Map<string, Responses>();
  for (const entry of deck.charts) {
    if (entry.data === undefined || files.has(entry.data)) continue;
    try {
      const { responses, notices } = await readResponses(entry.data, { ...definitions, locale });
      files.set(entry.data, { responses, file: basename(entry.data) });
      warnings.push(...notices);
    } catch (error) {
      failed.push({ chart: entry.chart, message: message(error, locale) });
    }
  }
  return files;
}

interface Job {
  readonly deck: Deck;
  readonly locale: Locale;
  readonly preset: PagePreset;
  readonly data: Map<string, Responses>;
  /** The deck's area and survey (none: the shipped ones). */
  readonly definitions?: Definitions;
  /** The run's warnings, in the language of its messages (`speaks`). */
  readonly warnings: string[];
  readonly speaks: Locale;
}

interface DefinedData {
  readonly data: unknown;
  readonly file: string;
  readonly title: string | undefined;
}

/**
 * A data file read with the deck's definitions becomes the chart's data (as `render --area/--survey`),
 * with the survey's name as the default title; otherwise the slides' own adapter reads it.
 */
function definedData(job: Job, entry: DeckChart): DefinedData | undefined {
  const responses = entry.data === undefined ? undefined : job.data.get(entry.data);
  if (job.definitions === undefined || responses === undefined) return undefined;
  const made = chartDataFromDefinitions(
    entry.chart,
    responses.responses,
    job.definitions,
    job.locale,
    job.speaks,
  );
  job.warnings.push(...made.warnings);
  const name = job.definitions.survey?.name;
  const title = name === undefined ? undefined : (name[job.locale] ?? name.fi);
  return { data: made.data, file: responses.file, title };
}

function slidesOf(job: Job, entry: DeckChart, defined: DefinedData | undefined): ChartSlide[] {
  const { deck, locale, preset } = job;
  return buildChartSlides({
    chart: entry.chart,
    locale,
    preset,
    title: localText(entry.title, locale) ?? defined?.title,
    source: localText(entry.source ?? deck.source, locale),
    ...(defined
      ? { chartData: defined.data, chartDataFile: defined.file }
      : {
          data: entry.data === undefined ? undefined : job.data.get(entry.data),
          chartData: entry.chartData,
        }),
    highContrast: deck.highContrast,
    fit: deck.fit,
  });
}

/** The chart's PNG at the preset: one, or one per part when it does not fit and splits. */
function pngsOf(job: Job, entry: DeckChart, defined: DefinedData | undefined): Buffer[] {
  const { deck, locale, preset } = job;
  const responses = entry.data === undefined ? undefined : job.data.get(entry.data);
  const data =
    defined !== undefined
      ? defined.data
      : responses === undefined
        ? entry.chartData
        : chartDataFromResponses(entry.chart, responses.responses, locale);
  const props = ownDataProps(entry.chart, data !== undefined);
  const { parts } = renderToSvgParts({ chart: entry.chart, data, props } as ChartSpec, {
    preset,
    locale,
    title: localText(entry.title, locale) ?? defined?.title,
    // The deck's source line; else the shipped data's (the renderer's default), or the data file's name.
    source:
      localText(entry.source ?? deck.source, locale) ??
      (responses === undefined ? undefined : slideMessages(locale).fileSource(responses.file)),
    theme: deck.highContrast ? HIGH_CONTRAST : undefined,
    fit: deck.fit,
  });
  return parts.map((part) => svgToPng(part.svg, part.width));
}

export async function runDeck(command: DeckCommand): Promise<DeckResult> {
  const started = performance.now();
  const deck = await readDeck(command.file, command.locale);
  const t = RUN_TEXTS[command.locale];
  await mkdir(deck.out, { recursive: true }).catch(() => {
    throw new CliError(t.cannotMakeDir(deck.out));
  });
  const failed: DeckFailure[] = [];
  const warnings: string[] = [];
  const written: { path: string; what: string }[] = [];
  // The deck's definitions, read once (their problems stop the deck: every chart would need them).
  const definitions =
    deck.area === undefined && deck.survey === undefined
      ? undefined
      : await loadDefinitions({ area: deck.area, survey: deck.survey }, command.locale);
  const data = await readData(deck, definitions ?? {}, failed, command.locale, warnings);
  const write = async (name: string, bytes: Buffer, what: string) => {
    const path = join(deck.out, name);
    await writeFileAtomic(path, bytes, command.locale);
    written.push({ path: relative(process.cwd(), path) || path, what });
  };
  for (const locale of deck.locales) {
    for (const preset of deck.presets) {
      const job: Job = {
        deck,
        locale,
        preset,
        data,
        definitions,
        warnings,
        speaks: command.locale,
      };
      const stem = `${deck.name}-${locale}-${preset}`;
      const slides: ChartSlide[] = [];
      for (const [i, entry] of deck.charts.entries()) {
        if (entry.data !== undefined && !data.has(entry.data)) continue;
        try {
          // Made once for the slides and the PNGs (and its warnings said once).
          const defined = definedData(job, entry);
          if (deck.formats.includes('pptx') || deck.formats.includes('pdf')) {
            const made = slidesOf(job, entry, defined);
            slides.push(...made);
            for (const slide of made)
              warnings.push(...slide.warnings.map((w) => w[command.locale]));
          }
          if (deck.formats.includes('png')) {
            const n = String(i + 1).padStart(2, '0');
            const pngs = pngsOf(job, entry, defined);
            for (const [p, png] of pngs.entries()) {
              // A split chart's parts: …-01-goal-bars-1.png, …-01-goal-bars-2.png.
              const part = pngs.length > 1 ? `-${p + 1}` : '';
              await write(`${stem}-${n}-${entry.chart}${part}.png`, png, entry.chart);
            }
          }
        } catch (error) {
          failed.push({
            chart: entry.chart,
            locale,
            preset,
            message: message(error, command.locale),
          });
        }
      }
      if (slides.length === 0) continue;
      const title = localText(deck.title, locale) ?? slides[0]?.title ?? deck.name;
      if (deck.formats.includes('pptx')) {
        // "both": a native chart's slide and its picture's.
        const count = slides.reduce(
          (n, s) => n + (deck.chartMode === 'both' && s.native ? 2 : 1),
          0,
        );
        const pptx = await writePptx(slides, deck.chartMode, title);
        await write(`${stem}.pptx`, pptx, t.slides(count));
      }
      if (deck.formats.includes('pdf')) {
        await write(`${stem}.pdf`, await writePdf(slides, title), t.pages(slides.length));
      }
    }
  }
  return { written, failed, warnings, ms: performance.now() - started };
}

/** The summary printed after a deck run, in `locale`. */
export function deckSummary(result: DeckResult, locale: Locale): string {
  const t = RUN_TEXTS[locale];
  const lines = result.written.map(({ path, what }) => t.wroteFile(path, what));
  for (const warning of result.warnings) lines.push(`${t.warning}: ${warning}`);
  for (const { chart, locale: where, preset, message: text } of result.failed) {
    lines.push(t.notDrawn(chart, where === undefined ? '' : `${where}, ${preset}`, text));
  }
  const seconds = formatNumber(result.ms / 1000, locale, 1);
  lines.push(t.deckTotal(result.written.length, result.failed.length, seconds));
  return `${lines.join('\n')}\n`;
}
