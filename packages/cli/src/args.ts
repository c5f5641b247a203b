/**
 * The command line: `yhdyspinta render <chart> [options]`, `yhdyspinta list`, `--help`, `--version`.
 * Parsed with node:util parseArgs (strict: unknown options are errors), then checked value by value.
 */
import { parseArgs } from 'node:util';
import { formatList, localeFromTag } from '@yhdyspinta/charts';
import { CHART_NAMES, isChartName, isPresetName, PRESET_NAMES } from '@yhdyspinta/charts/static';
import type { ChartName, PresetName } from '@yhdyspinta/charts/static';
import { LOCALES } from '@yhdyspinta/data';
import type { Locale } from '@yhdyspinta/data';
import { usageError } from './errors';
import { commandLocale, parseArgsMessage } from './text/commandLocale';
import { USAGE_TEXTS } from './text/usageTexts';
import type { UsageTexts } from './text/usageTexts';
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
  | { readonly command: 'help'; readonly topic?: 'render' | 'deck'; readonly locale: Locale }
  | { readonly command: 'version' }
  | { readonly command: 'list'; readonly locale: Locale };

/** The options of every command (node:util parseArgs), each named in every language's help. */
export const OPTIONS = {
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

type DefinitionOptions = { readonly area?: string; readonly survey?: string };

/** The texts of the command line's errors in its language, and that language. */
interface Said {
  readonly t: UsageTexts;
  readonly locale: Locale;
}

function wholeNumber(
  said: Said,
  name: string,
  text: string | undefined,
  min: number,
  max: number,
): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!/^\d+$/.test(text.trim()) || n < min || n > max) {
    throw usageError(said.t.wholeNumber(name, min, max, text));
  }
  return n;
}

function oneOf<T extends string>(
  said: Said,
  name: string,
  value: string,
  allowed: readonly T[],
): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw usageError(
    said.t.unknownValue(name, value, formatList(allowed, said.locale, 'disjunction')),
  );
}

function parse(argv: readonly string[], t: UsageTexts) {
  try {
    return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw usageError(parseArgsMessage(error, t));
  }
}

function localeOption(value: string | undefined, said: Said): Locale {
  const locale = localeFromTag(value ?? 'fi');
  if (locale === undefined)
    throw usageError(
      said.t.unknownLocale(value ?? '', formatList(LOCALES, said.locale, 'disjunction')),
    );
  return locale;
}

function validateCommand(
  said: Said,
  rest: readonly string[],
  json: boolean,
  definitions: DefinitionOptions,
): ValidateCommand {
  const [file, ...extra] = rest;
  if (file === undefined) throw usageError(said.t.validateFile);
  if (extra.length > 0) throw usageError(said.t.unexpected(extra[0] ?? ''));
  return { command: 'validate', file, json, locale: said.locale, ...definitions };
}

/** --chart-data is the chart's data itself: not with --data or the definitions --data is read with. */
function chartDataOption(
  t: UsageTexts,
  chartData: string | undefined,
  data: string | undefined,
  definitions: DefinitionOptions,
): { readonly chartData?: string } {
  const defined = definitions.area !== undefined || definitions.survey !== undefined;
  if (chartData === undefined && data === undefined && defined) {
    throw usageError(t.definitionsNeedData);
  }
  if (chartData === undefined) return {};
  if (data !== undefined) throw usageError(t.dataOrChartData);
  if (defined) throw usageError(t.definitionsNotChartData);
  return { chartData };
}

type Values = ReturnType<typeof parse>['values'];

function renderCommand(
  said: Said,
  values: Values,
  rest: readonly string[],
  definitions: DefinitionOptions,
): RenderCommand {
  const { t, locale } = said;
  const [chart, ...extra] = rest;
  if (chart === undefined) throw usageError(t.noChart(CHART_NAMES.join(', ')));
  if (!isChartName(chart)) throw usageError(t.unknownChart(chart, CHART_NAMES.join(', ')));
  if (extra.length > 0) throw usageError(t.unexpected(extra[0] ?? ''));
  const preset = values.preset ?? 'slide-16x9';
  if (!isPresetName(preset)) throw usageError(t.unknownPreset(preset, PRESET_NAMES.join(', ')));
  if (values.out === undefined || values.out.trim() === '') throw usageError(t.noOut);
  const fromExtension = formatFromExtension(values.out);
  const format =
    values.format === undefined ? undefined : oneOf(said, 'format', values.format, OUTPUT_FORMATS);
  if (fromExtension === undefined || (format !== undefined && format !== fromExtension)) {
    const want = format === undefined ? OUTPUT_FORMATS.map((f) => `.${f}`) : [`.${format}`];
    throw usageError(t.outExtension(values.out, formatList(want, locale, 'disjunction')));
  }
  if (values.scale !== undefined && fromExtension !== 'png') throw usageError(t.scaleIsPng);
  if (fromExtension === 'pptx' || fromExtension === 'pdf') {
    if (!isPagePreset(preset)) throw usageError(t.pagePreset(PAGE_PRESETS.join(', ')));
    if (values.width !== undefined || values.height !== undefined) {
      throw usageError(t.sizeIsPicture);
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
    ...chartDataOption(t, values['chart-data'], values.data, definitions),
    title: values.title,
    highContrast: values['high-contrast'] ?? false,
    width: wholeNumber(said, 'width', values.width, 100, 10_000),
    height: wholeNumber(said, 'height', values.height, 100, 10_000),
    scale: wholeNumber(said, 'scale', values.scale, 1, 4) ?? 1,
    fit:
      values.fit === undefined
        ? 'error'
        : oneOf(said, 'fit', values.fit, ['error', 'shrink'] as const),
  };
}

const COMMANDS = ['render', 'deck', 'validate', 'list', 'help'];

/**
 * The command of `argv`; a usage error (exit 2) in the command line's language (`-l`, Finnish without
 * one) for anything wrong with it.
 */
export function parseCommand(argv: readonly string[]): Command {
  const speaks = commandLocale(argv);
  const t = USAGE_TEXTS[speaks];
  const { values, positionals } = parse(argv, t);
  const [verb, ...rest] = positionals;
  if (values.version) return { command: 'version' };
  const said: Said = { t, locale: localeOption(values.locale, { t, locale: speaks }) };
  const { locale } = said;
  if (verb === undefined) {
    if (values.help) return { command: 'help', locale };
    throw usageError(t.noCommand);
  }
  if (verb === 'help') {
    const topic = rest[0] === 'render' || rest[0] === 'deck' ? rest[0] : undefined;
    return topic === undefined ? { command: 'help', locale } : { command: 'help', topic, locale };
  }
  if (verb === 'list') return { command: 'list', locale };
  const definitions: DefinitionOptions = {
    ...(values.area === undefined ? {} : { area: values.area }),
    ...(values.survey === undefined ? {} : { survey: values.survey }),
  };
  if (verb === 'validate') {
    // The main help describes validate (its file kinds, report and exit codes).
    if (values.help) return { command: 'help', locale };
    return validateCommand(said, rest, values.json ?? false, definitions);
  }
  if (verb === 'deck') {
    if (values.help) return { command: 'help', topic: 'deck', locale };
    const [file, ...extra] = rest;
    if (file === undefined) throw usageError(t.deckFile);
    if (extra.length > 0) throw usageError(t.unexpected(extra[0] ?? ''));
    return { command: 'deck', file, locale };
  }
  if (verb !== 'render') throw usageError(t.unknownCommand(verb, COMMANDS.join(', ')));
  if (values.help) return { command: 'help', topic: 'render', locale };
  return renderCommand(said, values, rest, definitions);
}
