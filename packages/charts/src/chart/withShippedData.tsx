import type { Locale } from '@yhdyspinta/data';
import { useMemo } from 'react';
import type { ComponentType, ReactElement } from 'react';
import type { CommonChartProps } from '../common/ChartProps';
import { ELEMENT_BUNDLE } from '../dev/elementBundle';
import { warnDev } from '../dev/warnDev';
import { resolveLocale } from '../locale/resolve';
import { markSurveyData } from './surveyData';

/**
 * The props of a chart of the main entry: the core chart's props with `data` optional (the shipped data
 * when omitted) and the props `S` that only choose the shipped data (e.g. ResponseCoverage's `survey`).
 */
export type ShippedProps<P extends { readonly data: unknown }, S extends object = object> = Omit<
  P,
  'data'
> & { readonly data?: P['data'] } & Partial<S>;

/**
 * `Chart` drawing the shipped data by default: `<GoalBarChart />` draws the 2024 survey. `shippedData`
 * builds that data in the chosen locale from the props named in `shippedKeys` (which are not passed on to
 * the chart, and are ignored with a development warning when `data` is given). The one wrapper the main
 * entry's components are made with; the core entry's charts carry no data.
 */
export function withShippedData<
  P extends CommonChartProps & { readonly data: unknown },
  S extends object = object,
>(
  Chart: ComponentType<P>,
  shippedData: (locale: Locale, shipped: Partial<S>) => P['data'],
  name: string,
  shippedKeys: readonly (keyof S & string)[] = [],
): (props: ShippedProps<P, S>) => ReactElement {
  function Shipped(props: ShippedProps<P, S>): ReactElement {
    const locale = resolveLocale(props.locale);
    const rest: Record<string, unknown> = { ...props };
    const shipped: Record<string, unknown> = {};
    for (const key of shippedKeys) {
      shipped[key] = rest[key];
      delete rest[key];
    }
    const given = props.data;
    const values = shippedKeys.map((key) => shipped[key]);
    const data = useMemo(
      () => given ?? markSurveyData(shippedData(locale, shipped as Partial<S>)),
      // The shipped props are read through `values`; `shipped` itself is new on every render.
      // eslint-disable-next-line react-hooks/exhaustive-deps
      [given, locale, ...values],
    );
    if (!ELEMENT_BUNDLE && given !== undefined) {
      for (const key of shippedKeys.filter((k) => shipped[k] !== undefined)) {
        warnDev(`${name}: \`${key}\` is used only without \`data\`; it chooses the shipped data.`);
      }
    }
    return <Chart {...(rest as P)} locale={locale} data={data} />;
  }
  Shipped.displayName = name;
  return Shipped;
}
