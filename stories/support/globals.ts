/**
 * How every chart story follows the toolbar: `chartGlobals(context)` turns the `locale` and `theme`
 * globals into the chart props of the same names. Use it in the meta's `render` (stories/STORIES.md):
 *
 *   render: (args, context) => <GoalBarChart {...args} {...chartGlobals(context)} />,
 */
import { defaultTheme, highContrastTheme, slideTheme } from '@yhdyspinta/charts';
import type { ChartTheme } from '@yhdyspinta/charts';
import type { Locale } from '@yhdyspinta/data';
import { readGlobals } from './globalTypes';
import type { ThemeName } from './globalTypes';

/** The theme object of @yhdyspinta/charts behind each toolbar value. */
export const CHART_THEMES: Readonly<Record<ThemeName, ChartTheme>> = {
  default: defaultTheme,
  slide: slideTheme,
  'high-contrast': highContrastTheme,
};

export interface ChartGlobals {
  locale: Locale;
  theme: ChartTheme;
}

/** The chart props chosen in the toolbar (or pinned by a story's `globals`). */
export function chartGlobals(context: {
  globals: Readonly<Record<string, unknown>>;
}): ChartGlobals {
  const { locale, theme } = readGlobals(context.globals);
  return { locale, theme: CHART_THEMES[theme] };
}
