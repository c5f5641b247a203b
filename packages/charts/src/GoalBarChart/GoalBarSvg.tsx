import type { Locale } from '@yhdyspinta/data';
import { useId } from 'react';
import { ChartRoot } from '../a11y/ChartRoot';
import { FocusRing } from '../a11y/FocusRing';
import { HiddenDataTable } from '../a11y/HiddenDataTable';
import { MissingPattern } from '../common/MissingPattern';
import { warnDev } from '../common/warnDev';
import { ChartTooltip } from '../interaction/ChartTooltip';
import { layoutTooltip } from '../interaction/tooltipLayout';
import { useChartInteraction } from '../interaction/useChartInteraction';
import { commonMessages } from '../locale/common';
import { goalBarMessages } from '../locale/goalBar';
import { TextLines } from '../text/TextLines';
import type { ChartTheme } from '../theme/ChartTheme';
import type { GoalBarOptions } from './compute';
import { goalBarDescription, goalBarItemName, goalBarTable, goalBarTooltip } from './describe';
import { GoalBarAxis } from './GoalBarAxis';
import { GoalBarGrid, GoalBarLegend, GoalBarMarkers, GoalBarValues } from './GoalBarLines';
import { GoalBarRowMark } from './GoalBarRowMark';
import type { GoalBarData } from './types';
import { useGoalBarLayout } from './useGoalBarLayout';

/** Right of the bar if there is room, else under or over the row: never over the goal's own label. */
const TOOLTIP_SIDES = ['right', 'below', 'above', 'left'] as const;

export interface GoalBarSvgProps {
  readonly data: GoalBarData;
  readonly width: number;
  readonly height: number;
  readonly locale: Locale;
  readonly theme: ChartTheme;
  readonly options: GoalBarOptions;
  /** Replaces the generated key finding. */
  readonly description?: string;
  readonly className?: string;
}

/** Draws a GoalBarChart layout: geometry from compute.ts, words from describe.ts. */
export function GoalBarSvg(props: GoalBarSvgProps) {
  const { data, locale, theme, options } = props;
  const layout = useGoalBarLayout({
    data,
    width: props.width,
    height: props.height,
    locale,
    theme,
    options,
  });
  const interaction = useChartInteraction({ count: layout.rows.length });
  const patternId = useId();
  const messages = { common: commonMessages(locale), goalBar: goalBarMessages(locale) };
  const { colors, fontWeight } = theme;
  if (layout.overflow) {
    warnDev(
      `GoalBarChart: height ${props.height} is too small; drawn ${layout.height} px tall instead of clipping.`,
    );
  }
  const focused =
    interaction.focusedIndex === null ? undefined : layout.rows[interaction.focusedIndex];
  const tipRow =
    interaction.tooltipIndex === null ? undefined : layout.rows[interaction.tooltipIndex];
  const table = goalBarTable(layout.rows, locale);

  return (
    <ChartRoot
      width={layout.width}
      height={layout.height}
      theme={theme}
      title={options.title}
      header={layout.header}
      description={goalBarDescription(data, locale, {
        illustrative: options.illustrative,
        description: props.description,
      })}
      className={props.className}
    >
      <defs>
        <MissingPattern id={patternId} theme={theme} />
      </defs>
      <GoalBarLegend layout={layout} theme={theme} />
      <GoalBarGrid layout={layout} theme={theme} />
      <g role="group" aria-label={messages.goalBar.itemsLabel}>
        {layout.groups.map((group) => (
          <TextLines
            key={group.id}
            x={group.x}
            y={group.y}
            lines={group.lines}
            fontSize={group.kind === 'prefix' ? layout.font.prefix : layout.font.group}
            lineHeight={
              group.kind === 'prefix' ? layout.font.prefixLineHeight : layout.font.groupLineHeight
            }
            fontWeight={fontWeight.bold}
            fill={group.kind === 'prefix' ? colors.textMuted : colors.text}
          />
        ))}
        {layout.rows.map((row) => (
          <GoalBarRowMark
            key={row.item.id}
            row={row}
            font={layout.font}
            theme={theme}
            name={goalBarItemName(row, locale)}
            missingFill={`url(#${patternId})`}
            interaction={interaction.getItemProps(row.index)}
          />
        ))}
      </g>
      <GoalBarMarkers layout={layout} theme={theme} />
      <GoalBarValues layout={layout} theme={theme} />
      <GoalBarAxis axis={layout.axis} theme={theme} />
      {focused ? <FocusRing {...focused.rowBox} theme={theme} /> : null}
      <HiddenDataTable
        caption={messages.common.dataTable(options.title)}
        columns={table.columns}
        rows={table.rows}
      />
      {tipRow ? (
        <ChartTooltip
          id={interaction.tooltipId}
          theme={theme}
          layout={layoutTooltip(
            goalBarTooltip(tipRow, data, locale),
            tipRow.anchor,
            { width: layout.width, height: layout.height },
            theme,
            TOOLTIP_SIDES,
          )}
        />
      ) : null}
    </ChartRoot>
  );
}
