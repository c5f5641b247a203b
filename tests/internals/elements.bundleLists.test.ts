// The element bundles load a chart's code on demand, so they list the charts apart from the catalogue
// (bundles/titles.ts, eagerCore.ts, eagerShipped.ts, sourceSupport.ts): each list has every catalogue
// chart, in its order, with the titles and the adapter its definition declares.
import { describe, expect, it } from 'vitest';
import { parseResponsesCsv } from '@yhdyspinta/data';
import { CHART_LIST, CHART_NAMES } from '@yhdyspinta/charts/static';
import { CORE_TITLES } from '../../packages/charts/src/elements/bundles/titles';
import { EAGER_CORE_CHARTS } from '../../packages/charts/src/elements/bundles/eagerCore';
import { EAGER_SHIPPED_CHARTS } from '../../packages/charts/src/elements/bundles/eagerShipped';
import { ADAPTERS } from '../../packages/charts/src/elements/sourceSupport';

const TAGS = CHART_NAMES.map((name) => `yhdyspinta-${name}`);

describe("the element bundles' chart lists", () => {
  it('name every catalogue chart, in its order', () => {
    expect(Object.keys(CORE_TITLES)).toEqual(CHART_NAMES);
    expect(Object.keys(ADAPTERS)).toEqual(CHART_NAMES);
    expect(EAGER_CORE_CHARTS.map((chart) => chart.tag)).toEqual(TAGS);
    expect(EAGER_SHIPPED_CHARTS.map((chart) => chart.tag)).toEqual(TAGS);
  });

  it("take each chart's titles from its folder, as its definition does", () => {
    for (const chart of CHART_LIST) {
      expect(CORE_TITLES[chart.id as keyof typeof CORE_TITLES]).toBe(chart.titles);
    }
  });

  it("build the data from responses as the chart's definition does", () => {
    const csv = ['kunta;kohta;arvio', 'Hanko;ws-1;4', 'Hanko;rescue.1;3', 'Raasepori;ws-1;2'];
    const { responses } = parseResponsesCsv(csv.join('\n'));
    expect(responses.length).toBe(3);
    for (const chart of CHART_LIST) {
      const adapter = ADAPTERS[chart.id];
      if (typeof chart.fromResponses === 'string' || !adapter) throw new Error(chart.id);
      expect(adapter(responses, { locale: 'sv' })).toEqual(chart.fromResponses(responses, 'sv'));
    }
  });
});
