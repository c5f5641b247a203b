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

/** Respondents may be hundreds of thousands: their interner is the compact one. */
export const createNames = (): Names => ({
  municipalities: createInterner(),
  items: createInterner(),
  respondents: createInterner(true),
});

/**
 * A string that shares no memory with a larger one. V8 makes a substring of 13 or more characters a
 * view of its parent: kept, such a view would keep the whole file's text (or a chunk of it) alive.
 */
export function ownString(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1);
}

/** FNV-1a of the text's UTF-16 code units. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** A name's number (-1 if it has none yet), and numbering a new name. */
interface Lookup {
  find(name: string): number;
  add(name: string, n: number): void;
}

/** A Map: fastest for a few names looked up again and again (V8 keeps a string's hash with it). */
function mapLookup(): Lookup {
  const numbers = new Map<string, number>();
  return {
    find: (name) => numbers.get(name) ?? -1,
    add: (name, n) => {
      numbers.set(name, n);
    },
  };
}

/**
 * An open-addressing table of small numbers (a slot holds a name's number + 1, 0 = empty; a quarter to
 * a half full): 8–16 bytes a name besides its string and its place in `names`, where a Map takes about
 * 40 and leaves its old tables behind as it grows (a file of 360 000 respondents: about 12 MB less).
 */
function tableLookup(names: readonly string[]): Lookup {
  let slots = new Int32Array(64);
  /** The slot holding `name`, or the empty slot where it goes. */
  const slotOf = (name: string): number => {
    const mask = slots.length - 1;
    for (let at = hashOf(name) & mask; ; at = (at + 1) & mask) {
      const n = (slots[at] ?? 0) - 1;
      if (n < 0 || names[n] === name) return at;
    }
  };
  return {
    find: (name) => (slots[slotOf(name)] ?? 0) - 1,
    add(name, n) {
      slots[slotOf(name)] = n + 1;
      if (names.length * 2 <= slots.length) return;
      slots = new Int32Array(slots.length * 2);
      names.forEach((known, k) => {
        slots[slotOf(known)] = k + 1;
      });
    },
  };
}

/**
 * Names numbered in order of first sight; `compact`: looked up in a table that takes less memory than
 * a Map, for the many (respondents).
 */
export function createInterner(compact = false): Interner {
  const names: string[] = [];
  const lookup = compact ? tableLookup(names) : mapLookup();
  // Rows repeat their neighbours' names: the last one is checked before the lookup.
  let last = '';
  let lastIndex = -1;
  const index = (name: string) => {
    if (name === last && lastIndex >= 0) return lastIndex;
    let n = lookup.find(name);
    if (n < 0) {
      n = names.length;
      const own = ownString(name);
      names.push(own);
      lookup.add(own, n);
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
