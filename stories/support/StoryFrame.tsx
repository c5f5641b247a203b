import type { CSSProperties, ReactNode } from 'react';

/** The sizes every chart is shown at (stories/STORIES.md). */
export type FrameSize = 'card' | 'full' | 'slide';

/** Pixel sizes: an intranet card is about 400 px wide; a slide is 1920 × 1080. */
export const FRAME_SIZES: Readonly<Record<FrameSize, { width: number | '100%'; height?: number }>> =
  {
    card: { width: 400 },
    full: { width: '100%' },
    slide: { width: 1920, height: 1080 },
  };

export interface StoryFrameProps {
  size: FrameSize;
  /** The page colour behind the chart, normally the theme's background. */
  background?: string;
  children: ReactNode;
}

/**
 * A box of the given size around a chart, so a story shows the chart as it will be embedded: in an
 * intranet card, across the full content width, or as a 1920 × 1080 slide. A chart without a `width`
 * prop fills the box's width; for a slide, also give the chart width={1920} height={1080}.
 */
export function StoryFrame({ size, background, children }: StoryFrameProps) {
  const { width, height } = FRAME_SIZES[size];
  const style: CSSProperties = {
    width,
    height,
    boxSizing: 'border-box',
    background,
  };
  return (
    <div data-frame={size} style={style}>
      {children}
    </div>
  );
}
