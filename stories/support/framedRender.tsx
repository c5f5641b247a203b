import { createElement } from 'react';
import type { ComponentType, ReactElement } from 'react';
import { chartGlobals } from './globals';
import { StoryFrame } from './StoryFrame';
import type { FrameSize } from './StoryFrame';

/**
 * A story `render` that shows `Chart` in a frame of the given size (card, full width or slide), with the
 * toolbar's language and theme; `fixed` pins the chart's own width and height (slides).
 */
export function framedRender<P extends object>(
  Chart: ComponentType<P>,
  size: FrameSize,
  fixed?: { width: number; height: number },
): (args: P, context: { globals: Readonly<Record<string, unknown>> }) => ReactElement {
  return function FramedChart(args, context) {
    const globals = chartGlobals(context);
    // Every chart takes `locale`, `theme`, `width` and `height` (CommonChartProps).
    const props = { ...args, ...globals, ...fixed } as P;
    return (
      <StoryFrame size={size} background={globals.theme.colors.background}>
        {createElement(Chart, props)}
      </StoryFrame>
    );
  };
}
