/**
 * The deck file of `yhdyspinta deck deck.json`, read and checked: every problem is named with the path
 * to its field (e.g. `charts[2].locales[0]`), all of them at once.
 */
import { readFile } from 'node:fs/promises';
import { basename, dirname, extname, resolve } from 'node:path';
import { CHART_NAMES, isChartName } from '@yhdyspinta/charts/static';
import type { ChartName } from '@yhdyspinta/charts/static';
import type { Locale } from '@yhdyspinta/data';
import type { DefinitionPaths } from '../definitions';
import type { DrawSettings } from '../drawSettings';
import { CliError } from '../errors';
import { PAGE_PRESETS } from './frame';
import type { PagePreset } from './frame';
import { CHART_MODES } from './pptx';
import type { ChartMode } from './pptx';

export const DECK_FORMATS = ['pptx', 'pdf', 'png'] as const;
export type DeckFormat = (typeof DECK_FORMATS)[number];
const LOCALES: readonly Locale[] = ['fi', 'sv', 'en'];

/** A text for every locale: one string for all, or per locale ({ "fi": …, "sv": … }). */
export type LocalText = string | Partial<Record<Locale, string>>;

/** The texts a deck sets for all its slides and a chart for its own: a title and a source line. */
export interface DeckTexts {
  readonly title?: LocalText;
  readonly source?: LocalText;
}

export interface DeckChart extends DeckTexts {
  readonly chart: ChartName;
  /** A raw survey export (CSV or JSON), absolute path. */
  readonly data?: string;
  /** The chart's own data (its data type, e.g. GoalBarData), drawn in every locale as given. */
  readonly chartData?: unknown;
}

/** A deck: its `area` and `survey` definitions are absolute paths. */
export interface Deck extends DeckTexts, DefinitionPaths, DrawSettings {
  /** The deck file's path. */
  readonly file: string;
  /** The output directory, absolute. */
  readonly out: string;
  /** The start of every output file's name. */
  readonly name: string;
  readonly locales: readonly Locale[];
  readonly presets: readonly PagePreset[];
  readonly formats: readonly DeckFormat[];
  readonly chartMode: ChartMode;
  readonly charts: readonly DeckChart[];
}

const DECK_KEYS = [
  'area',
  'survey',
  'title',
  'out',
  'name',
  'locales',
  'presets',
  'formats',
  'chartMode',
  'source',
  'highContrast',
  'fit',
  'charts',
];
const CHART_KEYS = ['chart', 'title', 'source', 'data', 'chartData'];

type Problems = string[];
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function unknownKeys(value: Record<string, unknown>, known: string[], at: string, p: Problems) {
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) p.push(`${at}${key}: unknown field. Fields: ${known.join(', ')}.`);
  }
}

function text(value: unknown, at: string, p: Problems): LocalText | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && value.trim() !== '') return value;
  if (isRecord(value) && Object.keys(value).length > 0) {
    const ok = Object.entries(value).every(([key, v]) => {
      if (!(LOCALES as readonly string[]).includes(key)) {
        p.push(`${at}.${key}: unknown locale. Use fi, sv or en.`);
        return false;
      }
      if (typeof v !== 'string' || v.trim() === '') {
        p.push(`${at}.${key}: must be a non-empty text.`);
        return false;
      }
      return true;
    });
    return ok ? (value as Partial<Record<Locale, string>>) : undefined;
  }
  p.push(`${at}: must be a non-empty text or an object of texts by locale ({ "fi": "…" }).`);
  return undefined;
}

function list<T extends string>(
  value: unknown,
  at: string,
  allowed: readonly T[],
  fallback: readonly T[],
  p: Problems,
): readonly T[] {
  if (value === undefined) return fallback;
  if (!Array.isArray(value) || value.length === 0) {
    p.push(`${at}: must be a non-empty list, e.g. ["${allowed[0]}"].`);
    return fallback;
  }
  const items: T[] = [];
  value.forEach((item: unknown, i) => {
    if (typeof item === 'string' && (allowed as readonly string[]).includes(item)) {
      if (items.includes(item as T)) p.push(`${at}[${i}]: "${item}" is listed twice.`);
      else items.push(item as T);
    } else p.push(`${at}[${i}]: ${JSON.stringify(item)} is not one of ${allowed.join(', ')}.`);
  });
  return items;
}

function oneOf<T extends string>(
  value: unknown,
  at: string,
  allowed: readonly T[],
  fallback: T,
  p: Problems,
): T {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value))
    return value as T;
  p.push(`${at}: ${JSON.stringify(value)} is not one of ${allowed.join(', ')}.`);
  return fallback;
}

function chartEntry(
  value: unknown,
  i: number,
  dir: string,
  deckSource: boolean,
  p: Problems,
): DeckChart | undefined {
  const at = `charts[${i}]`;
  const entry = typeof value === 'string' ? { chart: value } : value;
  if (!isRecord(entry)) {
    p.push(`${at}: must be a chart name or an object { "chart": "…" }.`);
    return undefined;
  }
  unknownKeys(entry, CHART_KEYS, `${at}.`, p);
  const { chart, data, chartData } = entry;
  if (!isChartName(chart)) {
    p.push(
      `${at}.chart: ${JSON.stringify(chart)} is not a chart. Charts: ${CHART_NAMES.join(', ')}.`,
    );
    return undefined;
  }
  if (data !== undefined && (typeof data !== 'string' || data.trim() === '')) {
    p.push(`${at}.data: must be the path of a data file (CSV or JSON), relative to the deck file.`);
  }
  if (data !== undefined && chartData !== undefined) {
    p.push(`${at}: give either data (a survey export) or chartData (the chart's data), not both.`);
  }
  if (chartData !== undefined && entry.source === undefined && !deckSource) {
    p.push(
      `${at}.source: a chart drawn from its own chartData needs a source line (here or for the deck).`,
    );
  }
  return {
    chart,
    title: text(entry.title, `${at}.title`, p),
    source: text(entry.source, `${at}.source`, p),
    data: typeof data === 'string' ? resolve(dir, data) : undefined,
    chartData,
  };
}

/** Checks a parsed deck file; throws a CliError listing every problem with its field's path. */
export function checkDeck(value: unknown, file: string): Deck {
  const p: Problems = [];
  const dir = dirname(resolve(file));
  if (!isRecord(value)) {
    throw new CliError(`The deck file "${file}" must hold one JSON object.`);
  }
  unknownKeys(value, DECK_KEYS, '', p);
  const charts = Array.isArray(value.charts) ? value.charts : [];
  if (charts.length === 0)
    p.push('charts: must be a non-empty list of charts, e.g. ["goal-bars"].');
  const entries = charts.map((c: unknown, i) =>
    chartEntry(c, i, dir, value.source !== undefined, p),
  );
  const mode = oneOf(value.chartMode, 'chartMode', CHART_MODES, 'native', p);
  const fit = oneOf(value.fit, 'fit', ['error', 'shrink'] as const, 'error', p);
  if (value.highContrast !== undefined && typeof value.highContrast !== 'boolean') {
    p.push('highContrast: must be true or false.');
  }
  for (const key of ['out', 'name'] as const) {
    const v = value[key];
    if (v !== undefined && (typeof v !== 'string' || v.trim() === '')) {
      p.push(`${key}: must be a non-empty text.`);
    }
  }
  for (const key of ['area', 'survey'] as const) {
    const v = value[key];
    if (v !== undefined && (typeof v !== 'string' || v.trim() === '')) {
      p.push(
        `${key}: must be the path of the ${key}'s JSON definition, relative to the deck file.`,
      );
    }
  }
  if (typeof value.name === 'string' && /[/\\]/.test(value.name)) {
    p.push('name: must be a file name without a directory (use "out" for the directory).');
  }
  const deck: Deck = {
    file,
    title: text(value.title, 'title', p),
    out: resolve(dir, typeof value.out === 'string' ? value.out : '.'),
    name: typeof value.name === 'string' ? value.name : basename(file, extname(file)),
    locales: list(value.locales, 'locales', LOCALES, ['fi'], p),
    presets: list(value.presets, 'presets', PAGE_PRESETS, ['slide-16x9'], p),
    formats: list(value.formats, 'formats', DECK_FORMATS, ['pptx'], p),
    chartMode: mode,
    source: text(value.source, 'source', p),
    highContrast: value.highContrast === true,
    fit,
    charts: entries.filter((e): e is DeckChart => e !== undefined),
    ...(typeof value.area === 'string' ? { area: resolve(dir, value.area) } : {}),
    ...(typeof value.survey === 'string' ? { survey: resolve(dir, value.survey) } : {}),
  };
  if (p.length > 0) {
    throw new CliError(`The deck file "${file}" has ${p.length} problem(s):`, {
      details: p.map((line) => `  ${line}`),
    });
  }
  return deck;
}

/** Reads and checks a deck file. */
export async function readDeck(file: string): Promise<Deck> {
  const bytes = await readFile(file, 'utf8').catch(() => undefined);
  if (bytes === undefined) throw new CliError(`The deck file "${file}" cannot be read.`);
  let value: unknown;
  try {
    value = JSON.parse(bytes);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError(`The deck file "${file}" is not valid JSON: ${reason}`);
  }
  return checkDeck(value, file);
}

/** A LocalText in `locale` (a per-locale text without that locale: undefined). */
export function localText(text: LocalText | undefined, locale: Locale): string | undefined {
  return typeof text === 'string' ? text : text?.[locale];
}
