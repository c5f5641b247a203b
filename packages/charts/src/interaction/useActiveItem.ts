import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { KeyboardEvent, PointerEvent } from 'react';
import { useInteractive } from '../a11y/interactive';
import { nextRovingIndex } from '../a11y/rovingFocus';

export interface ActiveItemFocusProps {
  readonly ref: (element: SVGElement | null) => void;
  readonly tabIndex: 0;
  readonly onFocus: () => void;
  readonly onBlur: () => void;
  readonly onKeyDown: (event: KeyboardEvent<SVGElement>) => void;
  /** Points at the tooltip while it describes the active item. */
  readonly 'aria-describedby': string | undefined;
}

export interface ActiveItemPointerProps {
  readonly onPointerMove: (event: PointerEvent<SVGGElement>) => void;
  readonly onPointerLeave: () => void;
  readonly onPointerUp: (event: PointerEvent<SVGGElement>) => void;
}

export interface ActiveItemInteraction {
  /** The item the keyboard is on (row-major); the focus element's name describes it. */
  readonly activeIndex: number;
  /** The focus element has DOM focus (draw the FocusRing on the active item). */
  readonly focused: boolean;
  /** The item whose tooltip is shown (pointer first, else the focused item), or null. */
  readonly tooltipIndex: number | null;
  /** The active mark (pointer first, else the focused item; Escape keeps it), or null when none is. */
  readonly currentIndex: number | null;
  /** The item under the pointer, or null (the chart's `itemAt`). */
  readonly itemAt: (event: PointerEvent<SVGGElement>) => number | null;
  readonly tooltipId: string;
  /** Spread on the chart's single focusable element. */
  readonly focusProps: ActiveItemFocusProps;
  /** Spread on the group holding the marks (the pointer's target); undefined in a static chart. */
  readonly pointerProps: ActiveItemPointerProps | undefined;
  /** False in a static chart (`interactive={false}`): draw no focus element and no keyboard hint. */
  readonly interactive: boolean;
}

/**
 * Keyboard, pointer and tooltip state of a chart with ONE focusable element (one Tab stop) and a roving
 * active item instead of a focusable element per mark (ThemeHeatmap's cells, RescueRadar's points,
 * GoalBarChart's bars): a list (no `columns`: the arrows step, Home/End to the ends), or a grid of
 * `columns` per row in row-major order (the arrows move within a row and between rows, Home/End to the
 * row's ends, Ctrl+Home/End to the first and last item); PageUp/PageDown jump 10 items or rows (the shared
 * nextRovingIndex). A keyboard move scrolls the focus element (drawn on the active item) into view, for
 * tall charts. Escape hides the tooltip until the next move. The pointer is mapped to an item by `itemAt` (from the chart's geometry) — no per-mark
 * listeners, which is what keeps a chart of thousands of marks as cheap as its marks; releasing the
 * pointer on an item makes it the active item and focuses the chart (after the press, whose default would
 * move focus away). The chart names the focus element after the active item and draws the focus ring.
 */
export function useActiveItem(args: {
  /** Number of items. */
  readonly count: number;
  /** Items per row of a grid; omit for a list. */
  readonly columns?: number;
  /** The item under the pointer, or null. */
  readonly itemAt: (event: PointerEvent<SVGGElement>) => number | null;
}): ActiveItemInteraction {
  const { count, columns, itemAt } = args;
  const interactive = useInteractive();
  const tooltipId = useId();
  const element = useRef<SVGElement | null>(null);
  const scrollPending = useRef(false);
  const [active, setActive] = useState(0);
  const [focused, setFocused] = useState(false);
  const [hovered, setHovered] = useState<number | null>(null);
  const [dismissed, setDismissed] = useState(false);
  const activeIndex = Math.min(Math.max(0, active), Math.max(0, count - 1));
  const shown = hovered !== null && hovered < count ? hovered : focused ? activeIndex : null;
  const tooltipIndex = dismissed ? null : shown;

  // A keyboard move can take the active item out of view in a tall chart: bring it back (no smooth scroll).
  useEffect(() => {
    if (!scrollPending.current) return;
    scrollPending.current = false;
    element.current?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [activeIndex]);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<SVGElement>) => {
      if (event.key === 'Escape') {
        setDismissed(true);
        return;
      }
      const next = nextRovingIndex(event, activeIndex, { count, columns });
      if (next === null) return;
      event.preventDefault();
      scrollPending.current = next !== activeIndex;
      setActive(next);
      setHovered(null);
      setDismissed(false);
    },
    [activeIndex, count, columns],
  );

  const focusProps: ActiveItemFocusProps = {
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

  const pointerProps: ActiveItemPointerProps = {
    onPointerMove: (event) => {
      const index = itemAt(event);
      if (index !== hovered) {
        // Drawn in this event, not in a scheduler task after it: Chromium dispatches pointer moves at the
        // start of a frame, so the tooltip is painted in that frame instead of the next one (bench:
        // pointer → tooltip painted 47 → 35 ms median on the 300 × 50 heatmap). Moves come once a frame.
        flushSync(() => {
          setHovered(index);
          if (index !== null) setDismissed(false);
        });
      }
    },
    onPointerLeave: () => setHovered(null),
    onPointerUp: (event) => {
      const index = itemAt(event);
      if (index === null) return;
      setActive(index);
      element.current?.focus();
    },
  };

  return {
    activeIndex,
    focused,
    tooltipIndex,
    currentIndex: shown,
    itemAt,
    tooltipId,
    focusProps,
    pointerProps: interactive ? pointerProps : undefined,
    interactive,
  };
}
