// ThemeHeatmap layout checks shared by the tests/internals/ThemeHeatmap.*.test.ts files: the themes
// swept, overlapping and escaping text boxes (labelBoxes is internal), printed values, present values.
import { defaultTheme, highContrastTheme, slideTheme } from '@yhdyspinta/charts';
import type { ChartTheme, HeatmapData, HeatmapLayout } from '@yhdyspinta/charts';
import { labelBoxes } from '../../../packages/charts/src/ThemeHeatmap/geometry';

export const THEMES: [string, ChartTheme][] = [
  ['default', defaultTheme],
  ['slide', slideTheme],
  ['high contrast', highContrastTheme],
];

export interface LabelBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export function overlaps(a: LabelBox, b: LabelBox): boolean {
  const e = 0.01;
  return (
    a.x < b.x + b.width - e &&
    b.x < a.x + a.width - e &&
    a.y < b.y + b.height - e &&
    b.y < a.y + a.height - e
  );
}

/**
 * Overlapping text boxes. Diagonal column labels are left out of the box test (their axis-aligned boxes
 * overlap by design) and checked apart: neighbours are cellWidth · cos 45° apart across the text, so each
 * block must be at most that thick, and their boxes must stay above the grid and clear of the row labels.
 */
export function collisions(layout: HeatmapLayout): string[] {
  const diagonal = new Set(
    layout.panels.flatMap((p) =>
      p.columnLabels.orientation === 'diagonal' ? p.columnLabels.labels.map((l) => l.box) : [],
    ),
  );
  const boxes = labelBoxes(layout).filter((b) => !diagonal.has(b));
  const out: string[] = [];
  for (let i = 0; i < boxes.length; i += 1) {
    for (let j = i + 1; j < boxes.length; j += 1) {
      const a = boxes[i];
      const b = boxes[j];
      if (a && b && overlaps(a, b)) out.push(`${JSON.stringify(a)} × ${JSON.stringify(b)}`);
    }
  }
  for (const panel of layout.panels) {
    if (panel.columnLabels.orientation !== 'diagonal') continue;
    for (const label of panel.columnLabels.labels) {
      const thick = label.lines.length * layout.labelLineHeight;
      if (thick > panel.grid.cellWidth * Math.SQRT1_2 + 0.01) out.push(`thick ${label.lines[0]}`);
      if (label.box.y + label.box.height > panel.grid.y + 0.01)
        out.push(`into grid ${label.index}`);
      for (const row of panel.rowLabels)
        if (overlaps(row.box, label.box)) out.push(`row × column ${label.index}`);
    }
  }
  return out;
}

export function outside(layout: HeatmapLayout): LabelBox[] {
  return labelBoxes(layout).filter(
    (b) =>
      b.x < -0.01 ||
      b.y < -0.01 ||
      b.x + b.width > layout.width + 0.01 ||
      b.y + b.height > layout.height + 0.01,
  );
}

/** Every printed value's text, over all panels. */
export function printed(layout: HeatmapLayout): string[] {
  return layout.marks.flatMap((m) =>
    m.valueGroups.flatMap((g) => g.rows.flatMap((row) => row.items.map((i) => i.text))),
  );
}

export const present = (data: HeatmapData) =>
  data.values.flat().filter((v): v is number => v !== null);
