/** Server-render and browser adapter of the baseline radar (src/libs/baseline/BaselineRadar.tsx). */
import type { ReactElement } from 'react';
import type { BenchCase } from '../../cases';
import { radarCaseData } from '../../cases';
import { BaselineRadar } from './BaselineRadar';

export function element(benchCase: BenchCase): ReactElement {
  if (benchCase.kind !== 'radar') throw new Error(`not a radar case: ${benchCase.id}`);
  return (
    <BaselineRadar
      data={radarCaseData(benchCase)}
      width={benchCase.width}
      height={benchCase.height}
    />
  );
}
