// What ResponseCoverage's events, custom tooltip and highlight speak of: a municipality's tile.
import type { MarkItem } from '../chart/markItems';
import type { CoverageTile } from './layoutTypes';
import type { ResponseCoverageItem } from './types';

/** A municipality as onActiveChange, onSelect and renderTooltip receive it: its item of the data. */
export type ResponseCoverageItemInfo = ResponseCoverageItem;

/** A tile as a mark: highlighted by its municipality's id. */
export function coverageMarkItem(tile: CoverageTile): MarkItem<ResponseCoverageItemInfo> {
  const { item } = tile;
  return {
    item: {
      id: item.id,
      label: item.label,
      answered: item.answered,
      ...(typeof item.population === 'number' ? { population: item.population } : {}),
    },
    box: tile.box,
    keys: [item.id],
  };
}
