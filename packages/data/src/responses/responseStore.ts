/**
 * The accepted responses of one parse, stored compactly: a response is its item (an index into one
 * shared string per item) and its rating as a byte — 3 bytes; its municipality and respondent are kept
 * once per run of responses that share them (a respondent's answers follow one another in every
 * export), 12 bytes a run. A `RawResponse` object and its array slot take about 64 bytes: a 30 MB
 * Webropol export of 190 000 respondents holds 6.6 million responses, 22 MB this way, 60 MB at
 * 9 bytes each, 420 MB as objects (issue 13's memory target).
 *
 * `responses()` gives them as a read-only-looking but complete array (see `lazyArray.ts`): `Array.isArray`,
 * indexing, `length`, iteration, every array method, spreading, JSON and deep equality all behave as
 * for the array of objects it stands for; each response object is made when it is read.
 */
import type { Rating } from '../types';
import { createNames } from './keys';
import type { Names } from './keys';
import { lazyArray } from './lazyArray';
import type { RawResponse } from './types';

/** Rating byte: the rating (a whole number, scales run e.g. 1–5 or 0–10), or NO_ANSWER. */
const NO_ANSWER = -128;
const NO_RESPONDENT = -1;

/**
 * A respondent named by its line, "#" and a whole number without leading zeros ("#7": the respondent
 * layout without a respondent column names each row so): kept as the number, -(n + 1), and written
 * again when read — the same text, with no string and no interner entry per row.
 */
const LINE_NAMED = /^#[1-9]\d{0,8}$/;

const lineNamed = (respondent: string): number =>
  respondent.charCodeAt(0) === 35 && LINE_NAMED.test(respondent)
    ? -Number(respondent.slice(1)) - 1
    : NO_RESPONDENT;

const fitsByte = (value: number | null): boolean =>
  value === null || (Number.isInteger(value) && value > NO_ANSWER && value < 128);

export interface ResponseStore {
  add(response: RawResponse): void;
  /**
   * A row's responses as `add` takes them one by one, without an object per response: one municipality
   * and respondent, and per cell an item, as its number in the store's `names.items`, and a rating
   * (`items[c]`, `ratings[c]`).
   */
  addRow(
    municipalityId: string,
    respondent: string | undefined,
    items: readonly number[],
    ratings: readonly (Rating | null)[],
  ): void;
  readonly size: number;
  /** Every response added, in order, as an array (see the module comment). */
  responses(): readonly RawResponse[];
}

/** Responses per block: the store grows a block at a time, never copying (no garbage while it grows). */
const BLOCK_BITS = 14;
const BLOCK = 1 << BLOCK_BITS;

interface Block {
  readonly item: Uint16Array;
  readonly rating: Int8Array;
}

const newBlock = (): Block => ({ item: new Uint16Array(BLOCK), rating: new Int8Array(BLOCK) });

/**
 * Runs of responses with the same municipality and respondent: per run its first response's number,
 * the municipality's index and the respondent (its index, NO_RESPONDENT, or a line-named respondent's
 * -(n + 1)), three numbers a run in one array that doubles as it fills.
 */
function createRuns() {
  let runs = new Int32Array(3 * 256);
  let count = 0;
  /** The run last looked up: reading in order finds the next one without a search. */
  let near = 0;
  const start = (r: number) => (r < count ? (runs[3 * r] ?? 0) : Infinity);
  return {
    /** The run response `i` belongs to. */
    of(i: number): number {
      if (start(near) <= i && i < start(near + 1)) return near;
      if (start(near + 1) <= i && i < start(near + 2)) return (near += 1);
      let low = 0;
      let high = count - 1;
      while (low < high) {
        const mid = (low + high + 1) >> 1;
        if (start(mid) <= i) low = mid;
        else high = mid - 1;
      }
      return (near = low);
    },
    municipality: (r: number) => runs[3 * r + 1] ?? 0,
    respondent: (r: number) => runs[3 * r + 2] ?? NO_RESPONDENT,
    /** Response `i` has this municipality and respondent: a new run unless the last one has them. */
    note(i: number, municipality: number, respondent: number): void {
      const last = 3 * (count - 1);
      if (count > 0 && runs[last + 1] === municipality && runs[last + 2] === respondent) return;
      if (3 * count === runs.length) {
        const grown = new Int32Array(runs.length * 2);
        grown.set(runs);
        runs = grown;
      }
      runs[3 * count] = i;
      runs[3 * count + 1] = municipality;
      runs[3 * count + 2] = respondent;
      count += 1;
    },
  };
}

/** `names`: the interners the names are numbered with (shared with the parse's row readers). */
export function createResponseStore(names: Names = createNames()): ResponseStore {
  const { municipalities, items, respondents } = names;
  const blocks: Block[] = [];
  const runs = createRuns();
  let size = 0;
  let general: RawResponse[] | undefined;
  let lastWho: string | undefined;
  let lastCode = NO_RESPONDENT;

  /** A response as a plain object: `respondent` only when it has one. */
  const make = (
    municipalityId: string,
    itemId: string,
    rating: Rating | null,
    respondent: string | undefined,
  ): RawResponse =>
    respondent === undefined
      ? { municipalityId, itemId, rating }
      : { municipalityId, itemId, rating, respondent };

  const at = (i: number): RawResponse => {
    const block = blocks[i >>> BLOCK_BITS];
    const k = i & (BLOCK - 1);
    const run = runs.of(i);
    const municipalityId = municipalities.name(runs.municipality(run));
    const itemId = items.name(block?.item[k] ?? 0);
    const value = block?.rating[k] ?? NO_ANSWER;
    const r = value === NO_ANSWER ? null : (value as Rating);
    const who = runs.respondent(run);
    const respondent =
      who === NO_RESPONDENT
        ? undefined
        : who < NO_RESPONDENT
          ? `#${-who - 1}`
          : respondents.name(who);
    return make(municipalityId, itemId, r, respondent);
  };

  /**
   * Stores one response, its item as its number `it` in `items` (`given`: the caller's object, kept as it
   * is once responses are plain objects).
   */
  const put = (
    municipalityId: string,
    it: number,
    value: Rating | null,
    who: string | undefined,
    given?: RawResponse,
  ): void => {
    if (general) {
      general.push(given ?? make(municipalityId, items.name(it), value, who));
      return;
    }
    // Beyond 65 536 distinct items, or a rating outside a byte (never in a real survey): plain
    // objects from here on.
    if (it > 0xffff || !fitsByte(value)) {
      general = Array.from({ length: size }, (_, i) => at(i));
      general.push(given ?? make(municipalityId, items.name(it), value, who));
      return;
    }
    // A row's responses name the same respondent: its number is found once.
    if (who !== lastWho || size === 0) {
      const byLine = who === undefined ? NO_RESPONDENT : lineNamed(who);
      lastCode = who === undefined || byLine !== NO_RESPONDENT ? byLine : respondents.index(who);
      lastWho = who;
    }
    runs.note(size, municipalities.index(municipalityId), lastCode);
    const k = size & (BLOCK - 1);
    if (k === 0) blocks.push(newBlock());
    const block = blocks[blocks.length - 1] ?? newBlock();
    block.item[k] = it;
    block.rating[k] = value ?? NO_ANSWER;
    size += 1;
  };

  return {
    add(response) {
      // Once responses are plain objects the caller's is kept as it is: no item to number.
      if (general) general.push(response);
      else {
        const it = items.index(response.itemId);
        put(response.municipalityId, it, response.rating, response.respondent, response);
      }
    },
    addRow(municipalityId, respondent, rowItems, ratings) {
      for (let c = 0; c < rowItems.length; c++) {
        put(municipalityId, rowItems[c] ?? 0, ratings[c] ?? null, respondent);
      }
    },
    get size() {
      return general ? general.length : size;
    },
    responses() {
      return general ?? lazyArray(size, at);
    },
  };
}
