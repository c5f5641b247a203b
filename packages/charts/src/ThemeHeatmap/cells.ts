/**
 * The heatmap's cell marks, pure and cheap: one SVG path per colour band, one path for every missing cell
 * (hatched; runs of missing cells merge), the values printed in the cells where the widest one fits, and a
 * "ei tietoa" label on each missing run that has room for it. Cost is linear in the number of cells and the
 * output has no per-cell element except printed values.
 *
 * A band path is stroked, not filled: each cell (with no gap between cells, each run of same-band cells in
 * a row) is one horizontal segment through the row's centre, as thick as the cell is tall, with butt caps;
 * that is exactly the cell's rectangle. Its "m dx dy h w" (relative to the previous segment's end) costs
 * about a third of a filled "M x y h w v h h-w z". Coordinates are kept in integer hundredths (the centre
 * line in thousandths), so the edges are the same two-decimal numbers a filled rectangle would have and
 * relative moves never drift.
 */
import { measureText } from '../text/measureText';
import { lineBaseline } from '../text/TextLines';
import type { ColorBands } from './colorBands';
import type { LabelBox } from './axisLabels';
import type { HeatmapValue } from './types';
import { compactNumber, rectShape } from '../geometry/path';
import { svgNumber } from '../geometry/round';
import { rowHeightOf, rowTop } from './rows';
import type { GridGeometry } from './rows';

export type { GridGeometry } from './rows';
import { addSegment, BandSegments, BLOCK_HEIGHT } from './bandSegments';

export { BLOCK_HEIGHT } from './bandSegments';

export interface BandPath {
  readonly band: number;
  /** The block of rows it draws (see BLOCK_HEIGHT): a band has one path per block with cells in it. */
  readonly block: number;
  /** Its stroke width (the height of its rows' cells): `CellMarks.bandStroke` unless its rows differ. */
  readonly stroke: string;
  readonly color: string;
  /** Segments to stroke with `CellMarks.bandStroke` (see the module comment); empty when no cell is in the band. */
  readonly d: string;
}

export interface ValueText {
  /** Centre. */
  readonly x: number;
  readonly text: string;
}

/** The printed values of one colour in one row: one <text> at the row's baseline, a <tspan> per value. */
export interface ValueRow {
  /** Baseline. */
  readonly y: number;
  readonly items: readonly ValueText[];
}

/** Printed values of one text colour (drawn as one <g fill>). */
export interface ValueTextGroup {
  readonly color: string;
  readonly rows: readonly ValueRow[];
}

export interface MissingLabel {
  /** Centre x and the top of the text block. */
  readonly x: number;
  readonly y: number;
  /** "ei tietoa" on one line, or on two in a narrow but tall cell. */
  readonly lines: readonly string[];
  /** The background box behind the text (also its collision box). */
  readonly box: LabelBox;
}

export interface CellMarks {
  readonly bandPaths: readonly BandPath[];
  /** Stroke width of the band paths: the cell's height, as an SVG number. */
  readonly bandStroke: string;
  readonly missingPath: string;
  readonly missingLabels: readonly MissingLabel[];
  /**
   * Outlines of the cells whose colour is under 3:1 on the background (e.g. the near-white 0), drawn only
   * when no value is printed in them (a printed value tells them apart otherwise).
   */
  readonly outlinePath: string;
  /** Font size of the printed values, or null when they do not fit (dense grids). */
  readonly valueFontSize: number | null;
  readonly valueGroups: readonly ValueTextGroup[];
}

export interface CellMarksInput {
  readonly grid: GridGeometry;
  readonly values: readonly (readonly HeatmapValue[])[];
  readonly bands: ColorBands;
  /** Formats a value for printing (cached by the caller). */
  readonly format: (value: number) => string;
  /** Font size of the printed values (chooseValueFont), or null to print none. */
  readonly valueFontSize: number | null;
  readonly padding: number;
  readonly noData: {
    readonly text: string;
    readonly fontSize: number;
    readonly lineHeight: number;
  };
}

/** "h{w}v{h}h-{w}z" for runs of 1, 2, … cells (cached: the same few run lengths repeat). */
function runShapes(cellWidth: number, gap: number, height: string): (cells: number) => string {
  const cache = new Map<number, string>();
  return (cells) => {
    let shape = cache.get(cells);
    if (shape === undefined) {
      const w = cells * cellWidth - gap;
      shape = rectShape(svgNumber(w), height, svgNumber(-w));
      cache.set(cells, shape);
    }
    return shape;
  };
}

/** The no-data label on one line, then (if it has a space) on two; with their padded sizes. */
function noDataVariants(input: CellMarksInput) {
  const { text, fontSize, lineHeight } = input.noData;
  const pad = 2 * input.padding;
  const one = { lines: [text], width: measureText(text, fontSize) + pad, height: lineHeight };
  const words = text.split(' ');
  if (words.length < 2) return [one];
  const cut = Math.ceil(words.length / 2);
  const lines = [words.slice(0, cut).join(' '), words.slice(cut).join(' ')];
  const width = Math.max(...lines.map((l) => measureText(l, fontSize))) + pad;
  return [one, { lines, width, height: 2 * lineHeight }];
}

export function layoutCellMarks(input: CellMarksInput): CellMarks {
  const { grid, values, bands, format } = input;
  const { x: x0, cellWidth, rowHeight, gap, columns } = grid;
  const half = gap / 2;
  const shapes = new Map<number, (cells: number) => string>();
  const shapeOf = (cellHeight: number) => {
    let shape = shapes.get(cellHeight);
    if (!shape) shapes.set(cellHeight, (shape = runShapes(cellWidth, gap, svgNumber(cellHeight))));
    return shape;
  };
  // Band segments in integer hundredths: x of each column's left edge, run widths, the cell height.
  const left = Array.from({ length: columns }, (_, c) =>
    Math.round((x0 + c * cellWidth + half) * 100),
  );
  const runWidths = new Map<number, [number, string]>();
  const runWidth = (cells: number): [number, string] => {
    let w = runWidths.get(cells);
    if (!w) {
      const units = Math.round((cells * cellWidth - gap) * 100);
      runWidths.set(cells, (w = [units, compactNumber(units, 100)]));
    }
    return w;
  };
  const paths = new BandSegments(bands.bands.length);
  let missing = '';
  let outline = '';
  const missingLabels: MissingLabel[] = [];
  const valueFontSize = input.valueFontSize;
  const byColor = new Map<string, { y: number; items: ValueText[] }[]>();
  const noData = noDataVariants(input);
  const valueDy =
    valueFontSize === null ? 0 : lineBaseline(-valueFontSize / 2, 0, valueFontSize, valueFontSize);

  const tall = rowTop(grid, grid.rows) - grid.y > 4 * BLOCK_HEIGHT;
  const rowsPerBlock = tall
    ? Math.max(1, Math.floor(BLOCK_HEIGHT / Math.max(1, rowHeight)))
    : grid.rows;
  values.forEach((row, r) => {
    const rowY = rowTop(grid, r);
    const cellHeight = rowHeightOf(grid, r) - gap;
    const shape = shapeOf(cellHeight);
    const height = Math.round(cellHeight * 100);
    const group = paths.group(Math.floor(r / rowsPerBlock), height);
    const top = Math.round((rowY + half) * 100);
    const y = compactNumber(top, 100);
    // The segments' line: the cell's rounded top plus half its rounded height, in thousandths.
    const line = 10 * top + 5 * height;
    const centreY = rowY + (cellHeight + gap) / 2;
    const baseline = centreY + valueDy;
    let c = 0;
    while (c < columns) {
      const v = row[c] ?? null;
      let end = c + 1;
      if (v === null) {
        while (end < columns && (row[end] ?? null) === null) end += 1;
        const w = (end - c) * cellWidth - gap;
        missing += `M${compactNumber(left[c] ?? 0, 100)} ${y}${shape(end - c)}`;
        const label = noData.find((n) => n.width <= w && n.height <= cellHeight);
        if (label) {
          const cx = x0 + ((c + end) / 2) * cellWidth;
          const box = {
            x: cx - label.width / 2,
            y: centreY - label.height / 2,
            width: label.width,
            height: label.height,
          };
          missingLabels.push({ x: cx, y: box.y, lines: label.lines, box });
        }
        c = end;
        continue;
      }
      const band = bands.bandOf(v);
      if (gap === 0) {
        while (end < columns) {
          const next = row[end] ?? null;
          if (next === null || bands.bandOf(next) !== band) break;
          end += 1;
        }
      }
      const [w, wText] = runWidth(end - c);
      addSegment(group, band, left[c] ?? 0, line, w, wText);
      if (valueFontSize === null && bands.bands[band]?.outline)
        outline += `M${compactNumber(left[c] ?? 0, 100)} ${y}${shape(end - c)}`;
      if (valueFontSize !== null) {
        const color = bands.bands[band]?.textColor ?? '#000000';
        let rows = byColor.get(color);
        if (!rows) byColor.set(color, (rows = []));
        let last = rows[rows.length - 1];
        if (!last || last.y !== baseline) rows.push((last = { y: baseline, items: [] }));
        for (let k = c; k < end; k += 1) {
          last.items.push({ x: x0 + (k + 0.5) * cellWidth, text: format(row[k] ?? v) });
        }
      }
      c = end;
    }
  });

  return {
    bandPaths: paths.groups.flatMap((g) =>
      bands.bands.map((band, i) => ({
        band: i,
        block: g.block,
        stroke: g.stroke,
        color: band.color,
        d: g.d[i] ?? '',
      })),
    ),
    bandStroke: compactNumber(Math.round((rowHeight - gap) * 100), 100),
    missingPath: missing,
    missingLabels,
    outlinePath: outline,
    valueFontSize,
    valueGroups: [...byColor].map(([color, rows]) => ({ color, rows })),
  };
}

/**
 * The missing cells' hatch tile: lines 1.5 × the theme's hatch spacing apart (quieter than the theme's
 * own), drawn corner to corner and through the neighbouring corners so they join across tiles.
 */
export function hatchTile(spacing: number): { readonly size: number; readonly d: string } {
  const s = svgNumber(spacing * 1.5);
  const h = svgNumber(spacing * 0.75);
  const t = svgNumber(spacing * 2.25);
  return { size: Number(s), d: `M0 ${s}L${s} 0M-${h} ${h}L${h} -${h}M${h} ${t}L${t} ${h}` };
}
