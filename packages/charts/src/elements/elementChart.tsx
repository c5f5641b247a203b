/**
 * What a custom element needs from a chart, built from the chart's definition (../catalogue): its tag, its default title, how to draw data of unknown shape (validated first)
 * and how to get its data from raw survey responses.
 */
import type { Locale, RawResponse } from '@yhdyspinta/data';
import { useEffect } from 'react';
import type { ReactElement, ReactNode } from 'react';
import type { CommonChartProps } from '../common/ChartProps';
import { ChartState } from '../common/ChartState';
import { reportDataProblems } from '../dev/warnDev';
import { getMessages, resolveLocale } from '../locale/messages';
import type { Messages } from '../locale/messageTypes';
import type { AnyChartDefinition } from '../chart/ChartDefinition';
import { ELEMENT_MESSAGES } from '../locale/elements';

export type ElementDrawProps = Pick<
  CommonChartProps,
  'locale' | 'theme' | 'width' | 'height' | 'loading' | 'title' | 'subtitle' | 'source' | 'onError'
> & {
  /** The axis title of a chart that has one (hasAxisTitle); dropped for the others. */
  readonly axisTitle?: string;
};

/** The charts (by id) with an axis title to override (GoalBarChart's `axisTitle`). */
const AXIS_TITLED: ReadonlySet<string> = new Set(['goal-bars']);

/** Whether the element `tag`'s chart has an axis title (`axis-title` sets it). */
export function hasAxisTitle(tag: string): boolean {
  return AXIS_TITLED.has(tag.replace(/^yhdyspinta-/, ''));
}

export interface ElementChart {
  /** The custom element's tag name, e.g. 'yhdyspinta-goal-bars'. */
  readonly tag: string;
  /** The chart's default title, of its shipped data or of data from `src` (names its states too). */
  readonly title: (locale: Locale, fromResponses?: boolean) => string;
  /**
   * Draws the chart: `data` undefined = the shipped data; anything else is validated first and drawn,
   * or shown as the error (invalid) or empty state.
   */
  readonly draw: (props: ElementDrawProps, data?: unknown) => ReactElement;
  /** The chart's data from raw responses, or why it cannot be drawn from them (English). */
  readonly fromResponses: ((responses: readonly RawResponse[], locale: Locale) => unknown) | string;
  /**
   * A chart whose code loads on demand (lazyChart.ts): starts loading it (once) and resolves when it
   * is there; the element draws its loading state until then.
   */
  readonly prepare?: () => Promise<void>;
}

/** Its children, calling `onError` with the problems once they are shown. */
function ReportProblems(props: {
  readonly problems: readonly string[];
  readonly onError?: (problems: readonly string[]) => void;
  readonly children: ReactNode;
}) {
  const { problems, onError } = props;
  // Validated again on each render: the same problems are one report, not one per render.
  const key = problems.join('\n');
  useEffect(() => {
    onError?.(key.split('\n'));
  }, [key, onError]);
  return props.children;
}

/** The problem reported (console, `yhdyspinta-error`) by a data-free element without `data` or `src`. */
const NO_DATA_PROBLEM =
  'no `data` or `src` attribute: this bundle has no shipped data (use yhdyspinta-elements.js for it)';

/** What an element needs of a chart's definition (the data-free bundle builds it from the core chart). */
export type ElementChartSource = Pick<
  AnyChartDefinition,
  'id' | 'Chart' | 'validate' | 'fromResponses' | 'titles'
>;

/**
 * The element's chart. `shipped: false` (the data-free bundle): `definition.Chart` has no data of its
 * own, so an element without `data` or `src` shows the error state saying it needs one (and one whose
 * `src` is still being read, the loading state).
 */
export function elementChart(
  definition: ElementChartSource,
  { shipped = true }: { readonly shipped?: boolean } = {},
): ElementChart {
  const tag = `yhdyspinta-${definition.id}`;
  const { titles } = definition;
  const title = (messages: Messages, fromResponses = false) =>
    ((fromResponses && titles.responses) || titles.shipped)(messages);
  const axisTitled = AXIS_TITLED.has(definition.id);
  const render = ({ axisTitle, ...props }: ElementDrawProps & { readonly data?: unknown }) => (
    <definition.Chart
      {...props}
      {...(axisTitled && axisTitle !== undefined ? { axisTitle } : {})}
    />
  );
  return {
    tag,
    title: (locale, fromResponses) => title(getMessages(locale), fromResponses),
    draw(props, data) {
      if (data === undefined && !shipped) {
        const { onError, ...stateProps } = props;
        const locale = resolveLocale(props.locale);
        // `src` is still being read: the loading state, not the one saying there is nothing to read.
        if (props.loading) {
          const name = props.title ?? title(getMessages(locale));
          return <ChartState {...stateProps} kind="loading" title={name} />;
        }
        const message = ELEMENT_MESSAGES[locale].needsData;
        reportDataProblems(`<${tag}>`, [NO_DATA_PROBLEM]);
        return (
          <ReportProblems problems={[NO_DATA_PROBLEM]} onError={onError}>
            <ChartState
              {...stateProps}
              kind="error"
              message={message}
              title={props.title ?? title(getMessages(locale))}
            />
          </ReportProblems>
        );
      }
      if (data === undefined) return render(props);
      const validation = definition.validate(data);
      if (validation.ok) return render({ ...props, data: validation.data });
      const { onError, ...stateProps } = props;
      const state = (
        <ChartState
          {...stateProps}
          kind={validation.kind === 'empty' ? 'empty' : 'error'}
          title={props.title ?? title(getMessages(resolveLocale(props.locale)))}
        />
      );
      if (validation.kind !== 'invalid') return state;
      reportDataProblems(`<${tag}>`, validation.problems);
      return (
        <ReportProblems problems={validation.problems} onError={onError}>
          {state}
        </ReportProblems>
      );
    },
    fromResponses: definition.fromResponses,
  };
}
