/**
 * An element's chart whose code loads on demand (an ES module bundle's chunk per chart): a page loads
 * the code of the charts it shows, not of all four. Its tag and titles are known up front (the element
 * names its loading state); drawing and the adapter from responses wait for `prepare()`, which the
 * element calls when it is first connected (ChartElementBase) and awaits before drawing its content.
 */
import type { Locale, RawResponse } from '@yhdyspinta/data';
import { ChartState } from '../common/ChartState';
import { getMessages, resolveLocale } from '../locale/messages';
import type { ChartTitles } from '../chart/ChartDefinition';
import type { ElementChart } from './elementChart';

export function lazyChart(
  id: string,
  titles: ChartTitles,
  load: () => Promise<ElementChart>,
): ElementChart {
  let loaded: ElementChart | null = null;
  let loading: Promise<void> | null = null;
  const title = (locale: Locale, fromResponses = false) => {
    const messages = getMessages(locale);
    return ((fromResponses && titles.responses) || titles.shipped)(messages);
  };
  return {
    tag: `yhdyspinta-${id}`,
    title,
    draw(props, data) {
      if (loaded) return loaded.draw(props, data);
      const { locale, theme, width, height } = props;
      const name = props.title ?? title(resolveLocale(locale));
      return <ChartState {...{ locale, theme, width, height }} kind="loading" title={name} />;
    },
    fromResponses(responses: readonly RawResponse[], locale: Locale): unknown {
      const from = loaded?.fromResponses;
      if (typeof from !== 'function') throw new Error(`${id}: cannot be drawn from responses`);
      return from(responses, locale);
    },
    prepare() {
      loading ??= load().then(
        (chart) => {
          loaded = chart;
        },
        (error: unknown) => {
          loading = null;
          throw error;
        },
      );
      return loading;
    },
  };
}
