/** Our ThemeHeatmap: the generic matrix with kind 'rating', through its typed `data` prop. */
import {
  ThemeHeatmap,
  computeThemeHeatmapLayout,
  defaultTheme,
  heatmapCellBox,
} from '@yhdyspinta/charts/core';
import type { HeatmapData } from '@yhdyspinta/charts/core';
import type { ReactElement } from 'react';
import type { BenchCase, HeatmapCase } from '../../cases';
import { heatmapCaseData } from '../../cases';

function heatmapProps(benchCase: HeatmapCase): HeatmapData {
  const source = heatmapCaseData(benchCase);
  return {
    kind: 'rating',
    rows: source.rowLabels.map((label, i) => ({ id: `r${i}`, label })),
    columns: source.columnLabels.map((label, i) => ({ id: `c${i}`, label })),
    values: source.values,
  };
}

export function element(benchCase: BenchCase): ReactElement {
  if (benchCase.kind !== 'heatmap') throw new Error(`not a heatmap case: ${benchCase.id}`);
  return (
    <ThemeHeatmap
      data={heatmapProps(benchCase)}
      width={benchCase.width}
      height={benchCase.height}
      locale="fi"
      title={benchCase.title}
      // The grid as the peers draw it (rows as given), so the cases compare the same picture.
      orientation="as-given"
    />
  );
}

/** Where cell (row, column) is, in chart (viewBox) coordinates: the layout our chart itself uses. */
export function cellCenter(
  benchCase: BenchCase,
  row: number,
  column: number,
): { x: number; y: number } {
  if (benchCase.kind !== 'heatmap') throw new Error(`not a heatmap case: ${benchCase.id}`);
  const layout = computeThemeHeatmapLayout(heatmapProps(benchCase), {
    width: benchCase.width,
    height: benchCase.height,
    locale: 'fi',
    theme: defaultTheme,
    title: benchCase.title,
    orientation: 'as-given',
  });
  const box = heatmapCellBox(layout, row * benchCase.columns + column);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}
