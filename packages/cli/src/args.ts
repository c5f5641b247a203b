/**
 * The command line: `yhdyspinta render <chart> [options]`, `yhdyspinta list`, `--help`, `--version`.
 * Parsed with node:util parseArgs (strict: unknown options are errors), then checked value by value.
 */
import { parseArgs } from 'node:util';
import { localeFromTag } from '@yhdyspinta/charts';
import { CHART_NAMES, isChartName, isPresetName, PRESET_NAMES } from '@yhdyspinta/charts/static';
import type { ChartName, PresetName } from '@yhdyspinta/charts/static';
import type { Locale } from '@yhdyspinta/data';
import { usageError } from './errors';
import { formatFromExtension, OUTPUT_FORMATS } from './output';
import type { OutputFormat } from './output';
import type { DeckCommand } from './slides/deck';
import { isPagePreset, PAGE_PRESETS } from './slides/frame';
import type { DefinitionPaths } from './definitions';
import type { DrawSettings } from './drawSettings';
import type { ValidateCommand } from './validate';

export interface RenderCommand extends DefinitionPaths, DrawSettings {
  readonly command: 'render';
  readonly chart: ChartName;
  readonly locale: Locale;
  readonly preset: PresetName;
  readonly format: OutputFormat;
  readonly out: string;
  readonly data?: string;
  /** --chart-data: the chart's typed data as JSON, validated by the chart (instead of --data). */
  readonly chartData?: string;
  readonly title?: string;
  readonly width?: number;
  readonly height?: number;
  /** PNG pixels per layout px (1–4). */
  readonly scale: number;
}

export type Command =
  | RenderCommand
  | ValidateCommand
  | DeckCommand
  | { readonly command: 'help'; readonly topic?: 'render' }
  | { readonly command: 'version' }
  | { readonly command: 'list' };

const LOCALES: readonly Locale[] = ['fi', 'sv', 'en'];

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  locale: { type: 'string', short: 'l' },
  preset: { type: 'string', short: 'p' },
  format: { type: 'string', short: 'f' },
  out: { type: 'string', short: 'o' },
  data: { type: 'string', short: 'd' },
  title: { type: 'string' },
  'high-contrast': { type: 'boolean' },
  width: { type: 'string' },
  height: { type: 'string' },
  scale: { type: 'string' },
  fit: { type: 'string' },
  json: { type: 'boolean' },
  area: { type: 'string' },
  survey: { type: 'string' },
  'chart-data': { type: 'string' },
} as const;

function wholeNumber(name: string, text: string | undefined, min: number, max: number) {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!/^\d+$/.test(text.trim()) || n < min || n > max) {
    throw usageError(`--${name} must be a whole number from ${min} to ${max}, got "${text}".`);
  }
  return n;
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw usageError(`Unknown ${name} "${value}". Use one of: ${allowed.join(', ')}.`);
}

function parse(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw usageError(error instanceof Error ? error.message : String(error));
  }
}

function localeOption(value: string | undefined): Locale {
  const locale = localeFromTag(value ?? 'fi');
  if (locale === undefined) {
    throw usageError(
      `Unknown locale "${value}". Use one of: ${LOCALES.join(', ')} (or a tag such as sv-FI).`,
    );
  }
  return locale;
}

function validateCommand(
  rest: readonly string[],
  json: boolean,
  locale: string | undefined,
  definitions: { readonly area?: string; readonly survey?: string },
): ValidateCommand {
  const [file, ...extra] = rest;
  if (file === undefined)
    throw usageError('Name the data file to validate, e.g. validate responses.csv.');
  if (extra.length > 0) throw usageError(`Unexpected argument "${extra[0]}".`);
  return { command: 'validate', file, json, locale: localeOption(locale), ...definitions };
}

/** --chart-data is the chart's data itself: not with --data or the definitions --data is read with. */
function chartDataOption(
  chartData: string | undefined,
  data: string | undefined,
  definitions: { readonly area?: string; readonly survey?: string },
): { readonly chartData?: string } {
  const defined = definitions.area !== undefined || definitions.survey !== undefined;
  if (chartData === undefined && data === undefined && defined) {
    throw usageError('--area and --survey read a --data file: give the export with --data.');
  }
  if (chartData === undefined) return {};
  if (data !== undefined) throw usageError('Give either --data or --chart-data, not both.');
  if (defined) {
    throw usageError('--area and --survey read a --data file; --chart-data is drawn as it is.');
  }
  return { chartData };
}

export function parseCommand(argv: readonly string[]): Command {
  const { values, positionals } = parse(argv);
  const [verb, ...rest] = positionals;
  if (values.version) return { command: 'version' };
  if (verb === undefined) {
    if (values.help) return { command: 'help' };
    throw usageError('No command given.');
  }
  if (verb === 'help')
    return rest[0] === 'render' ? { command: 'help', topic: 'render' } : { command: 'help' };
  if (verb === 'list') return { command: 'list' };
  const definitions = {
    ...(values.area === undefined ? {} : { area: values.area }),
    ...(values.survey === undefined ? {} : { survey: values.survey }),
  };
  if (verb === 'validate') {
    return validateCommand(rest, values.json ?? false, values.locale, definitions);
  }
  if (verb === 'deck') {
    const [file, ...extra] = rest;
    if (file === undefined) throw usageError('Name the deck file, e.g. deck deck.json.');
    if (extra.length > 0) throw usageError(`Unexpected argument "${extra[0]}".`);
    return { command: 'deck', file };
  }
  if (verb !== 'render')
    throw usageError(`Unknown command "${verb}". Commands: render, deck, validate, list, help.`);
  if (values.help) return { command: 'help', topic: 'render' };

  const [chart, ...extra] = rest;
  if (chart === undefined) throw usageError(`Name the chart to render: ${CHART_NAMES.join(', ')}.`);
  if (!isChartName(chart)) {
    throw usageError(`Unknown chart "${chart}". Charts: ${CHART_NAMES.join(', ')}.`);
  }
  if (extra.length > 0) throw usageError(`Unexpected argument "${extra[0]}".`);
  const preset = values.preset ?? 'slide-16x9';
  if (!isPresetName(preset)) {
    throw usageError(`Unknown preset "${preset}". Presets: ${PRESET_NAMES.join(', ')}.`);
  }
  const locale = localeOption(values.locale);
  if (values.out === undefined || values.out.trim() === '') {
    throw usageError('Give the output file with --out, e.g. --out goals.png.');
  }
  const fromExtension = formatFromExtension(values.out);
  const format =
    values.format === undefined ? undefined : oneOf('format', values.format, OUTPUT_FORMATS);
  if (fromExtension === undefined || (format !== undefined && format !== fromExtension)) {
    const want = format === undefined ? '.svg, .png, .pptx or .pdf' : `.${format}`;
    throw usageError(`The output file "${values.out}" must end in ${want}.`);
  }
  if (values.scale !== undefined && fromExtension !== 'png') {
    throw usageError('--scale applies to PNG output only.');
  }
  if (fromExtension === 'pptx' || fromExtension === 'pdf') {
    if (!isPagePreset(preset)) {
      throw usageError(`PowerPoint and PDF need a page preset: ${PAGE_PRESETS.join(', ')}.`);
    }
    if (values.width !== undefined || values.height !== undefined) {
      throw usageError(
        '--width and --height apply to SVG and PNG output; slides and pages use the preset.',
      );
    }
  }
  return {
    command: 'render',
    chart,
    locale,
    preset,
    format: fromExtension,
    out: values.out,
    data: values.data,
    ...definitions,
    ...chartDataOption(values['chart-data'], values.data, definitions),
    title: values.title,
    highContrast: values['high-contrast'] ?? false,
    width: wholeNumber('width', values.width, 100, 10_000),
    height: wholeNumber('height', values.height, 100, 10_000),
    scale: wholeNumber('scale', values.scale, 1, 4) ?? 1,
    fit:
      values.fit === undefined ? 'error' : oneOf('fit', values.fit, ['error', 'shrink'] as const),
  };
}
