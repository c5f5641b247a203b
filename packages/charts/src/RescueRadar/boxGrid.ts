/**
 * A uniform grid of boxes for overlap queries, so that checking a box against many others costs the boxes
 * near it rather than all of them (the radar's value labels against thousands of markers). Pure data
 * structure; the answers are exactly those of testing every box with `boxesOverlap`.
 */
import type { Box } from '../geometry/box';
import { boxesOverlap } from './geometry';

interface Entry<T> {
  readonly box: Box;
  readonly tag: T;
}

/** Up to this many boxes are kept in a plain list (checking them all is cheaper than cells). */
const FEW = 32;
/** A box spanning more cells than this per side (or with a non-finite side) is kept in a plain list. */
const MAX_SPAN = 64;
/** Cell indices stay within ±LIMIT (else the box is kept in the list), so a cell's numeric key is unique. */
const LIMIT = 2 ** 20;

/** The numeric key of cell (i, j): a Map with number keys is much faster than one with "i,j" strings. */
function cellKey(i: number, j: number): number {
  return (i + LIMIT) * (4 * LIMIT) + (j + LIMIT);
}

export class BoxGrid<T> {
  private readonly cells = new Map<number, Entry<T>[]>();
  /** Boxes too large (or odd) for cells: checked on every query. */
  private readonly loose: Entry<T>[] = [];
  /** The first boxes, in a plain list until there are more than FEW (a small panel needs no cells). */
  private few: Entry<T>[] | null = [];

  /** `cell`: the grid's cell size in px (about the size of the boxes queried works well). */
  constructor(private readonly cell: number) {}

  /** The cell indices covering [from, to], or null when that is not a small finite range. */
  private range(from: number, to: number): [number, number] | null {
    const a = Math.floor(from / this.cell);
    const b = Math.floor(to / this.cell);
    return Math.abs(a) < LIMIT && Math.abs(b) < LIMIT && b - a <= MAX_SPAN ? [a, b] : null;
  }

  add(box: Box, tag: T): void {
    if (this.few) {
      this.few.push({ box, tag });
      if (this.few.length <= FEW) return;
      const entries = this.few;
      this.few = null;
      for (const e of entries) this.add(e.box, e.tag);
      return;
    }
    const xs = this.range(box.x, box.x + box.width);
    const ys = this.range(box.y, box.y + box.height);
    if (!xs || !ys) return void this.loose.push({ box, tag });
    const [x0, x1] = xs;
    const [y0, y1] = ys;
    const entry = { box, tag };
    for (let i = x0; i <= x1; i += 1) {
      for (let j = y0; j <= y1; j += 1) {
        const key = cellKey(i, j);
        const list = this.cells.get(key);
        if (list) list.push(entry);
        else this.cells.set(key, [entry]);
      }
    }
  }

  /** True when a box whose tag passes `accept` overlaps `box` (with `pad`, as boxesOverlap). */
  some(box: Box, pad: number, accept: (tag: T) => boolean): boolean {
    const hit = (e: Entry<T>) => boxesOverlap(box, e.box, pad) && accept(e.tag);
    if (this.few) return this.few.some(hit);
    if (this.loose.some(hit)) return true;
    const xs = this.range(box.x - pad, box.x + box.width + pad);
    const ys = this.range(box.y - pad, box.y + box.height + pad);
    // A query too large for cells: test every box.
    if (!xs || !ys) return [...this.cells.values()].some((list) => list.some(hit));
    for (let i = xs[0]; i <= xs[1]; i += 1) {
      for (let j = ys[0]; j <= ys[1]; j += 1) {
        if (this.cells.get(cellKey(i, j))?.some(hit)) return true;
      }
    }
    return false;
  }
}
