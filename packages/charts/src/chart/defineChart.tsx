import type { Locale } from '@yhdyspinta/data';
import { useMemo, useState } from 'react';
import type { ReactElement, ReactNode } from 'react';
import type { CommonChartProps } from '../common/ChartProps';
import { ChartShell } from '../common/ChartShell';
import { isNonEmptyText } from '../common/validation';
import type { Validation } from '../common/validation';
import { withValueFormat } from '../locale/format';
import { resolveLocale } from '../locale/resolve';
import { useHyphenation } from '../text/useHyphenation';
import type { ChartTheme } from '../theme/ChartTheme';
import { resolveTheme } from '../theme/resolveTheme';
import { layoutSourceLine } from './sourceLine';
import type { SourceLineLayout } from './sourceLine';
import type { ChartItemApi } from './markItems';
import { isSurveyData } from './surveyData';

/** What every chart's drawing (its `*Svg` component) receives. */
export interface ChartSvgProps<D, O> {
  readonly data: D;
  readonly width: number;
  readonly height: number;
  readonly locale: Locale;
  readonly theme: ChartTheme;
  /** The chart's resolved options (title included), from `ChartSpec.options`. */
  readonly options: O;
  /** Replaces the generated key finding. */
  readonly description?: string;
  readonly className?: string;
  /**
   * Whether the locale's hyphenation patterns were registered when drawn: when Swedish patterns arrive
   * (loaded on demand), this changes and useLayout wraps the labels again, keeping the drawing mounted
   * (focus and the active mark stay).
   */
  readonly hyphenated?: boolean;
  /** The caller's source line (`source`), drawn by ChartSvgRoot under the layout's height. */
  readonly sourceLine?: SourceLineLayout | null;
  /** The caller's events, tooltip renderer and highlight, for the chart's InteractiveMarks. */
  readonly api?: ChartItemApi<unknown>;
}

/** The context a chart's options and natural height are worked out in. */
export interface ChartContext<D> {
  readonly locale: Locale;
  readonly theme: ChartTheme;
  /** The valid data, or null while loading or when the data is empty or invalid. */
  readonly valid: D | null;
  /**
   * The data is the survey's (the shipped data, or built from its responses by a chart definition):
   * only then do the survey's texts (title, axis title) apply by default.
   */
  readonly survey: boolean;
}

/** A chart, declared: everything its component does beyond the shared ChartShell. */
export interface ChartSpec<D, P extends CommonChartProps & { readonly data: D }, O> {
  /** The component's name, for development warnings. */
  readonly name: string;
  readonly validate: (data: D) => Validation<D>;
  /**
   * The title drawn when the `title` prop is not given: the survey's for survey data, the data's own
   * (e.g. a heatmap's `title`), else undefined — a caller's data gets no invented title.
   */
  readonly defaultTitle: (props: P, context: ChartContext<D>) => string | undefined;
  /** The accessible name of a chart with no title (not drawn): what kind of chart it is. */
  readonly untitledName: (props: P, context: ChartContext<D>) => string;
  /**
   * The chart's resolved options (a new object each call; equal options keep the previous one). `props`
   * has `hideTitle` true when the chart has no title (its `title` is then only the accessible name).
   */
  readonly options: (props: P, context: ChartContext<D> & { readonly title: string }) => O;
  /** The chart's natural height at a width (used only when no height is given). */
  readonly naturalHeight: (data: D, width: number, context: ChartContext<D>, options: O) => number;
  /** Development warnings about props the chart ignores (called on each render). */
  readonly check?: (props: P, context: ChartContext<D>) => void;
  /**
   * Problems of the chart's own props (e.g. ThemeHeatmap's `thresholds`), in English for the developer:
   * any makes the chart invalid, shown and reported as invalid data is (error state, onError).
   */
  readonly validateProps?: (props: P, theme: ChartTheme) => readonly string[];
  /** The drawing (a function component: defineChart calls it inside the caller's valueFormat). */
  readonly Svg: (props: ChartSvgProps<D, O>) => ReactNode;
}

function shallowEqual(a: object, b: object): boolean {
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every((key) => Object.is(a[key as keyof object], b[key as keyof object]))
  );
}

/** The previous object while the new one has the same values: layouts memoised on it keep. */
function useStable<T extends object>(value: T): T {
  const [stable, setStable] = useState(value);
  if (stable === value || shallowEqual(stable, value)) return stable;
  setStable(value);
  return value;
}

/**
 * A chart component from its spec: the locale and theme resolved, the data validated, the title and
 * options worked out, then the shared ChartShell (loading, empty and error states, sizing, error boundary)
 * around the spec's drawing. Every chart component is one call of this.
 */
export function defineChart<D, P extends CommonChartProps & { readonly data: D }, O>(
  spec: ChartSpec<D, P, O>,
): (props: P) => ReactElement {
  /** The drawing, laid out and described with the caller's valueFormat (its hooks are this component's). */
  function Drawing(
    props: ChartSvgProps<D, O> & { readonly valueFormat?: CommonChartProps['valueFormat'] },
  ) {
    const { valueFormat, ...svgProps } = props;
    return withValueFormat(valueFormat, () => spec.Svg(svgProps));
  }
  Drawing.displayName = `${spec.name}Svg`;

  function Chart(props: P): ReactElement {
    const locale = resolveLocale(props.locale);
    const theme = useMemo(() => resolveTheme(props.theme), [props.theme]);
    // Swedish hyphenation patterns load on demand; when they arrive, the drawing's layout is computed
    // again (useLayout depends on `hyphenated`), without remounting it.
    const hyphenated = useHyphenation(locale);
    const { data } = props;
    const dataValidation = useMemo(() => spec.validate(data), [data]);
    const propProblems = spec.validateProps?.(props, theme).join('\n') ?? '';
    const validation: Validation<D> = useMemo(
      () =>
        propProblems && dataValidation.ok
          ? { ok: false, kind: 'invalid', problems: propProblems.split('\n') }
          : dataValidation,
      [dataValidation, propProblems],
    );
    const context: ChartContext<D> = {
      locale,
      theme,
      valid: validation.ok ? validation.data : null,
      survey: isSurveyData(data),
    };
    spec.check?.(props, context);
    const given = isNonEmptyText(props.title) ? props.title : spec.defaultTitle(props, context);
    const titled = isNonEmptyText(given);
    const title = titled ? given : spec.untitledName(props, context);
    const shown = titled ? props : { ...props, hideTitle: true };
    const { valueFormat } = props;
    // valueFormat is in the options so that a new one lays the chart out again.
    const options = useStable({
      ...(spec.options(shown, { ...context, title }) as O & object),
      valueFormat,
    });
    const { onActiveChange, onSelect, renderTooltip, highlight } = props;
    const api = useMemo(
      () => ({ onActiveChange, onSelect, renderTooltip, highlight }),
      [onActiveChange, onSelect, renderTooltip, highlight],
    );
    const source = props.source;
    const sourceLine = (width: number) => layoutSourceLine(source, width, theme, locale);
    return (
      <ChartShell
        chartName={spec.name}
        validation={validation}
        loading={props.loading}
        width={props.width}
        height={props.height}
        locale={locale}
        theme={theme}
        title={titled ? title : ''}
        className={props.className}
        interactive={props.interactive}
        onError={props.onError}
        heightForWidth={(valid, width) =>
          withValueFormat(valueFormat, () => spec.naturalHeight(valid, width, context, options)) +
          (sourceLine(width)?.height ?? 0)
        }
      >
        {(valid, size) => {
          const line = sourceLine(size.width);
          return (
            <Drawing
              valueFormat={valueFormat}
              api={api}
              hyphenated={hyphenated}
              data={valid}
              {...size}
              height={size.height - (line?.height ?? 0)}
              locale={locale}
              theme={theme}
              options={options}
              description={props.description}
              sourceLine={line}
            />
          );
        }}
      </ChartShell>
    );
  }
  Chart.displayName = spec.name;
  return Chart;
}
