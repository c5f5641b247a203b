// ResponseCoverage fit helpers shared by tests/ResponseCoverage.fit and .overflow tests: the survey's data
// in fi and sv, the layout at a size and theme, its text blocks, drawn spans and empty bands.
import { survey2024 } from '@yhdyspinta/data';
import {
  computeResponseCoverageLayout,
  defaultTheme,
  responseCoverageFromSurvey,
} from '@yhdyspinta/charts';
import type { ChartTheme, ResponseCoverageItem, ResponseCoverageLayout } from '@yhdyspinta/charts';

import { OPTIONS } from './coverageOptions';

export const SURVEY = responseCoverageFromSurvey(survey2024, 'fi');
export const SURVEY_SV = responseCoverageFromSurvey(survey2024, 'sv');

export const layout = (
  data: readonly ResponseCoverageItem[],
  width: number,
  height?: number,
  theme: ChartTheme = defaultTheme,
  locale: 'fi' | 'sv' = 'fi',
  options: Partial<typeof OPTIONS> = {},
) =>
  computeResponseCoverageLayout({
    data,
    width,
    height,
    locale,
    theme,
    options: { ...OPTIONS, ...options },
  });

export interface Block {
  readonly y: number;
  readonly lines: readonly string[];
  readonly lineHeight: number;
  readonly fontSize: number;
}
export const bottom = (b: Block) => b.y + b.lines.length * b.lineHeight;

/** Every text block of a layout: header, headline, notes, legend and tiles. */
export function texts(l: ResponseCoverageLayout): Block[] {
  return [
    ...(l.header.title ? [l.header.title] : []),
    ...l.header.notes,
    l.headline,
    ...l.notes,
    ...l.legend.map((e) => e.label),
    ...l.tiles.flatMap((t) => [t.name, t.status, t.population].filter((b) => b !== null)),
  ];
}

/** Vertical spans with something drawn on them: text blocks of the top, the legend and the tile rows. */
export function spans(l: ResponseCoverageLayout): [number, number][] {
  const top = [
    ...(l.header.title ? [l.header.title] : []),
    ...l.header.notes,
    l.headline,
    ...l.notes,
  ];
  return [
    ...top.map((b): [number, number] => [b.y, bottom(b)]),
    ...l.legend.map((e): [number, number] => [e.swatch.y, e.swatch.y + e.swatch.height]),
    ...l.grid.rowTops.map((y, i): [number, number] => [y, y + (l.grid.rowHeights[i] ?? 0)]),
  ].sort((a, b) => a[0] - b[0]);
}

/** The empty horizontal bands from the top of the chart to its bottom, in px. */
export function emptyBands(l: ResponseCoverageLayout): number[] {
  const bands: number[] = [];
  let reached = 0;
  for (const [from, to] of spans(l)) {
    bands.push(Math.max(0, from - reached));
    reached = Math.max(reached, to);
  }
  bands.push(l.height - reached);
  return bands;
}
