/**
 * Which (respondent, municipality, item) triples a long file has named, and on which line first — the
 * duplicate check — in little memory: a respondent usually answers many items of one municipality, so
 * each (respondent, municipality) pair gets one map entry, holding its first item and line inline and,
 * from its second item on, a block of line numbers (one per item) in a shared Int32Array. A million
 * rows of 20 answers per respondent cost about 50 000 map entries and 13 MB, not a million entries.
 */

/** Items per block; an item index beyond it falls back to the general map. */
const BLOCK = 64;
/** Pair keys stay small integers while respondent × 4 096 + municipality fits. */
const SPAN = 4096;

export interface TripleClaims {
  /** Records the triple as seen on `line`; returns the earlier line if it was already seen. */
  claim(respondent: number, municipality: number, item: number, line: number): number | undefined;
}

export function createTripleClaims(): TripleClaims {
  /** Pair key → single entry `line * BLOCK + item` (≥ 0), or a block `-(offset + 1)`. */
  const pairs = new Map<number, number>();
  const other = new Map<string, number>();
  let lines = new Int32Array(0);
  let used = 0;

  const newBlock = (): number => {
    if (used + BLOCK > lines.length) {
      const grown = new Int32Array(Math.max(BLOCK * 16, lines.length * 2));
      grown.set(lines);
      lines = grown;
    }
    const offset = used;
    used += BLOCK;
    return offset;
  };

  const fallback = (r: number, m: number, item: number, line: number) => {
    const key = `${r}:${m}:${item}`;
    const first = other.get(key);
    if (first === undefined) other.set(key, line);
    return first;
  };

  return {
    claim(r, m, item, line) {
      const pair = r * SPAN + m;
      if (m >= SPAN || item >= BLOCK || line >= 2 ** 31 || !Number.isSafeInteger(pair * BLOCK)) {
        return fallback(r, m, item, line);
      }
      const entry = pairs.get(pair);
      if (entry === undefined) {
        pairs.set(pair, line * BLOCK + item);
        return undefined;
      }
      let offset: number;
      if (entry >= 0) {
        const firstItem = entry % BLOCK;
        const firstLine = (entry - firstItem) / BLOCK;
        if (firstItem === item) return firstLine;
        offset = newBlock();
        lines[offset + firstItem] = firstLine;
        pairs.set(pair, -(offset + 1));
      } else {
        offset = -entry - 1;
      }
      const seen = lines[offset + item] ?? 0;
      if (seen !== 0) return seen;
      lines[offset + item] = line;
      return undefined;
    },
  };
}
