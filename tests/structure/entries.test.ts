/**
 * The entries are made of the chart folders' faces: the main entry is the core entry plus the chart
 * components drawing the shipped data, and every output reads the one catalogue.
 */
import * as main from '@yhdyspinta/charts';
import * as core from '@yhdyspinta/charts/core';
import { CHART_ELEMENTS } from '@yhdyspinta/charts/elements';
import { CHART_LIST, CHART_NAMES, CHARTS } from '@yhdyspinta/charts/static';
import { describe, expect, it } from 'vitest';

const SHIPPED_COMPONENTS = [
  'GoalBarChart',
  'RescueBars',
  'RescueRadar',
  'ResponseCoverage',
  'ThemeHeatmap',
];

describe('the main entry', () => {
  it('exports everything the core entry exports', () => {
    const names = Object.keys(core);
    expect(names.length).toBeGreaterThan(50);
    expect(names.filter((name) => !Object.hasOwn(main, name))).toEqual([]);
  });

  it('differs from core only in the chart components, which draw the shipped data by default', () => {
    const replaced = Object.keys(core).filter(
      (name) => core[name as keyof typeof core] !== main[name as keyof typeof main],
    );
    expect(replaced.sort()).toEqual(SHIPPED_COMPONENTS);
  });

  it('adds the adapters of the shipped survey, which core leaves out', () => {
    const extra = Object.keys(main).filter((name) => !Object.hasOwn(core, name));
    expect(extra.sort()).toEqual([
      'goalBarFromResponses',
      'radarSeriesFromAggregate',
      'rescueRadarFromResponses',
      'responseCoverageFromResponses',
      'themeHeatmapFromResponses',
      'themeHeatmapFromThemeCounts',
    ]);
  });
});

describe('the catalogue', () => {
  it('lists each chart once, by one id', () => {
    expect(CHART_NAMES).toEqual(['goal-bars', 'theme-heatmap', 'rescue-radar', 'coverage']);
    expect(CHART_LIST.map((chart) => chart.id)).toEqual(CHART_NAMES);
    for (const name of CHART_NAMES) expect(CHARTS[name].id).toBe(name);
  });

  it("draws each chart with the main entry's component of the same name", () => {
    for (const chart of CHART_LIST) {
      const component = chart.Chart.displayName as keyof typeof main;
      expect(component).toBeTruthy();
      expect(chart.Chart).toBe(main[component]);
    }
  });

  it('gives every chart its custom element, yhdyspinta-<id>', () => {
    expect(Object.keys(CHART_ELEMENTS)).toEqual(CHART_NAMES.map((name) => `yhdyspinta-${name}`));
  });
});
