/**
 * One story drawn small on a chart's docs page: at the tile's width, or (a story of a fixed size, e.g. a
 * 1920 × 1080 slide: `parameters.gallery.width`) scaled down to it; cut at MAX_HEIGHT with a fade (the
 * story itself shows the whole).
 */
import { useLayoutEffect, useRef, useState } from 'react';
import type { CSSProperties, ReactNode } from 'react';

/** Tallest a thumbnail is shown, in px. */
export const MAX_HEIGHT = 380;

export interface StoryThumbProps {
  /**
   * The width a story of a FIXED size (a 1920 × 1080 slide) is drawn at before it is scaled to the tile.
   * Responsive charts are drawn at the tile's own width and never scaled: a chart measures its container,
   * and a CSS transform would make it read its own box wrongly (getBoundingClientRect is scaled).
   */
  readonly renderWidth?: number;
  /**
   * A responsive story drawn at this fixed width (chartRender reads `data-draw-width`), then scaled
   * down whole to the tile: for a chart that says little at a tile's width (a radar draws its key first).
   */
  readonly drawWidth?: number;
  /** The tallest the picture is shown, in px (default MAX_HEIGHT). */
  readonly maxHeight?: number;
  readonly children: ReactNode;
}

const fade: CSSProperties = {
  position: 'absolute',
  left: 0,
  right: 0,
  bottom: 0,
  height: 40,
  background: 'linear-gradient(rgba(255,255,255,0), #fff)',
  pointerEvents: 'none',
};

export function StoryThumb({
  renderWidth: fixedWidth,
  drawWidth,
  maxHeight = MAX_HEIGHT,
  children,
}: StoryThumbProps) {
  const renderWidth = fixedWidth ?? drawWidth;
  const outer = useRef<HTMLDivElement>(null);
  const inner = useRef<HTMLDivElement>(null);
  const [box, setBox] = useState({ scale: 1, height: maxHeight, drawWidth: renderWidth });

  useLayoutEffect(() => {
    const measure = () => {
      if (!outer.current || !inner.current) return;
      const width = outer.current.clientWidth;
      if (width <= 0) return;
      const drawWidth = renderWidth ?? width;
      const scale = Math.min(1, width / drawWidth);
      setBox({ scale, drawWidth, height: inner.current.offsetHeight * scale });
    };
    measure();
    const observer = new ResizeObserver(measure);
    if (outer.current) observer.observe(outer.current);
    if (inner.current) observer.observe(inner.current);
    return () => observer.disconnect();
  }, [renderWidth]);

  const clipped = box.height > maxHeight;
  const innerStyle: CSSProperties = {
    width: box.drawWidth ?? '100%',
    transform: box.scale < 1 ? `scale(${box.scale})` : undefined,
    transformOrigin: '0 0',
  };
  return (
    <div
      ref={outer}
      style={{ position: 'relative', height: Math.min(box.height, maxHeight), overflow: 'hidden' }}
    >
      <div ref={inner} style={innerStyle} data-draw-width={fixedWidth ? undefined : drawWidth}>
        {children}
      </div>
      {clipped ? <div style={fade} /> : null}
    </div>
  );
}
