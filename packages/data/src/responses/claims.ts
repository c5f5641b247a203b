/**
 * Which (respondent, municipality, item) triples a long file has named, and on which line first — the
 * duplicate check — in little memory: a respondent usually answers many items of one municipality, so
 * each (respondent, municipality) pair gets one map entry, holding its first item and line inline and,
 * from its second item on, a block of line numbers (one per item of the survey) in shared Int32Arrays.
 * A million rows of 20 answers per respondent cost about 50 000 map entries and 4 MB, not a million
 * entries.
 */

/** The most items per block; an item index beyond the block falls back to the general map. */
const MAX_BLOCK = 64;
/** Blocks per chunk of line numbers. */
const CHUNK_BLOCKS = 1024;
/** Pair keys stay small integers while respondent × 4 096 + municipality fits. */
const SPAN = 4096;

export interface TripleClaims {
  /** Records the triple as seen on `line`; returns the earlier line if it was already seen. */
  claim(respondent: number, municipality: number, item: number, line: number): number | undefined;
}

/** `items`: how many items the survey has (each block holds one line per item, up to MAX_BLOCK). */
export function createTripleClaims(items = MAX_BLOCK): TripleClaims {
  const BLOCK = Math.max(1, Math.min(MAX_BLOCK, items));
  /** Pair key → single entry `line * BLOCK + item` (≥ 0), or a block `-(number + 1)`. */
  const pairs = new Map<number, number>();
  const other = new Map<string, number>();
  // Blocks are kept in chunks of CHUNK_BLOCKS, a chunk added as needed (never copied).
  const chunks: Int32Array[] = [];
  let used = 0;

  /** A new block's number. */
  const newBlock = (): number => {
    if (used % CHUNK_BLOCKS === 0) chunks.push(new Int32Array(CHUNK_BLOCKS * BLOCK));
    used += 1;
    return used - 1;
  };
  const chunkOf = (block: number) => chunks[Math.floor(block / CHUNK_BLOCKS)] ?? new Int32Array(0);
  const at = (block: number, item: number) => (block % CHUNK_BLOCKS) * BLOCK + item;

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
      let block: number;
      if (entry >= 0) {
        const firstItem = entry % BLOCK;
        const firstLine = (entry - firstItem) / BLOCK;
        if (firstItem === item) return firstLine;
        block = newBlock();
        chunkOf(block)[at(block, firstItem)] = firstLine;
        pairs.set(pair, -(block + 1));
      } else {
        block = -entry - 1;
      }
      const lines = chunkOf(block);
      const seen = lines[at(block, item)] ?? 0;
      if (seen !== 0) return seen;
      lines[at(block, item)] = line;
      return undefined;
    },
  };
}
