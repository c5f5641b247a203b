/**
 * A heatmap's parts shared by both arrangements, pure: what compute prepares once (Shared), value helpers,
 * and the columns per panel with their labels.
 */
import type { ChartHeaderLayout } from '../layout/chartHeader';
import { collidingLabels } from '../text/distinctLabels';
import { measureText } from '../text/measureText';
import type { CollapsedData } from './arrange';
import { DIAGONAL, layoutColumnLabels } from './axisLabels';
import type { AxisLabel, ColumnLabels } from './axisLabels';
import { keyedColumnLabels, keyedPitch } from './columnKey';
import type { ColorBands } from './colorBands';
import type { HeatmapNote, HeatmapOptions } from './layoutTypes';
import type { HeatmapData } from './types';

export function presentValues(data: HeatmapData): number[] {
  const out: number[] = [];
  for (const row of data.values) for (const v of row) if (v !== null) out.push(v);
  return out;
}

export function hasMissing(data: HeatmapData): boolean {
  return data.values.some((row) => row.some((v) => v === null));
}

export function longest(items: readonly { readonly label: string }[], fontSize: number): number {
  let max = 0;
  for (const item of items) max = Math.max(max, measureText(item.label, fontSize));
  return max;
}

export function shiftLabels(labels: ColumnLabels, dy: number): ColumnLabels {
  const move = (l: AxisLabel): AxisLabel => ({
    ...l,
    y: l.y + dy,
    box: { ...l.box, y: l.box.y + dy },
  });
  return {
    ...labels,
    labels: labels.labels.map(move),
    key: labels.key?.map((e) => ({ ...e, y: e.y + dy, box: { ...e.box, y: e.box.y + dy } })),
  };
}

/** What every orientation shares: the given data collapsed, bands, header, legend and notes' texts. */
export interface Shared {
  readonly options: HeatmapOptions;
  readonly collapsed: CollapsedData;
  readonly header: ChartHeaderLayout;
  readonly bands: ColorBands;
  readonly noteTexts: readonly { readonly key: HeatmapNote['key']; readonly text: string }[];
}

/**
 * Columns per panel and their labels: all in one panel when they can be labelled side by side; numbered
 * under a key when the options give the key's columns.
 */
export function layoutColumns(
  data: HeatmapData,
  gridX: number,
  right: number,
  shared: Shared,
): { perPanel: number; cellWidth: number; labels: ColumnLabels[] } {
  const { theme, width } = shared.options;
  const fontSize = theme.fontSize.label;
  const lineHeight = fontSize * theme.lineHeight;
  const count = data.columns.length;
  const minPitch = lineHeight / DIAGONAL;
  const maxLength = Math.max(8 * fontSize, Math.min(30 * fontSize, width * 0.5));
  const labelsFor = (perPanel: number, cellWidth: number) => {
    const out: ColumnLabels[] = [];
    for (let first = 0; first < count; first += perPanel) {
      out.push(
        layoutColumnLabels({
          labels: data.columns.slice(first, first + perPanel).map((c) => c.label),
          first,
          left: gridX,
          cellWidth,
          bottom: 0,
          maxLength,
          gap: theme.spacing.xs,
          fontSize,
          lineHeight,
        }),
      );
    }
    return out;
  };
  // Numbered columns with the key in the given columns (a fixed height's or a split part's choice).
  if (shared.options.keyColumns !== undefined) return keyedColumns(data, gridX, right, shared);
  const span = Math.max(1, right - gridX);
  let perPanel = count;
  if (span / count < minPitch) {
    const panels = Math.ceil(count / Math.max(1, Math.floor(span / minPitch)));
    perPanel = Math.ceil(count / panels);
  }
  for (;;) {
    // Diagonal labels reach past the last column: narrow the grid until they stay inside.
    let cellWidth = span / perPanel;
    let labels = labelsFor(perPanel, cellWidth);
    for (let i = 0; i < 4; i += 1) {
      const excess = Math.max(
        ...labels.map((l, p) => {
          const columns = Math.min(perPanel, count - p * perPanel);
          return gridX + columns * cellWidth + l.overhangRight - right;
        }),
      );
      if (excess <= 0.01) break;
      cellWidth = Math.max(1, cellWidth - excess / perPanel);
      labels = labelsFor(perPanel, cellWidth);
    }
    const labelled = labels.every((l) => l.orientation === 'horizontal') || cellWidth >= minPitch;
    if (labelled || perPanel === 1) {
      // Numbered columns with a key when the cut labels would read the same, or when cut labels need
      // more panels than numbered ones (a narrow chart: fewer, taller-keyed panels, not a long column).
      const cut = labels.some((l) => l.labels.some((label) => label.truncated));
      if (!cut) return { perPanel, cellWidth, labels };
      const keyed = keyedColumns(data, gridX, right, shared);
      return readTheSame(data, labels) || keyed.labels.length < labels.length
        ? keyed
        : { perPanel, cellWidth, labels };
    }
    // One panel more (always fewer columns per panel, so the loop ends at one column a panel).
    const panels = Math.ceil(count / perPanel) + 1;
    perPanel = Math.max(1, Math.min(perPanel - 1, Math.ceil(count / panels)));
  }
}

/** Whether two columns' labels, as cut to fit, read the same. */
function readTheSame(data: HeatmapData, panels: readonly ColumnLabels[]): boolean {
  const wrapped = panels.flatMap((p) =>
    p.labels.map((l) => ({ lines: [...l.lines], truncated: l.truncated })),
  );
  return (
    collidingLabels(
      data.columns.map((c) => c.label),
      wrapped,
    ).length > 0
  );
}

/** Columns headed by their numbers under a key of their labels (columnKey.ts), as few panels as fit. */
function keyedColumns(
  data: HeatmapData,
  gridX: number,
  right: number,
  shared: Shared,
): { perPanel: number; cellWidth: number; labels: ColumnLabels[] } {
  const { theme, width, locale } = shared.options;
  const fontSize = theme.fontSize.label;
  const lineHeight = fontSize * theme.lineHeight;
  const gap = theme.spacing.xs;
  const count = data.columns.length;
  const span = Math.max(1, right - gridX);
  const pitch = keyedPitch(count, fontSize, gap);
  const perPanel = Math.max(
    1,
    Math.ceil(count / Math.ceil(count / Math.max(1, Math.floor(span / pitch)))),
  );
  const cellWidth = span / perPanel;
  const allLabels = data.columns.map((c) => c.label);
  const labels: ColumnLabels[] = [];
  for (let first = 0; first < count; first += perPanel) {
    labels.push(
      keyedColumnLabels({
        allLabels,
        first,
        count: Math.min(perPanel, count - first),
        left: gridX,
        cellWidth,
        keyLeft: theme.spacing.md,
        keyRight: width - theme.spacing.md,
        fontSize,
        lineHeight,
        gap,
        keyColumns: shared.options.keyColumns,
        locale,
      }),
    );
  }
  return { perPanel, cellWidth, labels };
}
