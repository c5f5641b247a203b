/**
 * GoalBarChart's marks as drawn, pure and linear in the number of rows: one path per bar fill (goals,
 * sub-goals, the hatched no-data squares), one path per reference line and one for the previous round's
 * markers, and the label and value texts at their baselines, coordinates rounded to hundredths. The
 * component maps them to SVG one to one, so a chart of 2000 goals is two <text> per goal (and a halo
 * copy of the few values a grid line runs through) and a handful of paths. Also the pointer → row inversion.
 */
import { boxContains } from '../geometry/box';
import { RectsPath } from '../geometry/path';
import { round2, svgNumber } from '../geometry/round';
import { lineBaseline } from '../text/TextLines';
import type { ChartTheme } from '../theme/ChartTheme';
import type { GoalBarLayout, GoalBarRow } from './layoutTypes';
import { diamondPath } from './previousMarker';

/** A printed value or a line of a label: its baseline y and text (x is its column's). */
export interface BaselineText {
  readonly y: number;
  readonly text: string;
}

/**
 * The printed values that start at one x, drawn in a group moved to x: the bars all start at the scale
 * minimum, so values end up at a few dozen x (one per distinct one-decimal mean) and each needs only its
 * baseline.
 */
export interface ValueColumn {
  readonly x: number;
  readonly values: readonly PrintedText[];
}

/** A printed value, with the change since the previous round (" (+0,3)", normal weight) when any. */
export interface PrintedText extends BaselineText {
  readonly change?: string;
}

/** A one-line goal label: a plain <text y>. */
export interface KeyedLabelLine extends BaselineText {
  readonly key: string;
}

/** A goal label of several lines: one <text> with a <tspan x="0" y> per line. */
export interface WrappedLabel {
  readonly key: string;
  /** Every line but the last ends in a space, so the text content keeps its word breaks (as TextLines). */
  readonly lines: readonly BaselineText[];
}

/**
 * The labels that start at one x (goals; sub-goals are indented), drawn in a group moved to x, so each
 * label needs only its baselines.
 */
export interface LabelColumn {
  readonly x: number;
  readonly lines: readonly KeyedLabelLine[];
  readonly wrapped: readonly WrappedLabel[];
}

export interface GoalBarMarks {
  /** The bars of goals and of sub-goals: one rectangle each (geometry/path's RectsPath); '' for none. */
  readonly goalBars: string;
  readonly subGoalBars: string;
  /** The no-data squares (filled with the hatch, outlined). */
  readonly missing: string;
  /** Vertical segments ("M x y V y2"): the grid at each tick, the neutral reference, the comparison. */
  readonly gridPath: string;
  readonly referencePath: string;
  readonly comparisonPath: string;
  /** The previous round's markers: one diamond per row with a previous mean (previousMarker.ts); ''. */
  readonly previousPath: string;
  /** The goal labels, by their start x. */
  readonly labels: readonly LabelColumn[];
  /** Printed values no line runs through: plain text. */
  readonly values: PrintedValues;
  /** Printed values a grid line runs through (row.valueHalo): drawn over a halo. */
  readonly haloValues: PrintedValues;
}

/** Printed values of the bars (bold) and of missing values ("ei tietoa", normal weight), by x. */
export interface PrintedValues {
  readonly bold: readonly ValueColumn[];
  readonly normal: readonly ValueColumn[];
}

function segmentsPath(x: number, bands: GoalBarLayout['bands']): string {
  const sx = svgNumber(x);
  let d = '';
  for (const band of bands) d += `M${sx} ${svgNumber(band.top)}V${svgNumber(band.bottom)}`;
  return d;
}

/** The distance from a text block's top to the baseline of its first line (see lineBaseline). */
function baselineOffset(fontSize: number, lineHeight: number, weight: number): number {
  return lineBaseline(0, 0, fontSize, lineHeight, weight);
}

/** The entry of `map` at `key`, made by `make` the first time. */
function entry<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

const valueColumns = (columns: Map<number, PrintedText[]>): ValueColumn[] =>
  [...columns].map(([x, values]) => ({ x: x / 100, values }));

const printedValues = ([bold, normal]: readonly [
  Map<number, PrintedText[]>,
  Map<number, PrintedText[]>,
]): PrintedValues => ({ bold: valueColumns(bold), normal: valueColumns(normal) });

export function goalBarMarks(layout: GoalBarLayout, theme: ChartTheme): GoalBarMarks {
  const { font, rows, bands } = layout;
  const { bold, normal } = theme.fontWeight;
  const goalBars = new RectsPath();
  const subGoalBars = new RectsPath();
  const missing = new RectsPath();
  const labelOffset = baselineOffset(font.label, font.labelLineHeight, normal);
  const valueOffset = {
    bold: baselineOffset(font.value, font.valueLineHeight, bold),
    normal: baselineOffset(font.value, font.valueLineHeight, normal),
  };
  // Keyed by x in whole hundredths.
  const labels = new Map<number, { lines: KeyedLabelLine[]; wrapped: WrappedLabel[] }>();
  // Plain and haloed, each bold (a bar's value) and normal (a missing value's "ei tietoa").
  const values = [
    [new Map<number, PrintedText[]>(), new Map<number, PrintedText[]>()],
    [new Map<number, PrintedText[]>(), new Map<number, PrintedText[]>()],
  ] as const;
  let previousPath = '';
  const newLabelColumn = () => ({ lines: [], wrapped: [] });
  const newValueColumn = (): PrintedText[] => [];
  for (const row of rows) {
    const { bar, labelLines } = row;
    if (bar && bar.width > 0) (row.level === 0 ? goalBars : subGoalBars).add(bar);
    if (row.missing) missing.add(row.missing);

    const column = entry(labels, Math.round(row.labelX * 100), newLabelColumn);
    const top = row.labelY + labelOffset;
    if (labelLines.length === 1) {
      column.lines.push({ key: row.item.id, y: round2(top), text: labelLines[0] ?? '' });
    } else if (labelLines.length > 1) {
      const last = labelLines.length - 1;
      column.wrapped.push({
        key: row.item.id,
        lines: labelLines.map((line, i) => ({
          y: round2(top + i * font.labelLineHeight),
          text: i < last ? `${line} ` : line,
        })),
      });
    }

    const y = round2(row.valueY + (bar ? valueOffset.bold : valueOffset.normal));
    const x = Math.round(row.valueX * 100);
    const printed = row.changeText
      ? { y, text: row.valueText, change: row.changeText }
      : { y, text: row.valueText };
    entry(values[row.valueHalo ? 1 : 0][bar ? 0 : 1], x, newValueColumn).push(printed);
    if (row.previous) previousPath += diamondPath(row.previous);
  }
  return {
    goalBars: goalBars.toString(),
    subGoalBars: subGoalBars.toString(),
    missing: missing.toString(),
    gridPath: layout.axis.ticks.map((tick) => segmentsPath(tick.x, bands)).join(''),
    referencePath: segmentsPath(layout.reference.x, bands),
    comparisonPath: layout.comparison ? segmentsPath(layout.comparison.x, bands) : '',
    previousPath,
    labels: [...labels].map(([x, column]) => ({ x: x / 100, ...column })),
    values: printedValues(values[0]),
    haloValues: printedValues(values[1]),
  };
}

/**
 * The row under a point in chart coordinates (its index), or null outside every row's box: a binary
 * search over the rows' tops (they are in display order, top to bottom), O(log n).
 */
export function rowIndexAt(rows: readonly GoalBarRow[], x: number, y: number): number | null {
  let lo = 0;
  let hi = rows.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((rows[mid]?.rowBox.y ?? Infinity) <= y) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const box = rows[found]?.rowBox;
  return box && boxContains(box, x, y) ? found : null;
}
