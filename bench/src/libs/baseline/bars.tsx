/** Server-render and browser adapter of the baseline bars (src/libs/baseline/BaselineBars.tsx). */
import type { ReactElement } from 'react';
import type { BenchCase } from '../../cases';
import { barsCaseData } from '../../cases';
import { BaselineBars } from './BaselineBars';

export function element(benchCase: BenchCase): ReactElement {
  if (benchCase.kind !== 'bars') throw new Error(`not a bars case: ${benchCase.id}`);
  return (
    <BaselineBars
      data={barsCaseData(benchCase)}
      width={benchCase.width}
      height={benchCase.height}
    />
  );
}
