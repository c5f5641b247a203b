import type { Locale } from '@yhdyspinta/data';
import { useCallback } from 'react';
import type { PointerEvent } from 'react';
import { ChartRoot } from '../a11y/ChartRoot';
import { FocusRing } from '../a11y/FocusRing';
import { HiddenDataTable } from '../a11y/HiddenDataTable';
import { ChartTooltip } from '../interaction/ChartTooltip';
import { layoutTooltip } from '../interaction/tooltipLayout';
import { pointerToChart } from '../interaction/pointerToChart';
import { useActiveItem } from '../interaction/useActiveItem';
import { commonMessages } from '../locale/common';
import { responseCoverageMessages } from '../locale/responseCoverage';
import { TextLines } from '../text/TextLines';
import type { ChartTheme } from '../theme/ChartTheme';
import type { ResponseCoverageOptions } from './compute';
import { CoverageTile } from './CoverageTile';
import { tileIndexAt } from './grid';
import {
  hasPopulation,
  responseCoverageDescription,
  responseCoverageTable,
  tileName,
  tileTooltip,
} from './describe';
import type { ResponseCoverageData } from './types';
import { useResponseCoverageLayout } from './useResponseCoverageLayout';

export interface ResponseCoverageSvgProps {
  readonly data: ResponseCoverageData;
  readonly width: number;
  readonly height: number;
  readonly locale: Locale;
  readonly theme: ChartTheme;
  readonly options: ResponseCoverageOptions;
  /** Replaces the generated key finding. */
  readonly description?: string;
  readonly className?: string;
}

/**
 * The drawing: geometry from compute, words from describe. One focusable element (one Tab stop) drawn on
 * the active tile and named after it: the arrow keys move through the grid, the pointer is mapped to a tile
 * from the geometry (useActiveItem).
 */
export function ResponseCoverageSvg(props: ResponseCoverageSvgProps) {
  const { data, locale, theme, options } = props;
  const layout = useResponseCoverageLayout({
    data,
    width: props.width,
    height: props.height,
    locale,
    theme,
    options,
  });
  const { tiles, styles, width, height, grid } = layout;
  const itemAt = useCallback(
    (event: PointerEvent<SVGGElement>) => {
      const p = pointerToChart(event, width, height);
      return tileIndexAt(tiles, p.x, p.y);
    },
    [tiles, width, height],
  );
  const interaction = useActiveItem({ count: tiles.length, columns: grid.columns, itemAt });
  const common = commonMessages(locale);
  const responseCoverage = responseCoverageMessages(locale);
  const { wording } = options;
  const table = responseCoverageTable(data, wording, locale);
  const withPopulation = hasPopulation(data);
  const active = tiles[interaction.activeIndex];
  const tip = interaction.tooltipIndex === null ? undefined : tiles[interaction.tooltipIndex];

  return (
    <ChartRoot
      width={width}
      height={height}
      theme={theme}
      title={options.title}
      header={layout.header}
      description={responseCoverageDescription(layout.summary, data, locale, {
        wording,
        illustrative: options.illustrative,
        description: props.description,
        interactive: interaction.interactive,
      })}
      className={props.className}
    >
      <g aria-hidden="true">
        <TextLines {...layout.headline} fill={theme.colors.text} />
        {layout.notes.map((note, i) => (
          <TextLines key={i} {...note} fill={theme.colors.text} />
        ))}
      </g>
      <g role="group" aria-label={responseCoverage.itemsLabel} {...interaction.pointerProps}>
        {tiles.map((tile) => (
          <CoverageTile
            key={tile.item.id}
            tile={tile}
            appearance={tile.item.answered ? styles.answered : styles.missing}
            radius={theme.spacing.xs}
          />
        ))}
        {active && interaction.interactive ? (
          <rect
            {...active.box}
            fill="none"
            pointerEvents="none"
            role="graphics-symbol"
            aria-label={tileName(active.item, wording, locale, withPopulation)}
            {...interaction.focusProps}
          />
        ) : null}
      </g>
      {interaction.focused && active ? <FocusRing {...active.box} theme={theme} /> : null}
      <HiddenDataTable
        caption={common.dataTable(options.title)}
        columns={table.columns}
        rows={table.rows}
      />
      {tip ? (
        <ChartTooltip
          id={interaction.tooltipId}
          theme={theme}
          layout={layoutTooltip(
            tileTooltip(tip.item, wording, locale, withPopulation),
            tip.box,
            { width, height },
            theme,
          )}
        />
      ) : null}
    </ChartRoot>
  );
}
