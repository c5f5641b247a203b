import { createContext, useContext } from 'react';
import type { Locale } from '@yhdyspinta/data';
import { commonMessages } from '../locale/common';
import { withKeyboardHint } from '../locale/keyboardHint';

/**
 * False inside a chart drawn as a static picture (`interactive={false}`, as renderToSvg and the CLI
 * draw): no focusable element, no pointer handling, no keyboard hint. Set by ChartShell.
 */
export const InteractiveContext = createContext(true);

/** Whether the chart being drawn takes keyboard and pointer input. */
export function useInteractive(): boolean {
  return useContext(InteractiveContext);
}

/**
 * A chart's accessible description: the illustrative notice (if any), the key finding (or the caller's
 * description), and how to move between values when the chart is interactive.
 */
export function chartDescription(
  locale: Locale,
  parts: {
    readonly illustrative: boolean;
    readonly finding: string;
    readonly interactive: boolean;
  },
): string {
  const common = commonMessages(locale);
  const text = [parts.illustrative ? `${common.illustrativeData}.` : '', parts.finding]
    .filter(Boolean)
    .join(' ');
  return withKeyboardHint(text, parts.interactive, locale);
}

/** A description's parts besides the key finding, and the caller's text instead of the finding. */
export type DescriptionOptions = Omit<Parameters<typeof chartDescription>[1], 'finding'> & {
  readonly description?: string;
};

/** chartDescription with the caller's description, else the chart's key finding (worked out only then). */
export function describeChart(
  locale: Locale,
  options: DescriptionOptions,
  keyFinding: () => string,
): string {
  return chartDescription(locale, { ...options, finding: options.description ?? keyFinding() });
}
