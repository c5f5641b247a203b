/**
 * What a custom element needs from a chart, built from the chart's definition (../catalogue): its tag, its default title, how to draw data of unknown shape (validated first)
 * and how to get its data from raw survey responses.
 */
import type { Locale, RawResponse } from '@yhdyspinta/data';
import type { ReactElement } from 'react';
import type { CommonChartProps } from '../common/ChartProps';
import { ChartState } from '../common/ChartState';
import { warnDev } from '../dev/warnDev';
import { getMessages, resolveLocale } from '../locale/messages';
import type { Messages } from '../locale/messageTypes';
import type { AnyChartDefinition } from '../chart/ChartDefinition';

export type ElementDrawProps = Pick<
  CommonChartProps,
  'locale' | 'theme' | 'width' | 'height' | 'loading' | 'title'
>;

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
}

export function elementChart(definition: AnyChartDefinition): ElementChart {
  const tag = `yhdyspinta-${definition.id}`;
  const { titles } = definition;
  const title = (messages: Messages, fromResponses = false) =>
    ((fromResponses && titles.responses) || titles.shipped)(messages);
  const render = (props: ElementDrawProps & { readonly data?: unknown }) => (
    <definition.Chart {...props} />
  );
  return {
    tag,
    title: (locale, fromResponses) => title(getMessages(locale), fromResponses),
    draw(props, data) {
      if (data === undefined) return render(props);
      const validation = definition.validate(data);
      if (validation.ok) return render({ ...props, data: validation.data });
      if (validation.kind === 'invalid') {
        warnDev(`<${tag}>: invalid data: ${validation.problems.join('; ')}`);
      }
      return (
        <ChartState
          {...props}
          kind={validation.kind === 'empty' ? 'empty' : 'error'}
          title={props.title ?? title(getMessages(resolveLocale(props.locale)))}
        />
      );
    },
    fromResponses: definition.fromResponses,
  };
}
