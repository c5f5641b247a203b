/**
 * The heatmap's cell marks, pure and cheap: one SVG path per colour band (each cell a "M x y h w v h h-w z"
 * segment; with no gap between cells, runs of same-band cells in a row merge into one segment), one path
 * for every missing cell (hatched; runs of missing cells merge), the values printed in the cells where the
 * widest one fits, and a "ei tietoa" label on each missing run that has room for it. Cost is linear in the
 * number of cells and the output has no per-cell element except printed values.
 */
import { measureText } from '../text/measureText';
import { lineBaseline } from '../text/TextLines';
import type { ColorBands } from './colorBands';
import type { LabelBox } from './axisLabels';
import type { HeatmapValue } from './types';
import { svgNumber } from '../layout/round';

export interface GridGeometry {
  readonly x: number;
  readonly y: number;
  readonly cellWidth: number;
  readonly rowHeight: number;
  readonly rows: number;
  readonly columns: number;
  /** White space between cells (0 in dense grids). */
  readonly gap: number;
}

export interface BandPath {
  readonly band: number;
  readonly color: string;
  /** Empty when no cell is in the band. */
  readonly d: string;
}

export interface ValueText {
  readonly x: number;
  /** Baseline. */
  readonly y: number;
  readonly text: string;
}

/** Printed values of one text colour (drawn as one <g fill> of <text>s). */
export interface ValueTextGroup {
  readonly color: string;
  readonly items: readonly ValueText[];
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
  readonly missingPath: string;
  readonly missingLabels: readonly MissingLabel[];
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
  /** Candidate font sizes for the values, largest first. */
  readonly valueFontSizes: readonly number[];
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
      shape = `h${svgNumber(w)}v${height}h${svgNumber(-w)}z`;
      cache.set(cells, shape);
    }
    return shape;
  };
}

/** The width of the widest printed value, or Infinity when formatting is not worth trying. */
function widestValue(input: CellMarksInput, fontSize: number): number {
  const seen = new Set<string>();
  let max = 0;
  for (const row of input.values) {
    for (const v of row) {
      if (v === null) continue;
      const text = input.format(v);
      if (seen.has(text)) continue;
      seen.add(text);
      max = Math.max(max, measureText(text, fontSize));
    }
  }
  return max;
}

function chooseValueFont(input: CellMarksInput): number | null {
  const { cellWidth, rowHeight, gap } = input.grid;
  for (const size of input.valueFontSizes) {
    if (rowHeight - gap < size * 1.2) continue;
    if (widestValue(input, size) + 2 * input.padding <= cellWidth - gap) return size;
  }
  return null;
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
  const { x: x0, y: y0, cellWidth, rowHeight, gap, columns } = grid;
  const half = gap / 2;
  const colX = Array.from({ length: columns }, (_, c) => svgNumber(x0 + c * cellWidth + half));
  const shape = runShapes(cellWidth, gap, svgNumber(rowHeight - gap));
  const paths: string[] = bands.bands.map(() => '');
  let missing = '';
  const missingLabels: MissingLabel[] = [];
  const valueFontSize = chooseValueFont(input);
  const byColor = new Map<string, ValueText[]>();
  const noData = noDataVariants(input);
  const valueDy =
    valueFontSize === null ? 0 : lineBaseline(-valueFontSize / 2, 0, valueFontSize, valueFontSize);

  values.forEach((row, r) => {
    const y = svgNumber(y0 + r * rowHeight + half);
    const centreY = y0 + (r + 0.5) * rowHeight;
    let c = 0;
    while (c < columns) {
      const v = row[c] ?? null;
      let end = c + 1;
      if (v === null) {
        while (end < columns && (row[end] ?? null) === null) end += 1;
        const w = (end - c) * cellWidth - gap;
        missing += `M${colX[c] ?? '0'} ${y}${shape(end - c)}`;
        const label = noData.find((n) => n.width <= w && n.height <= rowHeight - gap);
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
      paths[band] += `M${colX[c] ?? '0'} ${y}${shape(end - c)}`;
      if (valueFontSize !== null) {
        const color = bands.bands[band]?.textColor ?? '#000000';
        let list = byColor.get(color);
        if (!list) byColor.set(color, (list = []));
        for (let k = c; k < end; k += 1) {
          const value = row[k] ?? v;
          list.push({ x: x0 + (k + 0.5) * cellWidth, y: centreY + valueDy, text: format(value) });
        }
      }
      c = end;
    }
  });

  return {
    bandPaths: bands.bands.map((band, i) => ({
      band: i,
      color: band.color,
      d: paths[i] ?? '',
    })),
    missingPath: missing,
    missingLabels,
    valueFontSize,
    valueGroups: [...byColor].map(([color, items]) => ({ color, items })),
  };
}
