import type { Locale, RawResponse } from '@yhdyspinta/data';
import { useMemo } from 'react';
import { ChartErrorBoundary } from '../common/ChartErrorBoundary';
import { ChartState } from '../common/ChartState';
import { ELEMENT_MESSAGES } from '../locale/elements';
import { formatPercent } from '../locale/format';
import { getMessages } from '../locale/messages';
import type { ChartTheme } from '../theme/ChartTheme';
import type { ElementTexts } from './attributes';
import type { ElementChart } from './elementChart';
import type { SourceFailureReason } from './responsesSource';

/** What an element shows, from its `src` and `data` attributes. */
export type ElementContent =
  /** No `src` or `data`: the chart's shipped data. */
  | { readonly kind: 'shipped' }
  /** `data`: the parsed JSON of the chart's data (validated before drawing). */
  | { readonly kind: 'data'; readonly data: unknown }
  /** `src` is being fetched and read; `progress` 0 … 1 when known. */
  | { readonly kind: 'loading'; readonly progress?: number | null }
  /** `src` was read: the chart's data comes from these responses. */
  | { readonly kind: 'responses'; readonly responses: readonly RawResponse[] }
  /** 'invalid': bad inline JSON or a chart that cannot use responses; 'load' / 'unreadable': `src`. */
  | { readonly kind: 'error'; readonly reason: 'invalid' | SourceFailureReason };

export interface ElementViewProps {
  readonly chart: ElementChart;
  /** Called with the problems of invalid data (the element dispatches `yhdyspinta-error`). */
  readonly onDataError?: (problems: readonly string[]) => void;
  readonly content: ElementContent;
  readonly locale: Locale;
  readonly theme: ChartTheme;
  readonly width?: number;
  readonly height?: number;
  /** The text attributes' overrides (chart-title, subtitle, axis-title, source). */
  readonly texts?: ElementTexts;
}

type Drawable =
  | {
      readonly kind: 'chart';
      readonly data?: unknown;
      readonly loading?: boolean;
      readonly progress?: number | null;
    }
  | { readonly kind: 'error'; readonly reason: 'invalid' | SourceFailureReason };

function drawable(chart: ElementChart, content: ElementContent, locale: Locale): Drawable {
  switch (content.kind) {
    case 'shipped':
      return { kind: 'chart' };
    case 'data':
      return { kind: 'chart', data: content.data };
    case 'loading':
      return { kind: 'chart', loading: true, progress: content.progress };
    case 'error':
      return content;
    case 'responses': {
      if (typeof chart.fromResponses === 'string') {
        console.warn(`[@yhdyspinta/charts] <${chart.tag} src>: ${chart.fromResponses}`);
        return { kind: 'error', reason: 'invalid' };
      }
      return { kind: 'chart', data: chart.fromResponses(content.responses, locale) };
    }
  }
}

/** Loading and error states of `src` are named like the chart drawn from the responses will be. */
function isFromSource(content: ElementContent): boolean {
  if (content.kind === 'error') return content.reason !== 'invalid';
  return content.kind === 'loading' || content.kind === 'responses';
}

function ElementBody(props: ElementViewProps) {
  const { chart, content, locale, theme, width, height } = props;
  const common = { ...props.texts, locale, theme, width, height, onError: props.onDataError };
  const shown = useMemo(() => {
    try {
      return drawable(chart, content, locale);
    } catch (error) {
      console.warn(`[@yhdyspinta/charts] <${chart.tag}>: ${String(error)}`);
      return { kind: 'error', reason: 'invalid' } as const;
    }
  }, [chart, content, locale]);
  const title = props.texts?.title ?? chart.title(locale, isFromSource(content));
  if (shown.kind === 'chart') {
    if (shown.loading && typeof shown.progress === 'number') {
      // "Ladataan… 45 %": how far the file is fetched and read.
      const percent = formatPercent(shown.progress, locale);
      const message = ELEMENT_MESSAGES[locale].loadingProgress(percent);
      return <ChartState {...common} kind="loading" title={title} message={message} />;
    }
    return shown.loading
      ? chart.draw({ ...common, loading: true, title })
      : chart.draw(common, shown.data);
  }
  const messages = { ...getMessages(locale).common, ...ELEMENT_MESSAGES[locale] };
  const message = {
    invalid: messages.invalidData,
    load: messages.loadFailed,
    timeout: messages.timedOut,
    'too-large': messages.tooLarge,
    'not-data': messages.notData,
    unreadable: messages.unreadableFile,
  }[shown.reason];
  return <ChartState {...common} kind="error" title={title} message={message} />;
}

/**
 * One element's React tree: its chart (shipped, inline or fetched data), the chart's loading state while
 * `src` is fetched, or the error state with the locale's message, all inside an error boundary so that
 * nothing thrown while drawing reaches the host page.
 */
export function ElementView(props: ElementViewProps) {
  const { chart, content, locale, theme, width, height, texts } = props;
  // A new key after any change retries a chart that failed to draw.
  const resetKey = useMemo(
    () => ({ chart, content, locale, theme, width, height, texts }),
    [chart, content, locale, theme, width, height, texts],
  );
  const fallback = {
    locale,
    theme,
    width,
    height,
    title: texts?.title ?? chart.title(locale, isFromSource(content)),
  };
  return (
    <ChartErrorBoundary fallback={fallback} resetKey={resetKey}>
      <ElementBody {...props} />
    </ChartErrorBoundary>
  );
}
