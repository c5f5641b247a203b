import type { Locale } from '@yhdyspinta/data';
import { useMemo } from 'react';
import type { ReactNode } from 'react';
import { InteractiveContext } from '../a11y/interactive';
import { ResponsiveChart } from '../layout/ResponsiveChart';
import type { ChartSize } from '../layout/chartSize';
import type { ChartTheme } from '../theme/ChartTheme';
import { ChartErrorBoundary } from './ChartErrorBoundary';
import { ChartState } from './ChartState';
import { useDataProblems } from './useDataProblems';
import type { Validation } from './validation';

export interface ChartShellProps<T> {
  /** The component's name, for development warnings. */
  readonly chartName: string;
  readonly validation: Validation<T>;
  readonly loading?: boolean;
  readonly width?: number;
  readonly height?: number;
  readonly locale: Locale;
  readonly theme: ChartTheme;
  /** Title of the chart (also shown in its loading, empty and error states). */
  readonly title: string;
  readonly className?: string;
  /** Called with the problems of invalid data (see CommonChartProps.onError). */
  readonly onError?: (problems: readonly string[]) => void;
  /** false: draw a static picture (see CommonChartProps.interactive). */
  readonly interactive?: boolean;
  /** The chart's natural height for its valid data at a width. */
  readonly heightForWidth: (data: T, width: number) => number;
  /** Draws the chart: `className` is set when the chart's <svg> is the outermost element. */
  readonly children: (
    data: T,
    size: ChartSize & { readonly className: string | undefined },
  ) => ReactNode;
}

/**
 * What every chart component does around its drawing: loading → loading state; invalid data → error state
 * (with a dev warning listing the problems); empty data → empty state; otherwise size the chart
 * (ResponsiveChart) and draw it inside an error boundary. So a chart never throws and never renders nothing.
 */
export function ChartShell<T>(props: ChartShellProps<T>) {
  const { validation, locale, theme, title, width, height, className } = props;
  const stateProps = { locale, theme, title, width, height, className };
  const data = validation.ok ? validation.data : undefined;
  // A chart that failed to draw is retried when anything it is drawn from changes (data, size, locale,
  // theme), e.g. a custom element's attribute; not on every render of its parent.
  const resetKey = useMemo(
    () => ({ data, width, height, locale, theme }),
    [data, width, height, locale, theme],
  );
  const problems =
    !props.loading && !validation.ok && validation.kind === 'invalid' ? validation.problems : null;
  useDataProblems(props.chartName, problems, props.onError);
  if (props.loading) return <ChartState {...stateProps} kind="loading" />;
  if (!validation.ok) {
    return <ChartState {...stateProps} kind={validation.kind === 'empty' ? 'empty' : 'error'} />;
  }
  const valid = validation.data;
  return (
    <ChartErrorBoundary fallback={stateProps} resetKey={resetKey}>
      <ResponsiveChart
        width={width}
        height={height}
        heightForWidth={(w) => props.heightForWidth(valid, w)}
        className={className}
      >
        {({ responsive, ...size }) => {
          const chart = props.children(valid, {
            ...size,
            className: responsive ? undefined : className,
          });
          return props.interactive === false ? (
            <InteractiveContext.Provider value={false}>{chart}</InteractiveContext.Provider>
          ) : (
            chart
          );
        }}
      </ResponsiveChart>
    </ChartErrorBoundary>
  );
}
