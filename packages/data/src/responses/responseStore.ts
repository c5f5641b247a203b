/**
 * The accepted responses of one parse, stored compactly: a response is small numbers in typed arrays
 * (municipality, item and respondent as indexes into one shared string each, the rating as a byte) —
 * 9 bytes, where a `RawResponse` object and its array slot take about 64. A 50 MB export
 * holds 1.7 million responses: 16 MB this way, 110 MB as objects (issue 13's memory target).
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
  readonly size: number;
  /** Every response added, in order, as an array (see the module comment). */
  responses(): readonly RawResponse[];
}

/** Responses per block: the store grows a block at a time, never copying (no garbage while it grows). */
const BLOCK_BITS = 14;
const BLOCK = 1 << BLOCK_BITS;

interface Block {
  /** municipality index × 65 536 + item index. */
  readonly names: Uint32Array;
  readonly rating: Int8Array;
  /** Respondent index, NO_RESPONDENT, or a line-named respondent's -(n + 1). */
  readonly respondent: Int32Array;
}

const newBlock = (): Block => ({
  names: new Uint32Array(BLOCK),
  rating: new Int8Array(BLOCK),
  respondent: new Int32Array(BLOCK),
});

/** `names`: the interners the names are numbered with (shared with the parse's row readers). */
export function createResponseStore(names: Names = createNames()): ResponseStore {
  const { municipalities, items, respondents } = names;
  const blocks: Block[] = [];
  let size = 0;
  let general: RawResponse[] | undefined;

  const at = (i: number): RawResponse => {
    const block = blocks[i >>> BLOCK_BITS];
    const k = i & (BLOCK - 1);
    const names = block?.names[k] ?? 0;
    const municipalityId = municipalities.name(names >>> 16);
    const itemId = items.name(names & 0xffff);
    const value = block?.rating[k] ?? NO_ANSWER;
    const r = value === NO_ANSWER ? null : (value as Rating);
    const who = block?.respondent[k] ?? NO_RESPONDENT;
    if (who === NO_RESPONDENT) return { municipalityId, itemId, rating: r };
    const respondent = who < NO_RESPONDENT ? `#${-who - 1}` : respondents.name(who);
    return { municipalityId, itemId, rating: r, respondent };
  };

  return {
    add(response) {
      if (general) {
        general.push(response);
        return;
      }
      const m = municipalities.index(response.municipalityId);
      const it = items.index(response.itemId);
      const value = response.rating;
      // Beyond 65 535 distinct municipalities or items, or a rating outside a byte (never in a real
      // survey): plain objects from here on.
      if (m > 0xffff || it > 0xffff || !fitsByte(value)) {
        general = Array.from({ length: size }, (_, i) => at(i));
        general.push(response);
        return;
      }
      const k = size & (BLOCK - 1);
      if (k === 0) blocks.push(newBlock());
      const block = blocks[blocks.length - 1] ?? newBlock();
      block.names[k] = m * 0x10000 + it;
      block.rating[k] = value ?? NO_ANSWER;
      const who = response.respondent;
      const byLine = who === undefined ? NO_RESPONDENT : lineNamed(who);
      block.respondent[k] =
        who === undefined || byLine !== NO_RESPONDENT ? byLine : respondents.index(who);
      size += 1;
    },
    get size() {
      return general ? general.length : size;
    },
    responses() {
      return general ?? lazyArray(size, at);
    },
  };
}
