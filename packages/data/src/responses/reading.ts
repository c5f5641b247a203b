/**
 * The state of one parse that the row readers share: the context's matchers behind small caches (a
 * file names the same few municipalities and items on every row), the interned names for duplicate
 * keys, and the collector.
 */
import type { Locale } from '../types';
import type { Collector } from './collector';
import type { ParseContext } from './context';
import { createInterner } from './keys';
import type { Interner } from './keys';

/** Distinct cell texts remembered per matcher (beyond it, texts are matched each time). */
const CACHE_LIMIT = 10_000;

export interface Reading {
  readonly context: ParseContext;
  readonly collector: Collector;
  readonly matchMunicipality: (text: string) => string | undefined;
  /** An item by its id, else by its question text (a long file's question column may hold either). */
  readonly matchItem: (text: string) => string | undefined;
  readonly municipalities: Interner;
  readonly items: Interner;
  readonly respondents: Interner;
}

function cached(match: (text: string) => string | undefined): (text: string) => string | undefined {
  const cache = new Map<string, string | null>();
  return (text) => {
    const hit = cache.get(text);
    if (hit !== undefined) return hit ?? undefined;
    const found = match(text);
    if (cache.size < CACHE_LIMIT) cache.set(text, found ?? null);
    return found;
  };
}

export function createReading(
  context: ParseContext,
  collector: Collector,
  matchQuestion: (text: string) => string | undefined = () => undefined,
): Reading {
  return {
    context,
    collector,
    matchMunicipality: cached(context.matchMunicipality),
    matchItem: cached((text) => context.matchItem(text) ?? matchQuestion(text)),
    municipalities: createInterner(),
    items: createInterner(),
    respondents: createInterner(),
  };
}

/** The shipped area's id: its messages name it in their own words. */
const SHIPPED_AREA = 'lansi-uusimaa';

/** The area's name in `locale` for 'unknown-municipality' messages; undefined for the shipped area. */
export function areaName(context: ParseContext, locale: Locale = 'fi'): string | undefined {
  const area = context.definitions.area;
  return area.id === SHIPPED_AREA ? undefined : area.name[locale];
}
