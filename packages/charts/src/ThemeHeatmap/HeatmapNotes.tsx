import { TextBlock } from '../text/TextBlock';
import type { ChartTheme } from '../theme/ChartTheme';
import type { HeatmapNote } from './layoutTypes';

export interface HeatmapNotesProps {
  readonly notes: readonly HeatmapNote[];
  readonly theme: ChartTheme;
}

/**
 * The notes under the grid (rows left out for having no value, where the values are), wrapped by compute.
 * aria-hidden: the chart's description says the same.
 */
export function HeatmapNotes({ notes, theme }: HeatmapNotesProps) {
  if (notes.length === 0) return null;
  return (
    <g aria-hidden="true" fill={theme.colors.textMuted}>
      {notes.map((note) => (
        <TextBlock key={note.key} x={note.x} block={note} size={note} />
      ))}
    </g>
  );
}
