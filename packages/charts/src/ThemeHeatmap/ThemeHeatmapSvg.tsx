import type { Locale } from '@yhdyspinta/data';
import { memo, useCallback, useId, useMemo } from 'react';
import type { PointerEvent } from 'react';
import { ChartRoot } from '../a11y/ChartRoot';
import { FocusRing } from '../a11y/FocusRing';
import { HiddenDataTable } from '../a11y/HiddenDataTable';
import { MissingPattern } from '../common/MissingPattern';
import { SwatchLegend } from '../common/SwatchLegend';
import { ChartTooltip } from '../interaction/ChartTooltip';
import { svgNumber } from '../geometry/round';
import { formatNumber } from '../locale/format';
import { pointerToChart } from '../interaction/pointerToChart';
import { useActiveItem } from '../interaction/useActiveItem';
import { commonMessages } from '../locale/common';
import { themeHeatmapMessages } from '../locale/themeHeatmap';
import type { ChartTheme } from '../theme/ChartTheme';
import { HeatmapAxisLabels } from './HeatmapAxisLabels';
import { HeatmapCells } from './HeatmapCells';
import { cellBox, cellIndexAt } from './geometry';
import { cellName } from './describe';
import { dataTable } from './table';
import type { HeatmapTable } from './table';
import { layoutHeatmapTooltip, tooltipContent } from './tooltip';
import { useThemeHeatmapLayout } from './useThemeHeatmapLayout';
import type { HeatmapData } from './types';

export interface ThemeHeatmapSvgProps {
  readonly data: HeatmapData;
  readonly width: number;
  readonly height: number;
  readonly locale: Locale;
  readonly theme: ChartTheme;
  readonly title: string;
  readonly hideTitle?: boolean;
  readonly illustrative?: boolean;
  /** The accessible description (key finding, or the caller's). */
  readonly description: string;
  readonly className?: string;
}

const Table = memo(function Table({ table }: { readonly table: HeatmapTable }) {
  return <HiddenDataTable caption={table.caption} columns={table.columns} rows={table.rows} />;
});

/** Draws a computed heatmap: labels, cells, legend, the single focusable cell, focus ring, table, tooltip. */
export function ThemeHeatmapSvg(props: ThemeHeatmapSvgProps) {
  const { data, width, height, locale, theme, title } = props;
  const patternId = useId();
  const missingFill = `url(#${patternId})`;
  const layout = useThemeHeatmapLayout(data, {
    width,
    height,
    locale,
    theme,
    title,
    hideTitle: props.hideTitle,
    illustrative: props.illustrative,
    missingFill,
  });
  const { grid } = layout;
  const messages = { common: commonMessages(locale), themeHeatmap: themeHeatmapMessages(locale) };
  const table = useMemo(() => dataTable(data, title, locale), [data, title, locale]);
  const cellAt = useCallback(
    (event: PointerEvent<SVGGElement>) => {
      const p = pointerToChart(event, width, layout.height);
      return cellIndexAt(grid, p.x, p.y);
    },
    [grid, width, layout.height],
  );
  const interaction = useActiveItem({
    count: grid.rows * grid.columns,
    columns: grid.columns,
    itemAt: cellAt,
  });
  const active = interaction.activeIndex;
  const activeBox = cellBox(grid, active);
  const tip = interaction.tooltipIndex;
  const tipLayout =
    tip === null
      ? null
      : layoutHeatmapTooltip(
          tooltipContent(data, Math.floor(tip / grid.columns), tip % grid.columns, locale),
          cellBox(grid, tip),
          { width, height: layout.height },
          theme,
          (n) => messages.themeHeatmap.more(formatNumber(n, locale)),
        );
  // The hatch is defined only when a missing cell or the legend's "ei tietoa" swatch draws it.
  const usesPattern =
    layout.marks.missingPath !== '' || layout.legend.entries.some((e) => e.fill === missingFill);
  const cellsName = messages.themeHeatmap.cellsLabel(
    formatNumber(grid.rows, locale),
    formatNumber(grid.columns, locale),
  );
  const cellsLabel = interaction.interactive
    ? `${cellsName}. ${messages.common.keyboardHint}`
    : cellsName;

  return (
    <ChartRoot
      width={width}
      height={layout.height}
      theme={theme}
      title={title}
      header={layout.header}
      description={props.description}
      className={props.className}
    >
      {usesPattern ? (
        <defs>
          <MissingPattern id={patternId} theme={theme} />
        </defs>
      ) : null}
      <HeatmapAxisLabels
        rowLabels={layout.rowLabels}
        columnLabels={layout.columnLabels}
        fontSize={layout.labelFontSize}
        lineHeight={layout.labelLineHeight}
        theme={theme}
      />
      <g role="group" aria-label={cellsLabel} {...interaction.pointerProps}>
        {/* Takes the pointer over the gaps between cells; invisible (opacity does not stop hit-testing). */}
        <rect
          x={svgNumber(grid.x)}
          y={svgNumber(grid.y)}
          width={svgNumber(grid.width)}
          height={svgNumber(grid.height)}
          opacity={0}
        />
        <HeatmapCells marks={layout.marks} missingFill={missingFill} theme={theme} />
        {interaction.interactive ? (
          <rect
            x={svgNumber(activeBox.x)}
            y={svgNumber(activeBox.y)}
            width={svgNumber(activeBox.width)}
            height={svgNumber(activeBox.height)}
            fill="none"
            pointerEvents="none"
            role="graphics-symbol"
            aria-label={cellName(
              data,
              Math.floor(active / grid.columns),
              active % grid.columns,
              locale,
            )}
            {...interaction.focusProps}
          />
        ) : null}
      </g>
      {interaction.focused ? <FocusRing {...activeBox} theme={theme} /> : null}
      <SwatchLegend layout={layout.legend} theme={theme} />
      <Table table={table} />
      {tipLayout ? (
        <ChartTooltip id={interaction.tooltipId} layout={tipLayout} theme={theme} />
      ) : null}
    </ChartRoot>
  );
}
