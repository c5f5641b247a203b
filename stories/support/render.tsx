/**
 * Story `render` functions that apply the toolbar's language and theme (stories/STORIES.md):
 * `chartRender(Chart)` for the meta and for stories whose data depends on the language,
 * `framedRender(Chart, size)` for the size stories.
 */
import { createElement } from 'react';
import type { ComponentType, ReactElement } from 'react';
import type { Locale } from '@yhdyspinta/data';
import { chartGlobals } from './globals';
import type { ChartGlobals } from './globals';
import { isLocale } from './globalTypes';
import { StoryFrame } from './StoryFrame';
import type { FrameSize } from './StoryFrame';

/** What a story's `render` receives of its context: the toolbar's globals, and where it is drawn. */
export interface RenderContext {
  globals: Readonly<Record<string, unknown>>;
  canvasElement?: unknown;
}

/** What a story's `render` receives: its args and its context. */
type StoryRender<P> = (args: P, context: RenderContext) => ReactElement;

/**
 * The width a docs-page tile asks its story to be drawn at (`data-draw-width` on the tile, see
 * stories/support/docs/StoryThumb.tsx), so a chart that would otherwise fill the small tile is drawn at a
 * fixed width and scaled down whole; none outside such a tile or when the story sets its own `width`.
 */
function thumbWidth(args: object, context: RenderContext): { width?: number } {
  if ((args as { width?: unknown }).width !== undefined) return {};
  const canvas = context.canvasElement;
  const tile = canvas instanceof Element ? canvas.closest('[data-draw-width]') : null;
  const width = Number(tile?.getAttribute('data-draw-width'));
  return Number.isFinite(width) && width > 0 ? { width } : {};
}

/**
 * The toolbar's language and theme, unless the story's args set the `locale` or `theme` control (the
 * Controls panel): a control the reader set wins over the toolbar.
 */
function globalsFor(args: object, context: RenderContext): ChartGlobals {
  const globals = chartGlobals(context);
  const own = args as { locale?: unknown; theme?: ChartGlobals['theme'] };
  return {
    locale: isLocale(own.locale) ? own.locale : globals.locale,
    theme: own.theme ?? globals.theme,
  };
}

/**
 * A story `render` that draws `Chart` with the story's args and the toolbar's language and theme
 * (`locale` and `theme` props). `props(locale)` adds props built in that language, e.g. illustrative
 * data whose labels are translated: `chartRender(GoalBarChart, (locale) => ({ data: build(locale) }))`.
 */
export function chartRender<P extends object>(
  Chart: ComponentType<P>,
  props?: (locale: Locale) => Partial<P>,
): StoryRender<P> {
  return function ChartStory(args, context) {
    const globals = globalsFor(args, context);
    const own = { ...args, ...thumbWidth(args, context) };
    return createElement(Chart, { ...own, ...globals, ...props?.(globals.locale) } as P);
  };
}

/**
 * A story `render` that shows `Chart` in a frame of the given size (card, full width or slide), with the
 * toolbar's language and theme; `fixed` pins the chart's own width and height (slides).
 */
export function framedRender<P extends object>(
  Chart: ComponentType<P>,
  size: FrameSize,
  fixed?: { width: number; height: number },
): StoryRender<P> {
  return function FramedChart(args, context) {
    const globals = globalsFor(args, context);
    // Every chart takes `locale`, `theme`, `width` and `height` (CommonChartProps).
    const props = { ...args, ...thumbWidth(args, context), ...globals, ...fixed } as P;
    return (
      <StoryFrame size={size} background={globals.theme.colors.background}>
        {createElement(Chart, props)}
      </StoryFrame>
    );
  };
}
