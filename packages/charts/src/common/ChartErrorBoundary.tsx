import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';
import { resolveLocale } from '../locale/messages';
import { commonMessages } from '../locale/common';
import { ChartState } from './ChartState';
import type { ChartStateProps } from './ChartState';
import { ELEMENT_BUNDLE } from '../dev/elementBundle';
import { warnDev } from '../dev/warnDev';

export interface ChartErrorBoundaryProps {
  /** Size, locale, theme and title of the error state. */
  readonly fallback: Omit<ChartStateProps, 'kind' | 'message'>;
  /** When this value changes (e.g. the data prop), a caught error is cleared and the chart retried. */
  readonly resetKey?: unknown;
  readonly children: ReactNode;
}

interface State {
  readonly error: Error | null;
  readonly resetKey: unknown;
}

/**
 * Last line of defence: if a chart throws while rendering despite validation, show the error state in the
 * chart's place instead of unmounting the page. (Error boundaries do not run in server rendering; there the
 * up-front validation is what keeps charts from throwing.)
 */
export class ChartErrorBoundary extends Component<ChartErrorBoundaryProps, State> {
  override state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(
    props: ChartErrorBoundaryProps,
    state: State,
  ): Partial<State> | null {
    return Object.is(props.resetKey, state.resetKey)
      ? null
      : { error: null, resetKey: props.resetKey };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    if (!ELEMENT_BUNDLE)
      warnDev(`A chart failed to render: ${error.message}${info.componentStack ?? ''}`);
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    const locale = resolveLocale(this.props.fallback.locale);
    return (
      <ChartState
        {...this.props.fallback}
        kind="error"
        message={commonMessages(locale).renderError}
      />
    );
  }
}
