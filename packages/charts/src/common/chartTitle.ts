/** What every chart works out alike about its title: its options and, in defineChart, its defaults. */
import type { Locale } from '@yhdyspinta/data';
import { chartKindName } from '../locale/common';
import type { ChartKind } from '../locale/common';
import type { CommonChartProps } from './ChartProps';

/** The title options of every chart: the title (given, default or kind name), drawn or not, subtitle, notice. */
export interface TitleOptions {
  readonly title: string;
  readonly hideTitle: boolean;
  /** A line under the title (before the base and notices), when given. */
  readonly subtitle?: string;
  readonly illustrative: boolean;
}

/** The title options from the chart's props and the title defineChart worked out. */
export function titleOptions(
  props: Pick<CommonChartProps, 'hideTitle' | 'subtitle' | 'illustrative'>,
  title: string,
): TitleOptions {
  return {
    title,
    hideTitle: props.hideTitle ?? false,
    subtitle: props.subtitle,
    illustrative: props.illustrative ?? false,
  };
}

interface TitleContext {
  readonly locale: Locale;
  readonly survey: boolean;
}

/** A chart's `defaultTitle`: its survey title for the survey's data; none for the caller's own data. */
export function surveyTitle(messages: (locale: Locale) => { readonly title: string }) {
  return (_props: unknown, { locale, survey }: TitleContext) =>
    survey ? messages(locale).title : undefined;
}

/** A chart's `untitledName`: what kind of chart it is. */
export function kindName(kind: ChartKind) {
  return (_props: unknown, { locale }: TitleContext) => chartKindName(kind, locale);
}
