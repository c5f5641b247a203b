/** Server-render and browser adapter of the baseline heatmap (src/libs/baseline/BaselineHeatmap.tsx). */
import type { ReactElement } from 'react';
import type { BenchCase } from '../../cases';
import { heatmapCaseData } from '../../cases';
import { BaselineHeatmap } from './BaselineHeatmap';

export function element(benchCase: BenchCase): ReactElement {
  if (benchCase.kind !== 'heatmap') throw new Error(`not a heatmap case: ${benchCase.id}`);
  const data = heatmapCaseData(benchCase);
  return <BaselineHeatmap data={data} width={benchCase.width} height={benchCase.height} />;
}
