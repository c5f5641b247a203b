/**
 * Keyboard navigation between a chart's data points, pure. Items are numbered 0…count−1, row by row.
 * - A list (`columns` omitted): every arrow key moves to the previous/next item (Left/Up back, Right/Down
 *   forward); Home/End go to the first/last item; PageUp/PageDown move `page` items (default 10).
 * - A grid (`columns` ≥ 1): Left/Right move within the row, Up/Down between rows in the same column;
 *   Home/End go to the row's first/last cell, Ctrl+Home/Ctrl+End to the grid's first/last cell;
 *   PageUp/PageDown move `page` rows in the same column.
 * Moves stop at the edges (no wrap-around), as in the WAI-ARIA grid pattern.
 */

export interface RovingShape {
  readonly count: number;
  /** Number of columns of a grid; omit for a list. */
  readonly columns?: number;
  /** Items (list) or rows (grid) that PageUp/PageDown move; default PAGE_STEP. */
  readonly page?: number;
}

/** What PageUp/PageDown move by default: 10 items of a list, 10 rows of a grid. */
export const PAGE_STEP = 10;

export interface KeyInput {
  readonly key: string;
  readonly ctrlKey?: boolean;
  readonly metaKey?: boolean;
}

const NAVIGATION_KEYS = new Set([
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'Home',
  'End',
  'PageUp',
  'PageDown',
]);

/** True for the keys nextRovingIndex handles (the caller then prevents the default, e.g. page scroll). */
export function isNavigationKey(key: string): boolean {
  return NAVIGATION_KEYS.has(key);
}

/** The index focus moves to from `index` on `key`, or null when the key is not a navigation key. */
export function nextRovingIndex(input: KeyInput, index: number, shape: RovingShape): number | null {
  const { key } = input;
  // No items (or a count that is not a number): nowhere to move.
  if (!isNavigationKey(key) || !(shape.count >= 1)) return null;
  const last = Math.floor(shape.count) - 1;
  const clamp = (n: number) => Math.min(Math.max(0, n), last);
  const i = Number.isFinite(index) ? clamp(Math.floor(index)) : 0;
  const page = shape.page !== undefined && shape.page >= 1 ? Math.floor(shape.page) : PAGE_STEP;

  if (shape.columns === undefined) {
    if (key === 'Home') return 0;
    if (key === 'End') return last;
    if (key === 'PageUp') return clamp(i - page);
    if (key === 'PageDown') return clamp(i + page);
    return clamp(key === 'ArrowLeft' || key === 'ArrowUp' ? i - 1 : i + 1);
  }

  const columns = Math.floor(shape.columns) >= 1 ? Math.floor(shape.columns) : 1;
  const rowStart = i - (i % columns);
  const rowEnd = Math.min(rowStart + columns - 1, last);
  const ctrl = Boolean(input.ctrlKey || input.metaKey);
  switch (key) {
    case 'ArrowLeft':
      return Math.max(rowStart, i - 1);
    case 'ArrowRight':
      return Math.min(rowEnd, i + 1);
    case 'ArrowUp':
      return i - columns >= 0 ? i - columns : i;
    case 'ArrowDown':
      return i + columns <= last ? i + columns : i;
    case 'PageUp': {
      const rows = Math.min(page, Math.floor(i / columns));
      return i - rows * columns;
    }
    case 'PageDown': {
      const rows = Math.min(page, Math.floor((last - i) / columns));
      return i + rows * columns;
    }
    case 'Home':
      return ctrl ? 0 : rowStart;
    default:
      return ctrl ? last : rowEnd;
  }
}
