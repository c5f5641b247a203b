import { useEffect, useRef } from 'react';
import type { KeyboardEvent, PointerEvent, ReactNode } from 'react';
import { FocusRing } from '../a11y/FocusRing';
import type { Box } from '../geometry/box';
import { svgNumber } from '../geometry/round';
import { ChartTooltip } from '../interaction/ChartTooltip';
import type { TooltipLayout } from '../interaction/tooltipLayout';
import type { ActiveItemInteraction } from '../interaction/useActiveItem';
import { withKeyboardHint } from '../locale/keyboardHint';
import { DimmedVeil } from './DimmedVeil';
import type { ChartSvgProps } from './defineChart';
import type { ChartItemApi, MarkItems } from './markItems';
import { ELEMENT_BUNDLE } from '../dev/elementBundle';

export interface InteractiveMarksProps<T> {
  /** From useActiveItem. */
  readonly interaction: ActiveItemInteraction;
  /** The marks' group name; the keyboard hint is added to it when the chart is interactive. */
  readonly label: string;
  /** The chart's drawing props (its ChartSvgProps): the locale, the theme and the caller's item API. */
  readonly svg: InteractiveChart<T>;
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
  /** The chart's items by index (what events, a custom tooltip and `highlight` speak of). */
  readonly items?: MarkItems<T>;
}

/** What InteractiveMarks reads of a chart's ChartSvgProps; `api` is the caller's events, tooltip and highlight. */
export type InteractiveChart<T> = Pick<ChartSvgProps<unknown, unknown>, 'locale' | 'theme'> & {
  readonly api?: ChartItemApi<T>;
};

const isSelectKey = (event: KeyboardEvent<SVGElement>) =>
  event.key === 'Enter' || event.key === ' ' || event.key === 'Spacebar';

/** Calls `onActiveChange` when the active index changes (not on mount while nothing is active). */
function useActiveChange<T>(
  index: number | null,
  items: MarkItems<T> | undefined,
  onActiveChange: ((item: T | null) => void) | undefined,
): void {
  const reported = useRef<number | null>(null);
  const latest = useRef({ items, onActiveChange });
  // Effects run in order: the report below sees this render's items and callback.
  useEffect(() => {
    latest.current = { items, onActiveChange };
  });
  useEffect(() => {
    if (reported.current === index) return;
    reported.current = index;
    const { items: current, onActiveChange: report } = latest.current;
    if (!report || !current) return;
    report(index === null ? null : (current.at(index)?.item ?? null));
  }, [index]);
}

/**
 * The interactive part every chart draws the same way: the marks' group (the pointer's target, named with
 * the keyboard hint), the ONE focusable element on the active mark (named after it), the focus ring, the
 * hidden data table and the tooltip, last so it paints above everything. A static chart
 * (`interactive={false}`) gets no focusable element and no hint. The one place the caller's item API
 * works: `onActiveChange` (pointer or keyboard), `onSelect` (a click on a mark, Enter or Space),
 * `renderTooltip` (the content, at the default tooltip's place) and `highlight` (a veil over the others).
 */
export function InteractiveMarks<T>(props: InteractiveMarksProps<T>) {
  const { interaction, active, items } = props;
  const { locale, theme } = props.svg;
  const api = ELEMENT_BUNDLE ? undefined : props.svg.api;
  useActiveChange(interaction.currentIndex, items, api?.onActiveChange?.bind(api));
  const select = (index: number | null) => {
    const item = index === null ? undefined : items?.at(index)?.item;
    if (item !== undefined) api?.onSelect?.(item);
  };
  const pointerProps = interaction.pointerProps && {
    ...interaction.pointerProps,
    onPointerUp: (event: PointerEvent<SVGGElement>) => {
      const index = interaction.itemAt(event);
      interaction.pointerProps?.onPointerUp(event);
      select(index);
    },
  };
  const focusProps = {
    ...interaction.focusProps,
    onKeyDown: (event: KeyboardEvent<SVGElement>) => {
      if (isSelectKey(event) && api?.onSelect) {
        event.preventDefault();
        select(interaction.activeIndex);
        return;
      }
      interaction.focusProps.onKeyDown(event);
    },
  };
  // The focus element and its ring on the same rounded box as the file output.
  const box = active
    ? {
        x: Number(svgNumber(active.box.x)),
        y: Number(svgNumber(active.box.y)),
        width: Number(svgNumber(active.box.width)),
        height: Number(svgNumber(active.box.height)),
      }
    : null;
  const tipItem =
    api?.renderTooltip && interaction.tooltipIndex !== null
      ? items?.at(interaction.tooltipIndex)?.item
      : undefined;
  return (
    <>
      <g
        role="group"
        aria-label={withKeyboardHint(props.label, interaction.interactive, locale)}
        {...pointerProps}
      >
        {props.children}
        {!ELEMENT_BUNDLE && items ? (
          <DimmedVeil items={items} highlight={api?.highlight} theme={theme} />
        ) : null}
        {active && box && interaction.interactive ? (
          <rect
            {...box}
            fill="none"
            pointerEvents="none"
            role="graphics-symbol"
            aria-label={active.name}
            {...focusProps}
          />
        ) : null}
      </g>
      {props.overlay}
      {interaction.focused && box ? <FocusRing {...box} theme={theme} /> : null}
      {props.table}
      {props.tooltip && tipItem !== undefined && api?.renderTooltip ? (
        <foreignObject
          x={svgNumber(props.tooltip.x)}
          y={svgNumber(props.tooltip.y)}
          width={svgNumber(props.tooltip.width)}
          height={svgNumber(props.tooltip.height)}
          overflow="visible"
          pointerEvents="none"
        >
          <div id={interaction.tooltipId} role="tooltip">
            {api.renderTooltip(tipItem)}
          </div>
        </foreignObject>
      ) : props.tooltip ? (
        <ChartTooltip id={interaction.tooltipId} layout={props.tooltip} theme={theme} />
      ) : null}
    </>
  );
}
