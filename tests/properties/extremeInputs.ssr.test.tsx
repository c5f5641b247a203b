/**
 * Edge sizes for every chart, server-rendered: no items (empty state), one item (a chart; a radar needs
 * three axes, so one axis is the error state), 10 000 items (for the radar 10 000 values: 1 000 axes ×
 * 10 series) drawn without a throw, NaN or style attribute, and duplicate ids (the error state). Huge
 * documents are checked with string tests rather than an XML parse to keep the suite fast; the property
 * tests parse smaller ones.
 */
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  GoalBarChart,
  RescueRadar,
  ResponseCoverage,
  ThemeHeatmap,
  getMessages,
} from '@yhdyspinta/charts';
import { BAD_GEOMETRY } from './support/markup';

const HUGE = 10_000;
const common = getMessages('fi').common;
const ids = (n: number) => Array.from({ length: n }, (_, i) => `id-${i}`);
const value = (i: number) => 1 + (i % 41) / 10;

const goalBars = (n: number, dup = false) => (
  <GoalBarChart
    data={{
      groups: [
        {
          id: 'g',
          label: 'Ryhmä',
          items: ids(n).map((id, i) => ({
            id: dup ? 'same' : id,
            label: `Tavoite ${i}`,
            value: value(i),
          })),
        },
      ],
    }}
  />
);
const heatmap = (n: number, dup = false) => (
  <ThemeHeatmap
    data={{
      kind: 'count',
      rows: ids(n).map((id, i) => ({ id: dup ? 'same' : id, label: `Kunta ${i}` })),
      columns: [{ id: 'c', label: 'Teema' }],
      values: ids(n).map((_, i) => [i % 7]),
    }}
  />
);
/** `n` values: up to 1 000 axes, and as many series of them as make n (10 000 = 1 000 × 10). */
const radar = (n: number, dup = false) => {
  const axes = ids(Math.min(n, 1000));
  const series = Array.from({ length: Math.max(1, Math.ceil(n / 1000)) }, (_, s) => `s${s}`);
  return (
    <RescueRadar
      data={{
        axes: axes.map((id, i) => ({ id: dup ? 'same' : id, label: `Tavoite ${i}` })),
        series: series.map((id, s) => ({
          id,
          label: `Sarja ${s}`,
          values: Object.fromEntries(axes.map((axis, i) => [axis, value(i + s)])),
        })),
      }}
    />
  );
};
const coverage = (n: number, dup = false) => (
  <ResponseCoverage
    data={ids(n).map((id, i) => ({
      id: dup ? 'same' : id,
      label: `Kunta ${i}`,
      answered: i % 3 === 0,
      population: i * 10,
    }))}
  />
);

interface Case {
  readonly name: string;
  readonly draw: (n: number, dup?: boolean) => ReactElement;
  /** Fewest items that draw a chart. */
  readonly min: number;
}
const CASES: readonly Case[] = [
  { name: 'GoalBarChart', draw: goalBars, min: 1 },
  { name: 'ThemeHeatmap', draw: heatmap, min: 1 },
  { name: 'RescueRadar', draw: radar, min: 3 },
  { name: 'ResponseCoverage', draw: coverage, min: 1 },
];

const status = (markup: string) => /role="status"/.test(markup);

beforeAll(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterAll(() => {
  vi.restoreAllMocks();
});

describe.each(CASES)('$name at the edges', ({ draw, min }) => {
  it('shows the empty state for no items', () => {
    const markup = renderToStaticMarkup(draw(0));
    expect(markup).toContain(common.emptyData);
  });

  it('draws one item (or the fewest it needs), and shows the error state below that', () => {
    expect(status(renderToStaticMarkup(draw(min)))).toBe(false);
    if (min > 1) expect(renderToStaticMarkup(draw(1))).toContain(common.invalidData);
  });

  it('shows the error state for duplicate ids', () => {
    expect(renderToStaticMarkup(draw(Math.max(2, min), true))).toContain(common.invalidData);
  });

  it(`draws ${HUGE} items without throwing, NaN or style attributes`, () => {
    const markup = renderToStaticMarkup(draw(HUGE));
    expect(status(markup)).toBe(false);
    expect(markup).toContain('role="figure"');
    expect(markup).not.toMatch(BAD_GEOMETRY);
    expect(markup).not.toMatch(/\sstyle="/);
  }, 60_000);
});
