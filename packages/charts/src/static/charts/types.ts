import type { Locale, RawResponse } from '@yhdyspinta/data';
import type { ReactElement } from 'react';
import type { CommonChartProps } from '../../common/ChartProps';
import type { Validation } from '../../common/validation';

/** What a chart definition renders: the common props, the data and its chart-specific props. */
export type StaticChartProps<D, P> = CommonChartProps & { readonly data?: D } & P;

/** How the static renderer and the CLI draw one chart. */
export interface ChartDefinition<D, P> {
  /** The chart's React component's name, e.g. "GoalBarChart". */
  readonly component: string;
  /** One line for `--help` (English). */
  readonly description: string;
  readonly render: (props: StaticChartProps<D, P>) => ReactElement;
  /** The chart's own validation, run before drawing so a bad input fails instead of drawing a state. */
  readonly validate: (data: unknown) => Validation<D>;
  /**
   * The chart's data from raw survey responses (parseResponsesCsv / parseResponsesJson), or a string
   * saying why this chart cannot be drawn from them (English).
   */
  readonly fromResponses: ((responses: readonly RawResponse[], locale: Locale) => D) | string;
  /** What the chart needs to draw anything, for the "nothing to draw" error (English). */
  readonly needs: string;
}
