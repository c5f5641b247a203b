/**
 * One ResponseCoverage layout, pure: in a mode ('tiles' or 'compact'), at a type scale and with extra row
 * height, the header and headline (headline.ts) over the tiles (tiles.ts) or the compact list
 * (compact.ts). computeResponseCoverageLayout (compute.ts) picks the arguments.
 */
import { responseCoverageMessages } from '../locale/responseCoverage';
import type { BodyInput, CoverageBody } from './body';
import { layoutCompact } from './compact';
import { coverageType } from './coverageType';
import { hasPopulation, populationText, statusText } from './describe';
import { gridHeight } from './grid';
import { layoutCoverageHeadline } from './headline';
import type {
  CoverageLayoutMode,
  ResponseCoverageLayout,
  ResponseCoverageLayoutInput,
} from './layoutTypes';
import { summarizeCoverage } from './summary';
import { layoutTiles, tileColumns } from './tiles';
import { tileStyles } from './tileParts';
import type { ResponseCoverageData, ResponseCoverageItem, ResponseCoverageOrder } from './types';

/** The items in display order. */
export function orderItems(
  data: ResponseCoverageData,
  order: ResponseCoverageOrder,
): ResponseCoverageItem[] {
  if (order !== 'answered-first') return [...data];
  return [...data.filter((i) => i.answered), ...data.filter((i) => !i.answered)];
}

/**
 * How one layout is built: its mode, type scale, the height added to every row and the room left between
 * the headline and the tiles (a fixed height's spare room, shared above and below the tiles).
 */
export interface CoverageBuild {
  readonly mode: CoverageLayoutMode;
  readonly scale: number;
  readonly extraRowHeight: number;
  readonly offset: number;
  /** Tile columns chosen by a fixed height's fill (compute.ts); the caller's `columns` option wins. */
  readonly columns?: number;
}

/** Fewer tile columns than this at a width (by the width rule) draw the compact list instead. */
export const COMPACT_BELOW_COLUMNS = 3;

/** The body's input at `scale`, starting at `top`. */
function bodyInput(
  input: ResponseCoverageLayoutInput,
  maxLabelLines: number,
  scale: number,
  top: number,
  extraRowHeight: number,
  fillColumns?: number,
): BodyInput {
  const { data, width, locale, options, theme } = input;
  const type = coverageType(theme, scale, locale);
  const withPopulation = hasPopulation(data);
  const range = options.tileRange;
  const ordered = orderItems(data, options.order);
  const shown = range ? ordered.slice(range.start, range.end) : ordered;
  const texts = shown.map((item) => ({
    item,
    status: statusText(item.answered, options.wording, locale),
    population: populationText(item, locale, withPopulation),
  }));
  const messages = responseCoverageMessages(locale);
  const columns =
    options.columns !== undefined && Number.isFinite(options.columns)
      ? options.columns
      : fillColumns;
  return {
    texts,
    type,
    x: type.margin,
    width: Math.max(1, width - 2 * type.margin),
    top,
    maxLabelLines,
    maxColumns: options.maxColumns,
    columns,
    extraRowHeight,
    answeredText: messages.answered,
    missingText: messages.notAnswered[options.wording],
  };
}

/**
 * The mode the width asks for: the compact list when the tile grid would get fewer than
 * COMPACT_BELOW_COLUMNS columns for three or more municipalities (and the caller fixed no column count),
 * else tiles.
 */
export function preferredMode(
  input: ResponseCoverageLayoutInput,
  maxLabelLines: number,
): CoverageLayoutMode {
  const forced = input.options.layoutMode;
  if (forced === 'tiles' || forced === 'compact') return forced;
  const body = bodyInput(input, maxLabelLines, 1, 0, 0);
  if (body.columns !== undefined || body.texts.length < 3) return 'tiles';
  return tileColumns(body) < COMPACT_BELOW_COLUMNS ? 'compact' : 'tiles';
}

/**
 * The modes a fixed height may use, preferred first: the compact list is also tried when the tiles are too
 * tall (unless the caller fixed a column count, which is about tiles).
 */
export function modesToTry(
  input: ResponseCoverageLayoutInput,
  preferred: CoverageLayoutMode,
): CoverageLayoutMode[] {
  const { columns } = input.options;
  const fixed = columns !== undefined && Number.isFinite(columns);
  if (input.options.layoutMode !== undefined) return [preferred];
  return preferred === 'tiles' && !fixed && input.data.length > 1
    ? ['tiles', 'compact']
    : [preferred];
}

export function buildCoverageLayout(
  input: ResponseCoverageLayoutInput,
  maxLabelLines: number,
  build: CoverageBuild,
): ResponseCoverageLayout {
  const { data, width } = input;
  const summary = summarizeCoverage(data);
  const type = coverageType(input.theme, build.scale, input.locale);
  const top = layoutCoverageHeadline(input, type, summary);
  const bodyTop = top.bodyTop + Math.max(0, build.offset);
  const body = bodyInput(
    input,
    maxLabelLines,
    build.scale,
    bodyTop,
    build.extraRowHeight,
    build.columns,
  );
  const laid: CoverageBody =
    build.mode === 'compact' ? layoutCompact(body) : layoutTiles(body, tileColumns(body));
  const natural = Math.ceil(laid.grid.y + gridHeight(laid.grid) + type.margin);
  return {
    width,
    height: natural,
    naturalHeight: natural,
    overflow: false,
    mode: build.mode,
    header: top.header,
    headline: top.headline,
    notes: top.notes,
    legend: laid.legend,
    grid: laid.grid,
    tiles: laid.tiles,
    styles: tileStyles(input.theme),
    summary,
    truncatedCount: laid.truncatedCount,
    maxLabelLines,
    scale: build.scale,
  };
}
