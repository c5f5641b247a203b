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
import { DECK_FILE_TEXTS } from '../text/deckFileTexts';
import type { DeckFileTexts } from '../text/deckFileTexts';
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

/** The problems found so far, and the texts to say them in. */
interface Problems {
  readonly t: DeckFileTexts;
  readonly list: string[];
}
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function unknownKeys(value: Record<string, unknown>, known: string[], at: string, p: Problems) {
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) p.list.push(p.t.unknownField(`${at}${key}`, known.join(', ')));
  }
}

function text(value: unknown, at: string, p: Problems): LocalText | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && value.trim() !== '') return value;
  if (isRecord(value) && Object.keys(value).length > 0) {
    const ok = Object.entries(value).every(([key, v]) => {
      if (!(LOCALES as readonly string[]).includes(key)) {
        p.list.push(p.t.unknownLocale(`${at}.${key}`));
        return false;
      }
      if (typeof v !== 'string' || v.trim() === '') {
        p.list.push(p.t.emptyText(`${at}.${key}`));
        return false;
      }
      return true;
    });
    return ok ? (value as Partial<Record<Locale, string>>) : undefined;
  }
  p.list.push(p.t.textOrTexts(at));
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
    p.list.push(p.t.emptyList(at, `["${allowed[0] ?? ''}"]`));
    return fallback;
  }
  const items: T[] = [];
  value.forEach((item: unknown, i) => {
    if (typeof item === 'string' && (allowed as readonly string[]).includes(item)) {
      if (items.includes(item as T)) p.list.push(p.t.twice(`${at}[${i}]`, item));
      else items.push(item as T);
    } else p.list.push(p.t.notOneOf(`${at}[${i}]`, JSON.stringify(item), allowed.join(', ')));
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
  p.list.push(p.t.notOneOf(at, JSON.stringify(value), allowed.join(', ')));
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
    p.list.push(p.t.chartOrObject(at));
    return undefined;
  }
  unknownKeys(entry, CHART_KEYS, `${at}.`, p);
  const { chart, data, chartData } = entry;
  if (!isChartName(chart)) {
    p.list.push(p.t.notAChart(`${at}.chart`, JSON.stringify(chart), CHART_NAMES.join(', ')));
    return undefined;
  }
  if (data !== undefined && (typeof data !== 'string' || data.trim() === '')) {
    p.list.push(p.t.dataPath(`${at}.data`));
  }
  if (data !== undefined && chartData !== undefined) {
    p.list.push(p.t.dataOrChartData(at));
  }
  if (chartData !== undefined && entry.source === undefined && !deckSource) {
    p.list.push(p.t.needsSource(`${at}.source`));
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
export function checkDeck(value: unknown, file: string, locale: Locale): Deck {
  const t = DECK_FILE_TEXTS[locale];
  const p: Problems = { t, list: [] };
  const dir = dirname(resolve(file));
  if (!isRecord(value)) {
    throw new CliError(t.notAnObject(file));
  }
  unknownKeys(value, DECK_KEYS, '', p);
  const charts = Array.isArray(value.charts) ? value.charts : [];
  if (charts.length === 0) p.list.push(t.noCharts);
  const entries = charts.map((c: unknown, i) =>
    chartEntry(c, i, dir, value.source !== undefined, p),
  );
  const mode = oneOf(value.chartMode, 'chartMode', CHART_MODES, 'native', p);
  const fit = oneOf(value.fit, 'fit', ['error', 'shrink'] as const, 'error', p);
  if (value.highContrast !== undefined && typeof value.highContrast !== 'boolean') {
    p.list.push(t.trueOrFalse('highContrast'));
  }
  for (const key of ['out', 'name'] as const) {
    const v = value[key];
    if (v !== undefined && (typeof v !== 'string' || v.trim() === '')) {
      p.list.push(t.emptyText(key));
    }
  }
  for (const key of ['area', 'survey'] as const) {
    const v = value[key];
    if (v !== undefined && (typeof v !== 'string' || v.trim() === '')) {
      p.list.push(t.definitionPath(key));
    }
  }
  if (typeof value.name === 'string' && /[/\\]/.test(value.name)) {
    p.list.push(t.fileName);
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
  if (p.list.length > 0) {
    throw new CliError(t.problems(file, p.list.length), {
      details: p.list.map((line) => `  ${line}`),
    });
  }
  return deck;
}

/** Reads and checks a deck file. */
export async function readDeck(file: string, locale: Locale): Promise<Deck> {
  const t = DECK_FILE_TEXTS[locale];
  const bytes = await readFile(file, 'utf8').catch(() => undefined);
  if (bytes === undefined) throw new CliError(t.cannotRead(file));
  let value: unknown;
  try {
    value = JSON.parse(bytes);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError(t.notJson(file, reason));
  }
  return checkDeck(value, file, locale);
}

/** A LocalText in `locale` (a per-locale text without that locale: undefined). */
export function localText(text: LocalText | undefined, locale: Locale): string | undefined {
  return typeof text === 'string' ? text : text?.[locale];
}
