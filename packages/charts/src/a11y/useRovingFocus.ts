import { useCallback, useRef, useState } from 'react';
import type { FocusEvent, KeyboardEvent } from 'react';
import { nextRovingIndex } from './rovingFocus';
import type { RovingShape } from './rovingFocus';

/** Props to spread on each focusable data mark (an SVG <g> or similar). */
export interface RovingItemProps {
  readonly ref: (element: SVGElement | null) => void;
  readonly tabIndex: 0 | -1;
  readonly onFocus: (event: FocusEvent<SVGElement>) => void;
  readonly onBlur: (event: FocusEvent<SVGElement>) => void;
  readonly onKeyDown: (event: KeyboardEvent<SVGElement>) => void;
}

export interface RovingFocus {
  /** The item with tabIndex 0: the chart's single Tab stop (the last focused item, initially the first). */
  readonly activeIndex: number;
  /** The item that has DOM focus now, or null when focus is outside the items. */
  readonly focusedIndex: number | null;
  readonly getItemProps: (index: number) => RovingItemProps;
}

/**
 * Roving tabindex (WAI-ARIA APG): exactly one item is in the Tab order, so Tab enters and leaves the chart in
 * one step; the arrow keys, Home and End move focus between items (see nextRovingIndex). `onKeyDown`
 * receives every key first so a chart can add its own (useChartInteraction adds Escape).
 */
export function useRovingFocus(
  shape: RovingShape,
  onKeyDown?: (event: KeyboardEvent<SVGElement>, index: number) => void,
): RovingFocus {
  const [active, setActive] = useState(0);
  const [focusedIndex, setFocusedIndex] = useState<number | null>(null);
  const elements = useRef(new Map<number, SVGElement>());
  const activeIndex = Math.min(active, Math.max(0, shape.count - 1));
  const { count, columns } = shape;

  const getItemProps = useCallback(
    (index: number): RovingItemProps => ({
      ref: (element) => {
        if (element) elements.current.set(index, element);
        else elements.current.delete(index);
      },
      tabIndex: index === activeIndex ? 0 : -1,
      onFocus: () => {
        setActive(index);
        setFocusedIndex(index);
      },
      onBlur: () => setFocusedIndex((current) => (current === index ? null : current)),
      onKeyDown: (event) => {
        onKeyDown?.(event, index);
        const next = nextRovingIndex(event, index, { count, columns });
        if (next === null) return;
        event.preventDefault();
        if (next !== index) elements.current.get(next)?.focus();
      },
    }),
    [activeIndex, count, columns, onKeyDown],
  );

  return { activeIndex, focusedIndex, getItemProps };
}
