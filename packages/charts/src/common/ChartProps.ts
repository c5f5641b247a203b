import type { ReactNode } from 'react';
import type { Locale } from '@yhdyspinta/data';
import type { LocaleTag } from '../locale/resolve';
import type { ThemeOverride } from '../theme/ChartTheme';

/**
 * Formats a printed data value (a mean, a count): labels, tooltip, table, description. `locale` is the
 * chart's ('fi', 'sv' or 'en'). Must return text; the default gives one decimal with a decimal comma in
 * Finnish and Swedish (2,7). Pass a stable function (module level or useCallback).
 */
export type ValueFormat = (value: number, locale: Locale) => string;

/**
 * Props every chart accepts (each chart's props type extends this). `T` is the chart's item, what its
 * events, tooltip renderer and highlight speak of (e.g. GoalBarItemInfo). The item callbacks are methods so
 * that code handling any chart (CommonChartProps<unknown>) takes every chart's props.
 */
export interface CommonChartProps<T = unknown> {
  /** Called when the active mark changes (pointer or keyboard), with the item, or null when none is. */
  onActiveChange?(item: T | null): void;
  /** Called when a mark is chosen: a click on it, or Enter or Space while the chart has focus. */
  onSelect?(item: T): void;
  /**
   * Replaces the default tooltip's content (placed where the default one would be, in an HTML box of
   * its width; the active item's accessible name is unchanged).
   */
  renderTooltip?(item: T): ReactNode;
  /**
   * Ids to highlight: municipality ids in charts that show municipalities (a ResponseCoverage tile, a
   * ThemeHeatmap row or column, a RescueRadar series), item ids otherwise (goals, axes). Marks of the
   * other items are dimmed (drawn under a veil marked `data-state="dimmed"`). Empty or omitted: none.
   */
  readonly highlight?: readonly string[];
  /** Formats every printed data value (see ValueFormat). */
  readonly valueFormat?: ValueFormat;
  /** Fixed width in px. Omit to fill the container's width (server rendering: 800). */
  readonly width?: number;
  /** Fixed height in px. Omit for the container's height if it has one, else the chart's natural height. */
  readonly height?: number;
  /** 'fi' (default), 'sv' or 'en' (or a tag such as 'sv-FI'): every text and number format. */
  readonly locale?: LocaleTag;
  /** A partial theme merged over defaultTheme, or a whole theme such as slideTheme. */
  readonly theme?: ThemeOverride;
  /**
   * The title (also the accessible name). Default: the survey's title for the shipped data and data
   * built from the survey's responses, the data's own title where the data has one (ThemeHeatmap);
   * otherwise none is drawn (the accessible name then says what kind of chart it is).
   */
  readonly title?: string;
  /** A line under the title (before the base and notices), e.g. the period or the population. */
  readonly subtitle?: string;
  /**
   * The source or credit line, drawn whole under the chart in the notes' size, e.g. "Lähde: kuntakysely
   * 2024". Default none. The chart's height grows by its lines; a fixed `height` includes them.
   */
  readonly source?: string;
  /** Hide the visible title (it stays the accessible name), e.g. when the page has its own heading. */
  readonly hideTitle?: boolean;
  /** Replaces the generated key-finding description (the accessible description). */
  readonly description?: string;
  /** Marks the data as illustrative example data, with a visible and spoken notice. */
  readonly illustrative?: boolean;
  /** Shows the loading state instead of the chart. */
  readonly loading?: boolean;
  /**
   * false: a static picture (a server-rendered file, print): no focusable element, no pointer handling and
   * no keyboard hint in the description. Default true. renderToSvg and the CLI draw with false.
   */
  readonly interactive?: boolean;
  /**
   * Called with the problems when `data` is invalid (each names its place in the data, the value and the
   * rule), after the chart has drawn its error state; in production too, like the console.error each
   * distinct problem gets once.
   */
  readonly onError?: (problems: readonly string[]) => void;
  /** Class of the outermost element (the responsive wrapper `div`, or the `svg` at a fixed width). */
  readonly className?: string;
}
