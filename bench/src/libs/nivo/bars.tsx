/** @nivo/bar, horizontal layout, animation off, value labels on (its default). */
import { Bar } from '@nivo/bar';
import type { ReactElement } from 'react';
import type { BenchCase } from '../../cases';
import { barsCaseData } from '../../cases';

export function element(benchCase: BenchCase): ReactElement {
  if (benchCase.kind !== 'bars') throw new Error(`not a bars case: ${benchCase.id}`);
  const source = barsCaseData(benchCase);
  const data = source.labels.map((label, i) => ({ label, value: source.values[i] ?? 0 }));
  return (
    <Bar
      data={data}
      keys={['value']}
      indexBy="label"
      layout="horizontal"
      width={benchCase.width}
      height={benchCase.height}
      margin={{ top: 20, right: 20, bottom: 40, left: 110 }}
      valueScale={{ type: 'linear', min: 0, max: 5 }}
      animate={false}
      valueFormat=">-.1f"
    />
  );
}
