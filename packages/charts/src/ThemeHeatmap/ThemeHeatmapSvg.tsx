import { memo, useCallback, useId, useMemo } from 'react';
import type { PointerEvent } from 'react';
import { HiddenDataTable } from '../a11y/HiddenDataTable';
import type { ChartSvgProps } from '../chart/defineChart';
import { ChartSvgRoot } from '../chart/ChartSvgRoot';
import { InteractiveMarks } from '../chart/InteractiveMarks';
import { MissingPattern } from '../common/MissingPattern';
import { SwatchLegend } from '../common/SwatchLegend';
import { svgNumber } from '../geometry/round';
import { formatNumber } from '../locale/format';
import { pointerToChart } from '../interaction/pointerToChart';
import { useActiveItem } from '../interaction/useActiveItem';
import { themeHeatmapMessages } from '../locale/themeHeatmap';
import { HeatmapAxisLabels } from './HeatmapAxisLabels';
import { HeatmapCells } from './HeatmapCells';
import { cellBox, cellIndexAt } from './geometry';
import { cellName, headerNotes, keyFinding } from './describe';
import { dataTable } from './table';
import type { HeatmapTable } from './table';
import { layoutHeatmapTooltip, tooltipContent } from './tooltip';
import { useThemeHeatmapLayout } from './useThemeHeatmapLayout';
import type { HeatmapData } from './types';

/** ThemeHeatmap's resolved options. */
export interface ThemeHeatmapOptions {
  readonly title: string;
  readonly hideTitle?: boolean;
  readonly illustrative?: boolean;
}

export type ThemeHeatmapSvgProps = ChartSvgProps<HeatmapData, ThemeHeatmapOptions>;

const Table = memo(function Table({ table }: { readonly table: HeatmapTable }) {
  return <HiddenDataTable caption={table.caption} columns={table.columns} rows={table.rows} />;
});

/** Draws a computed heatmap: labels, cells, legend, the single focusable cell, focus ring, table, tooltip. */
export function ThemeHeatmapSvg(props: ThemeHeatmapSvgProps) {
  const { data, width, height, locale, theme, options } = props;
  const { title } = options;
  const patternId = useId();
  const missingFill = `url(#${patternId})`;
  const layout = useThemeHeatmapLayout(data, {
    width,
    height,
    locale,
    theme,
    title,
    hideTitle: options.hideTitle,
    illustrative: options.illustrative,
    missingFill,
  });
  const { grid } = layout;
  const messages = themeHeatmapMessages(locale);
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
          (n) => messages.more(formatNumber(n, locale)),
        );
  // The hatch is defined only when a missing cell or the legend's "ei tietoa" swatch draws it.
  const usesPattern =
    layout.marks.missingPath !== '' || layout.legend.entries.some((e) => e.fill === missingFill);
  const cellsName = messages.cellsLabel(
    formatNumber(grid.rows, locale),
    formatNumber(grid.columns, locale),
  );
  const description = useMemo(() => {
    if (props.description) return props.description;
    const notes = headerNotes(data, locale, options.illustrative ?? false);
    return [...notes.map((n) => (/[.!?]$/.test(n) ? n : `${n}.`)), keyFinding(data, locale)].join(
      ' ',
    );
  }, [props.description, options.illustrative, data, locale]);

  return (
    <ChartSvgRoot svg={props} layout={layout} description={description}>
      {usesPattern ? (
        <defs>
          <MissingPattern id={patternId} theme={theme} />
        </defs>
      ) : null}
      <HeatmapAxisLabels layout={layout} theme={theme} />
      <InteractiveMarks
        interaction={interaction}
        label={cellsName}
        locale={locale}
        theme={theme}
        active={{
          box: activeBox,
          name: cellName(data, Math.floor(active / grid.columns), active % grid.columns, locale),
        }}
        overlay={<SwatchLegend layout={layout.legend} theme={theme} />}
        table={<Table table={table} />}
        tooltip={tipLayout}
      >
        {/* Takes the pointer over the gaps between cells; invisible (opacity does not stop hit-testing). */}
        <rect
          x={svgNumber(grid.x)}
          y={svgNumber(grid.y)}
          width={svgNumber(grid.width)}
          height={svgNumber(grid.height)}
          opacity={0}
        />
        <HeatmapCells marks={layout.marks} missingFill={missingFill} theme={theme} />
      </InteractiveMarks>
    </ChartSvgRoot>
  );
}
