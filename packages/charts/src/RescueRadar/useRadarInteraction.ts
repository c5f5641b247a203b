import { useCallback, useId, useRef, useState } from 'react';
import type { KeyboardEvent, PointerEvent } from 'react';
import { nextRovingIndex } from '../a11y/rovingFocus';

export interface RadarFocusProps {
  readonly ref: (element: SVGElement | null) => void;
  readonly tabIndex: 0;
  readonly onFocus: () => void;
  readonly onBlur: () => void;
  readonly onKeyDown: (event: KeyboardEvent<SVGElement>) => void;
  /** Points at the tooltip while it describes the active point. */
  readonly 'aria-describedby': string | undefined;
}

export interface RadarPointerProps {
  readonly onPointerMove: (event: PointerEvent<SVGGElement>) => void;
  readonly onPointerLeave: () => void;
  readonly onPointerUp: (event: PointerEvent<SVGGElement>) => void;
}

export interface RadarInteraction {
  /** The point the keyboard is on (focus order); the focus element's name describes it. */
  readonly activeIndex: number;
  /** The focus element has DOM focus (draw the FocusRing on the active point). */
  readonly focused: boolean;
  /** The point whose tooltip is shown (pointer first, else the focused point), or null. */
  readonly tooltipIndex: number | null;
  readonly tooltipId: string;
  /** Spread on the chart's single focusable element. */
  readonly focusProps: RadarFocusProps;
  /** Spread on the group holding the points. */
  readonly pointerProps: RadarPointerProps;
}

/**
 * Keyboard, pointer and tooltip state of the radar with ONE focusable element (one Tab stop) and a roving
 * active point instead of a focusable element per point, as ThemeHeatmap's: the points form a grid of
 * series (rows) × axes (columns), so Left/Right move around the axes and Up/Down between the series
 * (the shared nextRovingIndex; Home/End to the series' first/last axis, Ctrl+Home/End to the very first
 * and last point); Escape hides the tooltip until the next move. The pointer is mapped to a point by
 * `pointAt` (from the geometry) — no per-point listeners; releasing the pointer on a point makes it the
 * active point and focuses the chart.
 */
export function useRadarInteraction(args: {
  readonly count: number;
  readonly columns: number;
  readonly pointAt: (event: PointerEvent<SVGGElement>) => number | null;
}): RadarInteraction {
  const { count, columns, pointAt } = args;
  const tooltipId = useId();
  const element = useRef<SVGElement | null>(null);
  const [active, setActive] = useState(0);
  const [focused, setFocused] = useState(false);
  const [hovered, setHovered] = useState<number | null>(null);
  const [dismissed, setDismissed] = useState(false);
  const activeIndex = Math.min(Math.max(0, active), Math.max(0, count - 1));
  const shown = hovered !== null && hovered < count ? hovered : focused ? activeIndex : null;
  const tooltipIndex = dismissed ? null : shown;

  const onKeyDown = useCallback(
    (event: KeyboardEvent<SVGElement>) => {
      if (event.key === 'Escape') {
        setDismissed(true);
        return;
      }
      const next = nextRovingIndex(event, activeIndex, { count, columns });
      if (next === null) return;
      event.preventDefault();
      setActive(next);
      setHovered(null);
      setDismissed(false);
    },
    [activeIndex, count, columns],
  );

  const focusProps: RadarFocusProps = {
    ref: (el) => {
      element.current = el;
    },
    tabIndex: 0,
    onFocus: () => {
      setFocused(true);
      setDismissed(false);
    },
    onBlur: () => setFocused(false),
    onKeyDown,
    'aria-describedby':
      tooltipIndex !== null && tooltipIndex === activeIndex ? tooltipId : undefined,
  };

  const pointerProps: RadarPointerProps = {
    onPointerMove: (event) => {
      const index = pointAt(event);
      if (index !== hovered) {
        setHovered(index);
        if (index !== null) setDismissed(false);
      }
    },
    onPointerLeave: () => setHovered(null),
    onPointerUp: (event) => {
      const index = pointAt(event);
      if (index === null) return;
      setActive(index);
      element.current?.focus();
    },
  };

  return { activeIndex, focused, tooltipIndex, tooltipId, focusProps, pointerProps };
}
