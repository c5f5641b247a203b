/** @nivo/radar with animation off. */
import { Radar } from '@nivo/radar';
import type { ReactElement } from 'react';
import type { BenchCase } from '../../cases';
import { radarCaseData } from '../../cases';

export function element(benchCase: BenchCase): ReactElement {
  if (benchCase.kind !== 'radar') throw new Error(`not a radar case: ${benchCase.id}`);
  const source = radarCaseData(benchCase);
  const data = source.axes.map((axis, a) => {
    const row: Record<string, string | number> = { axis };
    source.seriesLabels.forEach((label, s) => {
      row[label] = source.values[s]?.[a] ?? 0;
    });
    return row;
  });
  return (
    <Radar
      data={data}
      keys={[...source.seriesLabels]}
      indexBy="axis"
      maxValue={5}
      width={benchCase.width}
      height={benchCase.height}
      margin={{ top: 70, right: 90, bottom: 70, left: 90 }}
      animate={false}
      valueFormat=">-.1f"
    />
  );
}
