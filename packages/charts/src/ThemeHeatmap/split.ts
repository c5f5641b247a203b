/**
 * The parts of a heatmap too tall for a fixed size (the static renderer's honest splitting): each part is
 * the same heatmap on one page of its drawn rows, in the same orientation, with the same columns and key
 * and the same colour bands (count thresholds of the whole), so a colour means the same value on every
 * part. Only the split axis collapses its empty lines (named in the first part's note); the other axis's
 * empty lines are named in every part's header.
 */
import type { ChartPart, SplitInput } from '../chart/ChartDefinition';
import { layoutHeatmapFrame } from './compute';
import { emptyLinesNote } from './describe';
import type { HeatmapCollapse, HeatmapOrientation } from './layoutTypes';
import type { HeatmapData } from './types';

/** The chart options a part is drawn with (a subset of ThemeHeatmap's props). */
export interface HeatmapSplitProps {
  readonly thresholds?: readonly number[];
  readonly collapseMissing?: HeatmapCollapse;
  readonly orientation?: HeatmapOrientation;
  readonly keyColumns?: number;
}

function pick<T>(matrix: readonly (readonly T[])[] | undefined, rows: number[], columns: number[]) {
  return matrix?.flatMap((row, r) => (rows.includes(r) ? [columns.map((c) => row[c] as T)] : []));
}

/** `data` with only the rows (or columns) at the given indices, every per-cell array alike. */
function subset(data: HeatmapData, rows: number[], columns: number[]): HeatmapData {
  return {
    ...data,
    rows: rows.map((r) => data.rows[r] ?? { id: '', label: '' }),
    columns: columns.map((c) => data.columns[c] ?? { id: '', label: '' }),
    values: pick(data.values, rows, columns) ?? [],
    n: pick(data.n, rows, columns),
    details: pick(data.details, rows, columns),
  };
}

const indices = (n: number) => Array.from({ length: n }, (_, i) => i);

export function splitHeatmap<P extends HeatmapSplitProps>(
  input: SplitInput<HeatmapData, P>,
): ChartPart<HeatmapData, P>[] {
  const { data, props, plan, width, height, locale, theme, title, hideTitle } = input;
  // The whole's frame as it was drawn (its orientation and key are the parts'): the same room.
  const frame = layoutHeatmapFrame(data, {
    width,
    height,
    locale,
    theme,
    title,
    hideTitle,
    thresholds: props.thresholds,
    collapseMissing: props.collapseMissing,
    orientation: props.orientation,
    keyColumns: props.keyColumns,
    // Parts are pictures (the static renderer's): laid out as the whole was, without a tooltip.
    noTooltip: true,
  });
  const thresholds =
    data.kind === 'count'
      ? (props.thresholds ?? frame.bands.bands.slice(2).map((band) => band.min))
      : undefined;
  // The drawn rows are the data's rows, or its columns when transposed: the axis split into pages.
  const across: 'rows' | 'columns' = frame.transposed ? 'columns' : 'rows';
  const axis = frame.transposed ? data.columns : data.rows;
  const drawn = frame.data.rows.map((row) => row.id);
  const { rows: emptyRows, columns: emptyColumns } = frame.collapsed;
  const collapsed = new Set((frame.transposed ? emptyColumns : emptyRows).map((i) => i.id));
  // The other axis is the same on every part: the whole's drawn lines, its empty ones named in a note.
  const other = frame.transposed ? data.rows : data.columns;
  const otherEmpty = frame.transposed ? emptyRows : emptyColumns;
  const otherIds = new Set(frame.data.columns.map((c) => c.id));
  const otherKept = indices(other.length).filter((i) => otherIds.has(other[i]?.id ?? ''));
  const notes =
    otherEmpty.length > 0
      ? [
          ...(data.notes ?? []),
          emptyLinesNote(data, otherEmpty, frame.transposed ? 'rows' : 'columns', locale),
        ]
      : data.notes;
  const orientation: HeatmapOrientation = frame.transposed ? 'transposed' : 'as-given';
  const partProps = {
    ...props,
    thresholds,
    orientation,
    keyColumns: frame.keyColumns,
    collapseMissing: props.collapseMissing === false ? false : across,
  };
  return plan.pages.map(({ start, end }, part) => {
    const ids = new Set(drawn.slice(start, end));
    // Lines left out of the grid for having no value are named in the first part's note.
    const keep = indices(axis.length).filter((i) => {
      const id = axis[i]?.id ?? '';
      return ids.has(id) || (part === 0 && collapsed.has(id));
    });
    const partData = frame.transposed
      ? subset(data, otherKept, keep)
      : subset(data, keep, otherKept);
    return { data: { ...partData, notes }, props: partProps };
  });
}
