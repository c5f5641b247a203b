import { TextLines } from '../text/TextLines';
import type { RadarPartProps } from './RadarGrid';

/**
 * The goal texts around the plot, wrapped and placed by compute (cut with "…" only where there was no
 * room), with the "ei tietoa" note under a goal in the muted colour; in small multiples the spokes' numbers,
 * the key of the numbers' full texts and each panel's note of missing axes. aria-hidden: each point's
 * accessible name and the table carry the full text.
 */
export function RadarAxisLabels({ layout, theme }: RadarPartProps) {
  const { font } = layout;
  const axes = layout.panels.flatMap((panel) => panel.axes);
  const small = theme.fontSize.small;
  const smallLH = small * theme.lineHeight;
  return (
    <g aria-hidden="true" fill={theme.colors.text}>
      {axes.map((axis) => (
        <TextLines
          key={`${axis.panel}-${axis.index}`}
          x={axis.textX}
          y={axis.box.y}
          lines={axis.lines.slice(0, axis.noteFrom)}
          fontSize={font.label}
          lineHeight={font.labelLineHeight}
          textAnchor={axis.anchor}
        />
      ))}
      <g fill={theme.colors.textMuted}>
        {axes.map((axis) =>
          axis.noteFrom < axis.lines.length ? (
            <TextLines
              key={`${axis.panel}-${axis.index}`}
              x={axis.textX}
              y={axis.box.y + axis.noteFrom * font.labelLineHeight}
              lines={axis.lines.slice(axis.noteFrom)}
              fontSize={font.label}
              lineHeight={font.labelLineHeight}
              textAnchor={axis.anchor}
            />
          ) : null,
        )}
        {layout.panels.map((panel) =>
          panel.note ? (
            <TextLines
              key={panel.index}
              x={panel.note.x}
              y={panel.note.y}
              lines={panel.note.lines}
              fontSize={small}
              lineHeight={smallLH}
            />
          ) : null,
        )}
      </g>
      {layout.axisKey.map((entry) => (
        <g key={entry.index}>
          <TextLines
            x={entry.numberX}
            y={entry.text.y}
            lines={[entry.number]}
            fontSize={font.label}
            lineHeight={font.labelLineHeight}
            fontWeight={theme.fontWeight.bold}
            textAnchor="end"
          />
          <TextLines
            x={entry.text.x}
            y={entry.text.y}
            lines={entry.text.lines}
            fontSize={font.label}
            lineHeight={font.labelLineHeight}
          />
        </g>
      ))}
    </g>
  );
}
