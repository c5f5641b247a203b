import { useCallback, useId, useRef, useState } from 'react';
import type { KeyboardEvent, PointerEvent } from 'react';
import { nextRovingIndex } from '../a11y/rovingFocus';

export interface HeatmapFocusProps {
  readonly ref: (element: SVGElement | null) => void;
  readonly tabIndex: 0;
  readonly onFocus: () => void;
  readonly onBlur: () => void;
  readonly onKeyDown: (event: KeyboardEvent<SVGElement>) => void;
  /** Points at the tooltip while it describes the active cell. */
  readonly 'aria-describedby': string | undefined;
}

export interface HeatmapPointerProps {
  readonly onPointerMove: (event: PointerEvent<SVGGElement>) => void;
  readonly onPointerLeave: () => void;
  readonly onPointerUp: (event: PointerEvent<SVGGElement>) => void;
}

export interface HeatmapInteraction {
  /** The cell the keyboard is on (row-major); the focus element's name describes it. */
  readonly activeIndex: number;
  /** The focus element has DOM focus (draw the FocusRing on the active cell). */
  readonly focused: boolean;
  /** The cell whose tooltip is shown (pointer first, else the focused cell), or null. */
  readonly tooltipIndex: number | null;
  readonly tooltipId: string;
  /** Spread on the chart's single focusable element. */
  readonly focusProps: HeatmapFocusProps;
  /** Spread on the group of cells. */
  readonly pointerProps: HeatmapPointerProps;
}

/** The pointer's position in chart coordinates (the SVG's viewBox), from a client position. */
export function pointerToChart(
  event: { readonly clientX: number; readonly clientY: number; readonly currentTarget: Element },
  width: number,
  height: number,
): { x: number; y: number } {
  const svg = event.currentTarget.closest('svg');
  const rect = svg?.getBoundingClientRect();
  if (!rect) return { x: event.clientX, y: event.clientY };
  const sx = rect.width > 0 ? width / rect.width : 1;
  const sy = rect.height > 0 ? height / rect.height : 1;
  return { x: (event.clientX - rect.left) * sx, y: (event.clientY - rect.top) * sy };
}

/**
 * Keyboard, pointer and tooltip state of the heatmap with ONE focusable element (one Tab stop) and a 2-D
 * roving index instead of a focusable element per cell: the arrow keys move within the row / column,
 * Home/End to the row's ends, Ctrl+Home/End to the grid's corners (the shared nextRovingIndex); Escape
 * hides the tooltip until the next move. The pointer is mapped to a cell by `cellAt` (O(1), inverting
 * the band scales) — no per-cell listeners; releasing the pointer on a cell makes it the active cell and focuses
 * the chart (after the press, whose default would move focus away).
 */
export function useHeatmapInteraction(args: {
  readonly rows: number;
  readonly columns: number;
  readonly cellAt: (event: PointerEvent<SVGGElement>) => number | null;
}): HeatmapInteraction {
  const { rows, columns, cellAt } = args;
  const count = rows * columns;
  const tooltipId = useId();
  const element = useRef<SVGElement | null>(null);
  const [active, setActive] = useState(0);
  const [focused, setFocused] = useState(false);
  const [hovered, setHovered] = useState<number | null>(null);
  const [dismissed, setDismissed] = useState(false);
  const activeIndex = Math.min(Math.max(0, active), Math.max(0, count - 1));
  const tooltipIndex = dismissed ? null : (hovered ?? (focused ? activeIndex : null));

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

  const focusProps: HeatmapFocusProps = {
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

  const pointerProps: HeatmapPointerProps = {
    onPointerMove: (event) => {
      const index = cellAt(event);
      if (index !== hovered) {
        setHovered(index);
        if (index !== null) setDismissed(false);
      }
    },
    onPointerLeave: () => setHovered(null),
    onPointerUp: (event) => {
      const index = cellAt(event);
      if (index === null) return;
      setActive(index);
      element.current?.focus();
    },
  };

  return { activeIndex, focused, tooltipIndex, tooltipId, focusProps, pointerProps };
}
