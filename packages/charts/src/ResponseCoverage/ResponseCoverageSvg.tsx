import { useCallback, useMemo } from 'react';
import type { PointerEvent } from 'react';
import { HiddenDataTable } from '../a11y/HiddenDataTable';
import type { ChartSvgProps } from '../chart/defineChart';
import { ChartSvgRoot } from '../chart/ChartSvgRoot';
import { InteractiveMarks } from '../chart/InteractiveMarks';
import { coverageMarkItem } from './item';
import { layoutTooltip } from '../interaction/tooltipLayout';
import { pointerToChart } from '../interaction/pointerToChart';
import { useActiveItem } from '../interaction/useActiveItem';
import { commonMessages } from '../locale/common';
import { responseCoverageMessages } from '../locale/responseCoverage';
import { TextLines } from '../text/TextLines';
import type { ResponseCoverageOptions } from './compute';
import { CoverageLegend } from './CoverageLegend';
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
import { useLayout } from '../chart/useLayout';
import { computeResponseCoverageLayout } from './compute';
import { ELEMENT_BUNDLE } from '../dev/elementBundle';

export type ResponseCoverageSvgProps = ChartSvgProps<ResponseCoverageData, ResponseCoverageOptions>;

/**
 * The drawing: geometry from compute, words from describe. One focusable element (one Tab stop) drawn on
 * the active tile and named after it: the arrow keys move through the grid, the pointer is mapped to a tile
 * from the geometry (useActiveItem).
 */
export function ResponseCoverageSvg(props: ResponseCoverageSvgProps) {
  const { data, locale, theme, options } = props;
  const layout = useLayout(computeResponseCoverageLayout, props);
  const { tiles, styles, width, height, grid } = layout;
  const itemAt = useCallback(
    (event: PointerEvent<SVGGElement>) => {
      const p = pointerToChart(event, width, height);
      return tileIndexAt(tiles, p.x, p.y);
    },
    [tiles, width, height],
  );
  const interaction = useActiveItem({ count: tiles.length, columns: grid.columns, itemAt });
  const items = useMemo(
    () => ({
      count: tiles.length,
      at: (i: number) => (!ELEMENT_BUNDLE && tiles[i] ? coverageMarkItem(tiles[i]) : undefined),
    }),
    [tiles],
  );
  const { wording } = options;
  const table = responseCoverageTable(data, wording, locale);
  const withPopulation = hasPopulation(data);
  const active = tiles[interaction.activeIndex];
  const tip = interaction.tooltipIndex === null ? undefined : tiles[interaction.tooltipIndex];

  return (
    <ChartSvgRoot
      svg={props}
      layout={layout}
      description={responseCoverageDescription(layout.summary, data, locale, {
        wording,
        illustrative: options.illustrative,
        description: props.description,
        interactive: interaction.interactive,
      })}
    >
      <g aria-hidden="true">
        <TextLines {...layout.headline} fill={theme.colors.text} />
        {layout.notes.map((note, i) => (
          <TextLines key={i} {...note} fill={theme.colors.text} />
        ))}
        <CoverageLegend
          entries={layout.legend}
          styles={styles}
          radius={theme.spacing.xs / 2}
          color={theme.colors.text}
        />
      </g>
      <InteractiveMarks
        items={items}
        svg={props}
        interaction={interaction}
        label={responseCoverageMessages(locale).itemsLabel}
        active={
          active
            ? { box: active.box, name: tileName(active.item, wording, locale, withPopulation) }
            : null
        }
        table={
          <HiddenDataTable
            caption={commonMessages(locale).dataTable(options.title)}
            columns={table.columns}
            rows={table.rows}
          />
        }
        tooltip={
          tip
            ? layoutTooltip(
                tileTooltip(tip.item, wording, locale, withPopulation),
                tip.box,
                { width, height },
                theme,
                { locale },
              )
            : null
        }
      >
        {tiles.map((tile) => (
          <CoverageTile
            key={tile.item.id}
            tile={tile}
            appearance={tile.item.answered ? styles.answered : styles.missing}
            radius={theme.spacing.xs}
          />
        ))}
      </InteractiveMarks>
    </ChartSvgRoot>
  );
}
