/** @nivo/heatmap (SVG) with animation off; cell values printed only where a cell fits them. */
import { HeatMap } from '@nivo/heatmap';
import type { ReactElement } from 'react';
import type { BenchCase } from '../../cases';
import { PEER_CELL_LABEL_MIN_PX, heatmapCaseData } from '../../cases';

export const HEATMAP_MARGIN = { top: 70, right: 20, bottom: 20, left: 90 };

export function element(benchCase: BenchCase): ReactElement {
  if (benchCase.kind !== 'heatmap') throw new Error(`not a heatmap case: ${benchCase.id}`);
  const source = heatmapCaseData(benchCase);
  const data = source.rowLabels.map((id, r) => ({
    id,
    data: source.columnLabels.map((x, c) => ({ x, y: source.values[r]?.[c] ?? null })),
  }));
  const cellWidth =
    (benchCase.width - HEATMAP_MARGIN.left - HEATMAP_MARGIN.right) / benchCase.columns;
  return (
    <HeatMap
      data={data}
      width={benchCase.width}
      height={benchCase.height}
      margin={HEATMAP_MARGIN}
      animate={false}
      colors={{ type: 'sequential', scheme: 'blues', minValue: 1, maxValue: 5 }}
      enableLabels={cellWidth >= PEER_CELL_LABEL_MIN_PX}
      valueFormat=">-.1f"
      axisTop={{ tickRotation: -90 }}
      axisLeft={{}}
    />
  );
}
