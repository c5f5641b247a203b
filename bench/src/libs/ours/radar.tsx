/** Our RescueRadar: 9 axes and 1 or 5 series overlaid in one radar, through its typed `data` prop. */
import { RescueRadar } from '@yhdyspinta/charts/core';
import type { RescueRadarData } from '@yhdyspinta/charts/core';
import type { ReactElement } from 'react';
import type { BenchCase } from '../../cases';
import { radarCaseData } from '../../cases';

export function element(benchCase: BenchCase): ReactElement {
  if (benchCase.kind !== 'radar') throw new Error(`not a radar case: ${benchCase.id}`);
  const source = radarCaseData(benchCase);
  const axes = source.axes.map((label, a) => ({ id: `a${a}`, label }));
  const data: RescueRadarData = {
    axes,
    series: source.seriesLabels.map((label, s) => ({
      id: `s${s}`,
      label,
      values: Object.fromEntries(axes.map((axis, a) => [axis.id, source.values[s]?.[a] ?? null])),
    })),
  };
  return (
    <RescueRadar
      data={data}
      width={benchCase.width}
      height={benchCase.height}
      locale="fi"
      title={benchCase.title}
      // One overlaid radar, as every peer draws (5 series would switch to small multiples by default).
      arrangement="overlay"
    />
  );
}
