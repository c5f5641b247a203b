import { useMemo } from 'react';
import { svgNumber } from '../geometry/round';
import type { ChartTheme } from '../theme/ChartTheme';
import { dimmedIndexes } from './markItems';
import type { MarkItems } from './markItems';

/** Opacity of the veil: a dimmed mark keeps about a third of its colour. */
const VEIL_OPACITY = 0.65;

export interface DimmedVeilProps<T> {
  readonly items: MarkItems<T>;
  readonly highlight: readonly string[] | undefined;
  readonly theme: ChartTheme;
}

/**
 * `highlight`: one path in the background colour over the marks that are not highlighted (one path, so a
 * grid of thousands of cells stays one element), marked `data-state="dimmed"` with the dimmed items' count.
 * Nothing when no highlight is given.
 */
export function DimmedVeil<T>({ items, highlight, theme }: DimmedVeilProps<T>) {
  const d = useMemo(() => {
    const boxes = dimmedIndexes(items, highlight).flatMap((i) => {
      const box = items.at(i)?.box;
      return box ? [box] : [];
    });
    return {
      count: boxes.length,
      path: boxes
        .map(
          (b) =>
            `M${svgNumber(b.x)},${svgNumber(b.y)}h${svgNumber(b.width)}v${svgNumber(b.height)}h${svgNumber(-b.width)}z`,
        )
        .join(''),
    };
  }, [items, highlight]);
  if (d.count === 0) return null;
  return (
    <path
      d={d.path}
      fill={theme.colors.background}
      fillOpacity={VEIL_OPACITY}
      pointerEvents="none"
      aria-hidden="true"
      data-state="dimmed"
      data-dimmed={d.count}
    />
  );
}
