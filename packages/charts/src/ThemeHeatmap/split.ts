/**
 * The parts of a heatmap too tall for a fixed size (the static renderer's honest splitting): each part is
 * the same heatmap on one page of its drawn rows, in the same orientation and with the same colour bands
 * (count thresholds of the whole), so a colour means the same value on every part.
 */
import type { ChartPart, SplitInput } from '../chart/ChartDefinition';
import { layoutHeatmapFrame } from './compute';
import type { HeatmapOrientation } from './layoutTypes';
import type { HeatmapData } from './types';

/** The chart options a part is drawn with (a subset of ThemeHeatmap's props). */
export interface HeatmapSplitProps {
  readonly thresholds?: readonly number[];
  readonly collapseMissing?: boolean;
  readonly orientation?: HeatmapOrientation;
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
  const { data, props, plan, width, height, locale, theme, title } = input;
  const frame = layoutHeatmapFrame(data, {
    width,
    height,
    locale,
    theme,
    title,
    thresholds: props.thresholds,
    collapseMissing: props.collapseMissing,
    orientation: props.orientation,
  });
  const thresholds =
    data.kind === 'count'
      ? (props.thresholds ?? frame.bands.bands.slice(2).map((band) => band.min))
      : undefined;
  // The drawn rows are the data's rows, or its columns when transposed.
  const axis = frame.transposed ? data.columns : data.rows;
  const drawn = frame.data.rows.map((row) => row.id);
  const collapsed = new Set(
    (frame.transposed ? frame.collapsed.columns : frame.collapsed.rows).map((i) => i.id),
  );
  const orientation: HeatmapOrientation = frame.transposed ? 'transposed' : 'as-given';
  return plan.pages.map(({ start, end }, part) => {
    const ids = new Set(drawn.slice(start, end));
    // Lines left out of the grid for having no value are named in the first part's note.
    const keep = indices(axis.length).filter((i) => {
      const id = axis[i]?.id ?? '';
      return ids.has(id) || (part === 0 && collapsed.has(id));
    });
    const partData = frame.transposed
      ? subset(data, indices(data.rows.length), keep)
      : subset(data, keep, indices(data.columns.length));
    return { data: partData, props: { ...props, thresholds, orientation } };
  });
}
