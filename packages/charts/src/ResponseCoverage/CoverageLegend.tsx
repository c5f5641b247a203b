import { TextLines } from '../text/TextLines';
import type { CoverageLegendEntry } from './layoutTypes';
import type { TileStyles } from './tileParts';
import { TileShape } from './TileShape';

export interface CoverageLegendProps {
  readonly entries: readonly CoverageLegendEntry[];
  readonly styles: TileStyles;
  readonly radius: number;
  /** The legend's text colour (the chart's text). */
  readonly color: string;
}

/** The compact list's legend: a small tile per status with its icon, and the status in words. */
export function CoverageLegend({ entries, styles, radius, color }: CoverageLegendProps) {
  return (
    <>
      {entries.map((entry) => (
        <g key={entry.answered ? 'answered' : 'missing'}>
          <TileShape
            box={entry.swatch}
            icon={entry.icon}
            appearance={entry.answered ? styles.answered : styles.missing}
            radius={radius}
          />
          <TextLines {...entry.label} fill={color} />
        </g>
      ))}
    </>
  );
}
