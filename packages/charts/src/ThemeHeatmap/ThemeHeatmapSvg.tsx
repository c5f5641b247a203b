import { useCallback, useId, useMemo } from 'react';
import type { PointerEvent } from 'react';
import { HiddenDataTable } from '../a11y/HiddenDataTable';
import type { ChartSvgProps } from '../chart/defineChart';
import { ChartSvgRoot } from '../chart/ChartSvgRoot';
import { InteractiveMarks } from '../chart/InteractiveMarks';
import { heatmapMarkItem } from './item';
import { SwatchLegend } from '../common/SwatchLegend';
import { svgNumber } from '../geometry/round';
import { formatNumber } from '../locale/format';
import { pointerToChart } from '../interaction/pointerToChart';
import { useActiveItem } from '../interaction/useActiveItem';
import { themeHeatmapMessages } from '../locale/themeHeatmap';
import { HeatmapAxisLabels } from './HeatmapAxisLabels';
import { HeatmapCells } from './HeatmapCells';
import { HeatmapMissingPattern } from './HeatmapMissingPattern';
import { HeatmapNotes } from './HeatmapNotes';
import { transposeData } from './arrange';
import { heatmapCellAt, heatmapCellBox } from './geometry';
import { cellName, heatmapDescription } from './describe';
import { dataTable } from './table';
import { heatmapTooltipOptions, tooltipContent } from './tooltip';
import { layoutTooltip } from '../interaction/tooltipLayout';
import { useThemeHeatmapLayout } from './useThemeHeatmapLayout';
import type { HeatmapCollapse, HeatmapOrientation } from './layoutTypes';
import type { HeatmapData } from './types';
import { ELEMENT_BUNDLE } from '../dev/elementBundle';

/** ThemeHeatmap's resolved options. */
export interface ThemeHeatmapOptions {
  readonly title: string;
  readonly hideTitle?: boolean;
  readonly subtitle?: string;
  readonly illustrative?: boolean;
  /** Count thresholds, valid (invalid ones make the chart invalid: its error state, see ThemeHeatmap). */
  readonly thresholds?: readonly number[];
  readonly collapseMissing?: HeatmapCollapse;
  readonly orientation?: HeatmapOrientation;
  readonly keyColumns?: number;
  readonly noTooltip?: boolean;
}

export type ThemeHeatmapSvgProps = ChartSvgProps<HeatmapData, ThemeHeatmapOptions>;

/** Draws a computed heatmap: labels, cells, notes, legend, the single focusable cell, focus ring, table, tooltip. */
export function ThemeHeatmapSvg(props: ThemeHeatmapSvgProps) {
  const { data: given, width, height, locale, theme, options } = props;
  const { title } = options;
  const patternId = useId();
  const missingFill = `url(#${patternId})`;
  const layout = useThemeHeatmapLayout(
    given,
    {
      width,
      height,
      locale,
      theme,
      title,
      hideTitle: options.hideTitle,
      subtitle: options.subtitle,
      illustrative: options.illustrative,
      missingFill,
      thresholds: options.thresholds,
      collapseMissing: options.collapseMissing,
      orientation: options.orientation,
      keyColumns: options.keyColumns,
      noTooltip: options.noTooltip,
    },
    props.hyphenated,
  );
  // The data as drawn (rows with no value left out, maybe transposed): cells, names, tooltip, table.
  const { data } = layout;
  const rows = data.rows.length;
  const columns = data.columns.length;
  const messages = themeHeatmapMessages(locale);
  // The table has every row and column of the data (those left out of the grid too, all "ei tietoa"),
  // in the grid's orientation.
  const table = useMemo(
    () => dataTable(layout.transposed ? transposeData(given) : given, title, locale),
    [given, layout.transposed, title, locale],
  );
  const cellAt = useCallback(
    (event: PointerEvent<SVGGElement>) => {
      const p = pointerToChart(event, width, layout.height);
      return heatmapCellAt(layout, p.x, p.y);
    },
    [layout, width],
  );
  const interaction = useActiveItem({ count: rows * columns, columns, itemAt: cellAt });
  const items = useMemo(
    () => ({
      count: rows * columns,
      at: (i: number) => (ELEMENT_BUNDLE ? undefined : heatmapMarkItem(layout, i)),
    }),
    [layout, rows, columns],
  );
  const active = interaction.activeIndex;
  const tip = interaction.tooltipIndex;
  const tipLayout =
    tip === null
      ? null
      : layoutTooltip(
          tooltipContent(data, Math.floor(tip / columns), tip % columns, locale),
          heatmapCellBox(layout, tip),
          { width, height: layout.height },
          theme,
          heatmapTooltipOptions(locale),
        );
  // The hatch is defined only when a missing cell or the legend's "ei tietoa" swatch draws it.
  const usesPattern =
    layout.marks.some((m) => m.missingPath !== '') ||
    layout.legend.entries.some((e) => e.fill === missingFill);
  const cellsName = messages.cellsLabel(formatNumber(rows, locale), formatNumber(columns, locale));
  const description = useMemo(
    () => props.description || heatmapDescription(given, layout, locale, options.illustrative),
    [props.description, options.illustrative, given, layout, locale],
  );

  return (
    <ChartSvgRoot svg={props} layout={layout} description={description}>
      {usesPattern ? (
        <defs>
          <HeatmapMissingPattern id={patternId} theme={theme} />
        </defs>
      ) : null}
      {layout.panels.map((panel) => (
        <HeatmapAxisLabels
          key={panel.firstColumn}
          panel={panel}
          theme={theme}
          fontSize={layout.labelFontSize}
          lineHeight={layout.labelLineHeight}
        />
      ))}
      <HeatmapNotes notes={layout.notes} theme={theme} />
      {/* The cells are drawn under the pointer's group, not in it: hit-testing a move then visits only
          the panels' transparent rects, not the thousands of paths and printed values (a 300 × 50 grid's
          hit test took milliseconds of every pointer move walking them). */}
      {layout.marks.map((marks, i) => (
        <HeatmapCells
          key={layout.panels[i]?.firstColumn ?? i}
          marks={marks}
          missingFill={missingFill}
          theme={theme}
        />
      ))}
      <InteractiveMarks
        items={items}
        svg={props}
        interaction={interaction}
        label={cellsName}
        active={{
          box: heatmapCellBox(layout, active),
          name: cellName(data, Math.floor(active / columns), active % columns, locale),
        }}
        overlay={<SwatchLegend layout={layout.legend} theme={theme} />}
        table={<HiddenDataTable {...table} />}
        tooltip={tipLayout}
      >
        {layout.panels.map((panel) => (
          // Takes the pointer over the panel's cells and the gaps between them; invisible (opacity does
          // not stop hit-testing).
          <rect
            key={panel.firstColumn}
            x={svgNumber(panel.grid.x)}
            y={svgNumber(panel.grid.y)}
            width={svgNumber(panel.grid.width)}
            height={svgNumber(panel.grid.height)}
            opacity={0}
          />
        ))}
      </InteractiveMarks>
    </ChartSvgRoot>
  );
}
