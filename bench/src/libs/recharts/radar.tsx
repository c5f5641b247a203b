/** Recharts RadarChart, one <Radar> per series, animation off. */
import type { ReactElement } from 'react';
import {
  Legend,
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart,
  Tooltip,
} from 'recharts';
import type { BenchCase } from '../../cases';
import { radarCaseData } from '../../cases';

const SERIES_COLORS = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9'];

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
    <RadarChart data={data} width={benchCase.width} height={benchCase.height} outerRadius="70%">
      <PolarGrid />
      <PolarAngleAxis dataKey="axis" />
      <PolarRadiusAxis domain={[0, 5]} />
      {source.seriesLabels.map((label, s) => {
        const color = SERIES_COLORS[s % SERIES_COLORS.length];
        return (
          <Radar
            key={label}
            name={label}
            dataKey={label}
            stroke={color}
            fill={color}
            fillOpacity={0.2}
            isAnimationActive={false}
          />
        );
      })}
      <Legend />
      <Tooltip />
    </RadarChart>
  );
}
