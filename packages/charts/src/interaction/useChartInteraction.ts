import { useCallback, useId, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useRovingFocus } from '../a11y/useRovingFocus';
import type { RovingItemProps } from '../a11y/useRovingFocus';
import type { RovingShape } from '../a11y/rovingFocus';

export interface InteractiveItemProps extends RovingItemProps {
  readonly onPointerEnter: () => void;
  readonly onPointerLeave: () => void;
  /** Points at the tooltip while it describes this item. */
  readonly 'aria-describedby': string | undefined;
}

export interface ChartInteraction {
  /** The item whose tooltip is shown (pointer first, else keyboard focus), or null. */
  readonly tooltipIndex: number | null;
  /** The id to give the tooltip element (role="tooltip"). */
  readonly tooltipId: string;
  /** The item with DOM focus (draw the FocusRing there), or null. */
  readonly focusedIndex: number | null;
  readonly getItemProps: (index: number) => InteractiveItemProps;
}

/**
 * Hover, focus and tooltip state of a chart's data marks. The tooltip follows the pointer and, just the
 * same, the keyboard focus (roving focus: one Tab stop, arrows move); Escape hides it until the next move.
 * While shown, the item's aria-describedby points at the tooltip, so screen readers read it as the item's
 * description.
 */
export function useChartInteraction(shape: RovingShape): ChartInteraction {
  const tooltipId = useId();
  const [hoveredIndex, setHoveredIndex] = useState<number | null>(null);
  const [dismissed, setDismissed] = useState(false);

  const onKeyDown = useCallback((event: KeyboardEvent<SVGElement>) => {
    if (event.key === 'Escape') setDismissed(true);
  }, []);
  const roving = useRovingFocus(shape, onKeyDown);
  const { focusedIndex } = roving;
  const tooltipIndex = dismissed ? null : (hoveredIndex ?? focusedIndex);

  const getItemProps = useCallback(
    (index: number): InteractiveItemProps => {
      const base = roving.getItemProps(index);
      return {
        ...base,
        onFocus: (event) => {
          setDismissed(false);
          base.onFocus(event);
        },
        onPointerEnter: () => {
          setDismissed(false);
          setHoveredIndex(index);
        },
        onPointerLeave: () => setHoveredIndex((current) => (current === index ? null : current)),
        'aria-describedby': tooltipIndex === index ? tooltipId : undefined,
      };
    },
    [roving, tooltipIndex, tooltipId],
  );

  return { tooltipIndex, tooltipId, focusedIndex, getItemProps };
}
