/**
 * What the two body layouts of ResponseCoverage (tiles.ts, compact.ts) take and give: the tiles'
 * texts in display order, the type, the room, and back the grid, the tiles and the legend. Types and
 * the shared wrapping only; pure.
 */
import type { CoverageType } from './coverageType';
import { gridColumns } from './grid';
import type { GridGeometry } from './grid';
import type { CoverageLegendEntry, CoverageTile, TextBlock } from './layoutTypes';
import { textBlock } from './textBlock';
import { widthForLines } from './tileParts';
import type { TileTexts } from './tileParts';

export interface BodyInput {
  /** Each tile's texts, in display order. */
  readonly texts: readonly TileTexts[];
  readonly type: CoverageType;
  /** Left edge and width of the body, px. */
  readonly x: number;
  readonly width: number;
  /** Where the body starts, px. */
  readonly top: number;
  readonly maxLabelLines: number;
  readonly maxColumns: number;
  /** The caller's fixed column count (tiles only). */
  readonly columns?: number;
  /** Added to every row's height (a fixed height's spare room), px. */
  readonly extraRowHeight: number;
  /** The statuses the legend explains: "Vastasi" and the not-answered wording. */
  readonly answeredText: string;
  readonly missingText: string;
}

export interface CoverageBody {
  readonly grid: GridGeometry;
  readonly tiles: readonly CoverageTile[];
  readonly legend: readonly CoverageLegendEntry[];
  readonly truncatedCount: number;
}

/**
 * The body's columns: the caller's count, else as many as fit the width (balanced rows, ≤ `maxColumns`),
 * for a tile or chip at least `minWidth` wide (never above the width) with `gap` between them.
 */
export function bodyColumns(input: BodyInput, minWidth: number, gap: number): number {
  const { width } = input;
  return gridColumns({
    count: input.texts.length,
    width,
    minTileWidth: Math.min(width, minWidth),
    gap,
    maxColumns: input.maxColumns,
    columns: input.columns,
  });
}

/** A name wrapped to `width` in up to `lines` lines, at the origin. */
export function nameBlock(label: string, width: number, type: CoverageType, lines: number) {
  return textBlock(label, 0, 0, width, type.name, type.bold, type.lineHeight, lines, type.locale);
}

/** A status or population wrapped to `width` in up to `lines` lines, at the origin. */
export function smallBlock(text: string, width: number, type: CoverageType, lines: number) {
  return textBlock(text, 0, 0, width, type.small, type.normal, type.lineHeight, lines, type.locale);
}

/**
 * A status wrapped to `width` in up to `lines` lines with its lines balanced: the narrowest width that
 * keeps the same number of lines, so no single word is left alone on the last line.
 */
export function balancedSmallBlock(text: string, width: number, type: CoverageType, lines: number) {
  const greedy = smallBlock(text, width, type, lines);
  if (greedy.lines.length < 2 || greedy.truncated) return greedy;
  const narrowest = widthForLines(text, type.small, type.normal, greedy.lines.length);
  return narrowest < width ? smallBlock(text, narrowest + 0.5, type, lines) : greedy;
}

/** A block's height: its lines. */
export function blockHeight(b: TextBlock): number {
  return b.lines.length * b.lineHeight;
}
