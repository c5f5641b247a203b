/** Our GoalBarChart: one group without a header, N goals, through its typed `data` prop. */
import { GoalBarChart } from '@yhdyspinta/charts/core';
import type { GoalBarData } from '@yhdyspinta/charts/core';
import type { ReactElement } from 'react';
import type { BenchCase } from '../../cases';
import { barsCaseData } from '../../cases';

export function element(benchCase: BenchCase): ReactElement {
  if (benchCase.kind !== 'bars') throw new Error(`not a bars case: ${benchCase.id}`);
  const source = barsCaseData(benchCase);
  const data: GoalBarData = {
    groups: [
      {
        id: 'all',
        label: '',
        items: source.labels.map((label, i) => ({
          id: `g${i}`,
          label,
          value: source.values[i] ?? null,
        })),
      },
    ],
  };
  return (
    <GoalBarChart
      data={data}
      width={benchCase.width}
      height={benchCase.height}
      locale="fi"
      title={benchCase.title}
    />
  );
}
