/**
 * Whether a chart's content fits a fixed size without any text below the theme's minimum size, and if
 * not, how to split it. Every chart's layout carries one (ChartFrame.fit); ChartSvgRoot writes it on the
 * root <svg> as data attributes, and the static renderer reads them: a chart that does not fit a preset
 * is never scaled down silently, the render fails with the split plan instead (RenderError 'does-not-fit').
 */

/** One page of a split: the units [start, end) in drawing order. */
export interface FitPage {
  readonly start: number;
  readonly end: number;
}

/** What a chart is split by when it does not fit: goal rows, heatmap rows, radar series or coverage tiles. */
export type FitUnit = 'rows' | 'series' | 'tiles';

export interface FitReport {
  /** True when everything is drawn inside the size with no text under the theme's minimum. */
  readonly fits: boolean;
  /** The height the content needs at this width, in px. */
  readonly neededHeight: number;
  readonly unit: FitUnit;
  /** How many units the data has. */
  readonly total: number;
  /**
   * Pages that each fit the size, in order, covering every unit once (split at group boundaries where a
   * group fits a page). One page [0, total) when everything fits. Empty when not even one unit fits.
   */
  readonly pages: readonly FitPage[];
}

/** The report of content that fits: one page of everything. */
export function fitsWhole(neededHeight: number, unit: FitUnit, total: number): FitReport {
  return { fits: true, neededHeight, unit, total, pages: [{ start: 0, end: total }] };
}

/**
 * Pages of consecutive units, each at most `available` px tall: `heights[i]` is unit i's height,
 * `groupStarts` the units that begin a group. The fewest pages, as even as they can be: filled one after
 * another to `available`, 23 rows made pages of 8, 8, 6 and 1; instead the pages are filled to the least
 * height that needs no more of them (8, 8, 7 there, or 6, 6, 6, 5). A page breaks at the last group start
 * it holds rather than inside a group, when that page is still at least half full (so small groups do not
 * make pages of one or two units). A unit taller than `available` alone leaves no plan (empty pages).
 */
export function splitPages(
  heights: readonly number[],
  available: number,
  groupStarts: ReadonlySet<number> = new Set(),
): FitPage[] {
  const filled = fillPages(heights, available, groupStarts);
  if (filled.length < 2) return filled;
  // Bisect the page height between the tallest unit and `available` (0.5 px is close enough).
  let low = Math.max(...heights);
  let high = available;
  while (high - low > 0.5) {
    const mid = (low + high) / 2;
    const pages = fillPages(heights, mid, groupStarts);
    if (pages.length > 0 && pages.length <= filled.length) high = mid;
    else low = mid;
  }
  return fillPages(heights, high, groupStarts);
}

/** The pages filled one after another up to `available` each (see splitPages). */
function fillPages(
  heights: readonly number[],
  available: number,
  groupStarts: ReadonlySet<number>,
): FitPage[] {
  const pages: FitPage[] = [];
  let start = 0;
  while (start < heights.length) {
    let used = 0;
    let end = start;
    let groupBreak = -1;
    let usedAtBreak = 0;
    while (end < heights.length && used + (heights[end] ?? 0) <= available) {
      if (end > start && groupStarts.has(end)) {
        groupBreak = end;
        usedAtBreak = used;
      }
      used += heights[end] ?? 0;
      end += 1;
    }
    if (end === start) return [];
    const insideGroup = end < heights.length && !groupStarts.has(end);
    if (insideGroup && groupBreak > start && usedAtBreak >= available / 2) end = groupBreak;
    pages.push({ start, end });
    start = end;
  }
  return pages;
}

/**
 * Data attributes of the root <svg> that carry a report of content that does not fit (read back by
 * parseFitAttributes); none when it fits, so the markup of a chart that fits is unchanged.
 */
export function fitAttributes(fit: FitReport | undefined): Record<string, string> {
  if (!fit || fit.fits) return {};
  return {
    'data-fit': fit.fits ? 'fits' : 'does-not-fit',
    'data-fit-needed-height': String(Math.ceil(fit.neededHeight)),
    'data-fit-unit': fit.unit,
    'data-fit-total': String(fit.total),
    'data-fit-pages': fit.pages.map((p) => `${p.start}-${p.end}`).join(' '),
  };
}

/** The report written by fitAttributes, from the root's attribute values; undefined without one. */
export function parseFitAttributes(
  get: (name: string) => string | undefined,
): FitReport | undefined {
  const state = get('data-fit');
  const unit = get('data-fit-unit');
  if (state === undefined || (unit !== 'rows' && unit !== 'series' && unit !== 'tiles'))
    return undefined;
  const pages = (get('data-fit-pages') ?? '')
    .split(' ')
    .filter((p) => p !== '')
    .map((p) => {
      const [start = 0, end = 0] = p.split('-').map(Number);
      return { start, end };
    });
  return {
    fits: state === 'fits',
    neededHeight: Number(get('data-fit-needed-height') ?? 0),
    unit,
    total: Number(get('data-fit-total') ?? 0),
    pages,
  };
}
