/**
 * Small whole numbers for the names a parser meets (municipality ids, item ids, respondents), so that a
 * (respondent, municipality, item) triple is three small numbers in the duplicate check (claims.ts)
 * rather than a new string per row, and a respondent's id is one shared string however many rows name it.
 */
export interface Interner {
  /** The number of `name` (0, 1, 2, … in order of first sight). */
  index(name: string): number;
  /** The first string seen equal to `name` (so equal names share one string). */
  shared(name: string): string;
  /** The name numbered `n` ('' if none is). */
  name(n: number): string;
  /** How many names are numbered (the next new name's number). */
  count(): number;
}

/** The interners of one parse: its row readers and its stored responses number names alike. */
export interface Names {
  readonly municipalities: Interner;
  readonly items: Interner;
  readonly respondents: Interner;
}

export const createNames = (): Names => ({
  municipalities: createInterner(),
  items: createInterner(),
  respondents: createInterner(),
});

/**
 * A string that shares no memory with a larger one. V8 makes a substring of 13 or more characters a
 * view of its parent: kept, such a view would keep the whole file's text (or a chunk of it) alive.
 */
export function ownString(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1);
}

export function createInterner(): Interner {
  const indexes = new Map<string, number>();
  const names: string[] = [];
  // Rows repeat their neighbours' names: the last one is checked before the map.
  let last = '';
  let lastIndex = -1;
  const index = (name: string) => {
    if (name === last && lastIndex >= 0) return lastIndex;
    let n = indexes.get(name);
    if (n === undefined) {
      n = names.length;
      const own = ownString(name);
      indexes.set(own, n);
      names.push(own);
    }
    last = name;
    lastIndex = n;
    return n;
  };
  return {
    index,
    shared: (name) => names[index(name)] ?? name,
    name: (n) => names[n] ?? '',
    count: () => names.length,
  };
}
