import { useCallback, useId, useMemo } from 'react';
import type { PointerEvent } from 'react';
import { HiddenDataTable } from '../a11y/HiddenDataTable';
import type { ChartSvgProps } from '../chart/defineChart';
import { ChartSvgRoot } from '../chart/ChartSvgRoot';
import { InteractiveMarks } from '../chart/InteractiveMarks';
import { MissingPattern } from '../common/MissingPattern';
import { ELEMENT_BUNDLE } from '../dev/elementBundle';
import { warnDev } from '../dev/warnDev';
import { svgNumber } from '../geometry/round';
import { pointerToChart } from '../interaction/pointerToChart';
import { layoutTooltip } from '../interaction/tooltipLayout';
import { useActiveItem } from '../interaction/useActiveItem';
import { goalBarMessages } from '../locale/goalBar';
import type { GoalBarOptions } from './compute';
import { goalBarDescription, goalBarItemName, goalBarTooltip } from './describe';
import { previousRoundName } from './describePrevious';
import { GoalBarAxis } from './GoalBarAxis';
import { GoalBarGrid, GoalBarLegend, GoalBarMarkers, GoalBarValues } from './GoalBarLines';
import { GoalBarRows } from './GoalBarRows';
import { goalBarMarkItem } from './item';
import { goalBarMarks, rowIndexAt } from './marks';
import { goalBarDataTable } from './table';
import type { GoalBarData } from './types';
import { useLayout } from '../chart/useLayout';
import { computeGoalBarLayout } from './compute';

/** Right of the bar if there is room, else under or over the row: never over the goal's own label. */
const TOOLTIP_SIDES = ['right', 'below', 'above', 'left'] as const;

export type GoalBarSvgProps = ChartSvgProps<GoalBarData, GoalBarOptions>;

/**
 * Draws a GoalBarChart layout: geometry from compute.ts and marks.ts, words from describe.ts. No element
 * per bar but its label and value texts: the bars are one path per fill, and the plot has ONE focusable
 * element (useActiveItem, as a list) whose box and name (text, section, mean, scale level) are the active
 * row's; Up/Down, Home/End and PageUp/PageDown move it, the pointer is mapped to a row by rowIndexAt. The
 * hidden table lists every row up to GOAL_TABLE_ROW_LIMIT rows, else one summary line per section.
 */
export function GoalBarSvg(props: GoalBarSvgProps) {
  const { data, locale, theme, options } = props;
  const layout = useLayout(computeGoalBarLayout, props);
  const { rows } = layout;
  const marks = useMemo(() => goalBarMarks(layout, theme), [layout, theme]);
  const round = useMemo(() => previousRoundName(data, locale), [data, locale]);
  const table = useMemo(
    () => goalBarDataTable(rows, options.title, locale, round),
    [rows, options.title, locale, round],
  );
  const rowAt = useCallback(
    (event: PointerEvent<SVGGElement>) => {
      const p = pointerToChart(event, layout.width, layout.height);
      return rowIndexAt(rows, p.x, p.y);
    },
    [rows, layout.width, layout.height],
  );
  const interaction = useActiveItem({ count: rows.length, itemAt: rowAt });
  const items = useMemo(
    () => ({
      count: rows.length,
      at: (i: number) => (!ELEMENT_BUNDLE && rows[i] ? goalBarMarkItem(rows[i]) : undefined),
    }),
    [rows],
  );
  const description = useMemo(
    () =>
      goalBarDescription(data, locale, {
        illustrative: options.illustrative,
        description: props.description,
        interactive: interaction.interactive,
      }),
    [data, locale, options.illustrative, props.description, interaction.interactive],
  );
  const patternId = useId();
  // A picture's renderer says it itself (does-not-fit, or the shrink warning): no console line then.
  if (!ELEMENT_BUNDLE && layout.overflow && interaction.interactive) {
    warnDev(
      `GoalBarChart: height ${props.height} is too small; drawn ${layout.height} px tall instead of clipping.`,
    );
  }
  const active = rows[interaction.activeIndex];
  const tipRow = interaction.tooltipIndex === null ? undefined : rows[interaction.tooltipIndex];
  const hit = rows.length > 0 ? layout.plot : null;

  return (
    <ChartSvgRoot svg={props} layout={layout} description={description}>
      <defs>
        <MissingPattern id={patternId} theme={theme} />
      </defs>
      <GoalBarLegend layout={layout} theme={theme} />
      <GoalBarGrid marks={marks} theme={theme} />
      <InteractiveMarks
        items={items}
        svg={props}
        interaction={interaction}
        label={goalBarMessages(locale).itemsLabel}
        active={
          active
            ? {
                box: active.rowBox,
                name: goalBarItemName(active, locale, round, layout.levelWords),
              }
            : null
        }
        overlay={
          <>
            <GoalBarMarkers marks={marks} theme={theme} />
            <GoalBarValues marks={marks} fontSize={layout.font.value} theme={theme} />
            <GoalBarAxis axis={layout.axis} theme={theme} />
            {layout.topAxis ? <GoalBarAxis axis={layout.topAxis} theme={theme} /> : null}
          </>
        }
        table={<HiddenDataTable {...table} />}
        tooltip={
          tipRow
            ? layoutTooltip(
                goalBarTooltip(tipRow, data, locale),
                tipRow.anchor,
                { width: layout.width, height: layout.height },
                theme,
                { sides: TOOLTIP_SIDES, locale },
              )
            : null
        }
      >
        {hit ? (
          <rect
            x={0}
            y={hit.top}
            width={layout.width}
            height={svgNumber(Math.max(0, hit.bottom - hit.top))}
            fill={theme.colors.background}
            fillOpacity={0}
          />
        ) : null}
        <GoalBarRows
          layout={layout}
          marks={marks}
          missingFill={`url(#${patternId})`}
          theme={theme}
        />
      </InteractiveMarks>
    </ChartSvgRoot>
  );
}
