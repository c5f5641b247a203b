/**
 * The types of ResponseCoverage's layout: what computeResponseCoverageLayout takes (input, options) and
 * gives (the layout, its tiles and text blocks). Types only, shared by compute.ts, build.ts and
 * headline.ts.
 */
import type { TitleOptions } from '../common/chartTitle';
import type { Box } from '../geometry/box';
import type { NotAnsweredWording } from '../locale/responseCoverage';
import type { GridGeometry } from './grid';
import type { CoverageSummary } from './summary';
import type { TileIcon, TileStyles } from './tileParts';
import type { ResponseCoverageData, ResponseCoverageItem, ResponseCoverageOrder } from './types';
import type { TextSize } from '../text/textSize';
import type { GrowingFrame, LayoutInput } from '../layout/layoutInput';

export interface ResponseCoverageOptions extends TitleOptions {
  /** Adds the response base "n = 6/10 kuntaa" under the title, as the other charts print it. */
  readonly showBase: boolean;
  readonly wording: NotAnsweredWording;
  readonly order: ResponseCoverageOrder;
  /** Most columns the width rule may choose (5: ten municipalities as 5 × 2). */
  readonly maxColumns: number;
  /** A fixed column count instead of the width rule. */
  readonly columns?: number;
  /**
   * Lines of a name before it is cut with "…" (never lowered to fit a height: the chart reports that it
   * does not fit instead); as resolveLineLimit: NaN or below 1 → DEFAULT_COVERAGE_LABEL_LINES, at most
   * MAX_LABEL_LINES.
   */
  readonly maxLabelLines: number;
  /**
   * Draw only the tiles [start, end) of the display order (a part of a split chart); the headline, notes
   * and response base still count every municipality of the data.
   */
  readonly tileRange?: TileRange;
  /** The mode to draw in; default: by the width and, at a fixed height, what fits. */
  readonly layoutMode?: CoverageLayoutMode;
}

/** Tiles [start, end) in display order. */
export interface TileRange {
  readonly start: number;
  readonly end: number;
}

/** compute's input: the data, the width, a fixed height (else the natural one), locale, theme, options. */
export type ResponseCoverageLayoutInput = LayoutInput<
  ResponseCoverageData,
  ResponseCoverageOptions
>;

/** Wrapped lines with their position (y = top of the block). */
export interface TextBlock extends TextSize {
  readonly lines: readonly string[];
  readonly x: number;
  readonly y: number;
  readonly fontWeight: number;
}

/** 'tiles': a grid of tiles with the status printed in each; 'compact': a list of chips and a legend. */
export type CoverageLayoutMode = 'tiles' | 'compact';

export interface CoverageTile {
  /** Position in display and focus order (row by row). */
  readonly index: number;
  readonly item: ResponseCoverageItem;
  readonly box: Box;
  readonly name: TextBlock;
  readonly nameTruncated: boolean;
  /** The status beside the icon; null in the compact list (its legend says what the icons mean). */
  readonly status: TextBlock | null;
  readonly icon: TileIcon;
  /** "12 345 asukasta", or null without a valid population. */
  readonly population: TextBlock | null;
}

/** One entry of the compact list's legend: a small tile with its icon, and the status it stands for. */
export interface CoverageLegendEntry {
  readonly answered: boolean;
  readonly swatch: Box;
  readonly icon: TileIcon;
  readonly label: TextBlock;
}

/** `overflow`: a fixed height cannot hold every tile with text at the theme's minimums. */
export interface ResponseCoverageLayout extends GrowingFrame {
  readonly mode: CoverageLayoutMode;
  /** "6/10 kuntaa vastasi". */
  readonly headline: TextBlock;
  /** Population share and which populations are missing or invalid. */
  readonly notes: readonly TextBlock[];
  /** What the icons mean (compact list only; empty for tiles, which print their status). */
  readonly legend: readonly CoverageLegendEntry[];
  readonly grid: GridGeometry;
  readonly tiles: readonly CoverageTile[];
  readonly styles: TileStyles;
  readonly summary: CoverageSummary;
  /** Names cut with "…" (their full text is in the tooltip, the accessible name and the table). */
  readonly truncatedCount: number;
  readonly maxLabelLines: number;
  /** Tile type relative to the theme (above 1 when a fixed height leaves room; never below 1). */
  readonly scale: number;
}
