import type { Locale } from '@yhdyspinta/data';
import type { ReactNode } from 'react';
import { FocusRing } from '../a11y/FocusRing';
import type { Box } from '../geometry/box';
import { svgNumber } from '../geometry/round';
import { ChartTooltip } from '../interaction/ChartTooltip';
import type { TooltipLayout } from '../interaction/tooltipLayout';
import type { ActiveItemInteraction } from '../interaction/useActiveItem';
import { withKeyboardHint } from '../locale/keyboardHint';
import type { ChartTheme } from '../theme/ChartTheme';

export interface InteractiveMarksProps {
  /** From useActiveItem. */
  readonly interaction: ActiveItemInteraction;
  /** The marks' group name; the keyboard hint is added to it when the chart is interactive. */
  readonly label: string;
  readonly locale: Locale;
  readonly theme: ChartTheme;
  /** The active item's box and accessible name (full text and value), or null when there is none. */
  readonly active: { readonly box: Box; readonly name: string } | null;
  /** The marks (and any pointer hit area), inside the group that takes the pointer. */
  readonly children: ReactNode;
  /** Drawn over the marks and under the focus ring (value labels, axes, legends). */
  readonly overlay?: ReactNode;
  /** The hidden data table (memoise it: hover and focus re-render the chart, not its rows). */
  readonly table: ReactNode;
  /** The tooltip's layout while one is shown, else null. */
  readonly tooltip: TooltipLayout | null;
}

/**
 * The interactive part every chart draws the same way: the marks' group (the pointer's target, named with
 * the keyboard hint), the ONE focusable element on the active mark (named after it), the focus ring, the
 * hidden data table and the tooltip, last so it paints above everything. A static chart
 * (`interactive={false}`) gets no focusable element and no hint.
 */
export function InteractiveMarks(props: InteractiveMarksProps) {
  const { interaction, active, theme } = props;
  // The focus element and its ring on the same rounded box as the file output.
  const box = active
    ? {
        x: Number(svgNumber(active.box.x)),
        y: Number(svgNumber(active.box.y)),
        width: Number(svgNumber(active.box.width)),
        height: Number(svgNumber(active.box.height)),
      }
    : null;
  return (
    <>
      <g
        role="group"
        aria-label={withKeyboardHint(props.label, interaction.interactive, props.locale)}
        {...interaction.pointerProps}
      >
        {props.children}
        {active && box && interaction.interactive ? (
          <rect
            {...box}
            fill="none"
            pointerEvents="none"
            role="graphics-symbol"
            aria-label={active.name}
            {...interaction.focusProps}
          />
        ) : null}
      </g>
      {props.overlay}
      {interaction.focused && box ? <FocusRing {...box} theme={theme} /> : null}
      {props.table}
      {props.tooltip ? (
        <ChartTooltip id={interaction.tooltipId} layout={props.tooltip} theme={theme} />
      ) : null}
    </>
  );
}
