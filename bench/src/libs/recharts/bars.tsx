/** Recharts BarChart, horizontal bars (layout="vertical"), animation off, value labels on. */
import type { ReactElement } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import type { BenchCase } from '../../cases';
import { barsCaseData } from '../../cases';

export function element(benchCase: BenchCase): ReactElement {
  if (benchCase.kind !== 'bars') throw new Error(`not a bars case: ${benchCase.id}`);
  const source = barsCaseData(benchCase);
  const data = source.labels.map((label, i) => ({ label, value: source.values[i] ?? 0 }));
  return (
    <BarChart
      data={data}
      layout="vertical"
      width={benchCase.width}
      height={benchCase.height}
      margin={{ top: 20, right: 40, bottom: 20, left: 20 }}
    >
      <CartesianGrid horizontal={false} />
      <XAxis type="number" domain={[0, 5]} />
      <YAxis type="category" dataKey="label" width={100} />
      <Tooltip />
      <Bar dataKey="value" fill="#3182bd" isAnimationActive={false}>
        <LabelList dataKey="value" position="right" />
      </Bar>
    </BarChart>
  );
}
