import { useParentSize } from '@visx/responsive';
import type { ResizeObserverPolyfill } from '@visx/responsive';
import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { resolveChartSize } from './chartSize';
import type { ChartSize } from './chartSize';

/** Where ResizeObserver is missing (old browsers, some test setups) the chart stays at its default size. */
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

const hasResizeObserver = typeof ResizeObserver !== 'undefined';
const polyfill: ResizeObserverPolyfill | undefined = hasResizeObserver
  ? undefined
  : (NoResizeObserver as unknown as ResizeObserverPolyfill);

/**
 * True when the wrapper's height is not just the chart's: the caller's CSS gave it a height. Compares the
 * wrapper's content box with the chart element inside it, in one layout snapshot.
 */
function hasOwnHeight(wrapper: HTMLElement): boolean {
  const chart = wrapper.firstElementChild;
  if (!chart) return false;
  const style = getComputedStyle(wrapper);
  const padding =
    (Number.parseFloat(style.paddingTop) || 0) + (Number.parseFloat(style.paddingBottom) || 0);
  const own = wrapper.clientHeight - padding;
  return own > 0 && Math.abs(own - chart.getBoundingClientRect().height) > 2;
}

export interface ParentSizedProps {
  readonly height?: number;
  readonly heightForWidth?: (width: number) => number;
  readonly defaultWidth?: number;
  readonly className?: string;
  readonly children: (size: ChartSize) => ReactNode;
}

/**
 * A block <div> (styled only by the caller's `className`) measured with @visx/responsive's useParentSize.
 * Width: the div's width. Height: a div without a height of its own only wraps the chart, so the chart
 * keeps its natural height (`heightForWidth`, e.g. an aspect ratio or the rows it needs); once the div is
 * seen to be taller or shorter than the chart (CSS gave it a height, e.g. a grid cell), the chart fills it
 * from then on. That check reads one layout snapshot, so it cannot start a growth loop; the chart <svg> is
 * display="block", so no line-box gap is added under it. Without a DOM the default size is used.
 */
export function ParentSized({
  height,
  heightForWidth,
  defaultWidth,
  className,
  children,
}: ParentSizedProps) {
  const {
    parentRef,
    node,
    width: measuredWidth,
    height: measuredHeight,
  } = useParentSize({ debounceTime: 50, resizeObserverPolyfill: polyfill });
  const [fillsContainer, setFillsContainer] = useState(false);

  useEffect(() => {
    if (!node || !hasResizeObserver || fillsContainer) return;
    const observer = new ResizeObserver(() => {
      if (hasOwnHeight(node)) setFillsContainer(true);
    });
    observer.observe(node);
    return () => observer.disconnect();
  }, [node, fillsContainer]);

  const size = resolveChartSize({
    height,
    measuredWidth,
    containerHeight: fillsContainer ? measuredHeight : 0,
    heightForWidth,
    defaultWidth,
  });
  return (
    <div ref={parentRef} className={className}>
      {children(size)}
    </div>
  );
}
