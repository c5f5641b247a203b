/** Our ThemeHeatmap: the generic matrix with kind 'rating', through its typed `data` prop. */
import {
  ThemeHeatmap,
  cellBox,
  computeThemeHeatmapLayout,
  defaultTheme,
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
  });
  const box = cellBox(layout.grid, row * benchCase.columns + column);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}
