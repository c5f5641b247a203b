/**
 * One story drawn small on a chart's docs page: at the width the story asks for (`parameters.gallery.width`,
 * e.g. 1920 for a slide) scaled down to the tile, or at the tile's own width; cut at MAX_HEIGHT with a
 * fade (the story itself shows the whole).
 */
import { useLayoutEffect, useRef, useState } from 'react';
import type { CSSProperties, ReactNode } from 'react';

/** Tallest a thumbnail is shown, in px. */
export const MAX_HEIGHT = 360;

export interface StoryThumbProps {
  /** The width the story is drawn at before scaling; default: the tile's width (no scaling). */
  readonly renderWidth?: number;
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

export function StoryThumb({ renderWidth, children }: StoryThumbProps) {
  const outer = useRef<HTMLDivElement>(null);
  const inner = useRef<HTMLDivElement>(null);
  const [box, setBox] = useState({ scale: 1, height: MAX_HEIGHT });

  useLayoutEffect(() => {
    const measure = () => {
      if (!outer.current || !inner.current) return;
      const width = outer.current.clientWidth;
      const scale = renderWidth && width > 0 ? Math.min(1, width / renderWidth) : 1;
      setBox({ scale, height: inner.current.offsetHeight * scale });
    };
    measure();
    const observer = new ResizeObserver(measure);
    if (outer.current) observer.observe(outer.current);
    if (inner.current) observer.observe(inner.current);
    return () => observer.disconnect();
  }, [renderWidth]);

  const clipped = box.height > MAX_HEIGHT;
  const innerStyle: CSSProperties = {
    width: renderWidth ?? '100%',
    transform: box.scale < 1 ? `scale(${box.scale})` : undefined,
    transformOrigin: '0 0',
  };
  return (
    <div
      ref={outer}
      style={{ position: 'relative', height: Math.min(box.height, MAX_HEIGHT), overflow: 'hidden' }}
    >
      <div ref={inner} style={innerStyle}>
        {children}
      </div>
      {clipped ? <div style={fade} /> : null}
    </div>
  );
}
