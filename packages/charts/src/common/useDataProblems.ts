import { useEffect } from 'react';
import { reportDataProblems } from '../dev/warnDev';

/**
 * The problems of invalid data (null when the data is valid or still loading), reported as every chart
 * reports them: console.error once per distinct problem, in production too and while rendering on the
 * server, and `onError(problems)` once the chart has drawn its error state.
 */
export function useDataProblems(
  source: string,
  problems: readonly string[] | null,
  onError: ((problems: readonly string[]) => void) | undefined,
): void {
  if (problems) reportDataProblems(source, problems);
  useEffect(() => {
    if (problems) onError?.(problems);
  }, [problems, onError]);
}
