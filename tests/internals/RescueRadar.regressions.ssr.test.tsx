// RescueRadar regressions found by the property tests (tests/properties): odd line limits, axis ids named
// like Object.prototype members (many series: RescueRadar.manySeries.timing.test.ts). All data here is ILLUSTRATIVE (made up).
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { survey2024 } from '@yhdyspinta/data';
import {
  computeRescueRadarLayout,
  radarSeriesFromAggregate,
  rescueRadarFromSurvey,
  RescueRadar,
  validateRescueRadarData,
  defaultTheme,
} from '@yhdyspinta/charts';
import { DEFAULT_RADAR_LABEL_LINES } from '../../packages/charts/src/RescueRadar/compute';
import type {
  RescueRadarLayout,
  RescueRadarLayoutInput,
  RescueRadarOptions,
  RescueRadarData,
} from '@yhdyspinta/charts';
import { radarTable, radarValue } from '../../packages/charts/src/RescueRadar/describe';
import { MAX_LABEL_LINES } from '../../packages/charts/src/text/lineLimit';

const OPTIONS: RescueRadarOptions = {
  title: 'Otsikko',
  hideTitle: false,
  illustrative: true,
  maxLabelLines: DEFAULT_RADAR_LABEL_LINES,
  showValues: true,
  legend: false,
  // One overlaid radar: these regressions are about its label fitting (small multiples number the axes).
  arrangement: 'overlay',
};

const LONG = `${'Havainnollistava pitkä tavoiteteksti, '.repeat(12)}loppu.`;
const longData: RescueRadarData = {
  axes: Array.from({ length: 6 }, (_, i) => ({
    id: `a${i}`,
    label: i === 1 ? LONG : `Tavoite ${i}`,
  })),
  series: [{ id: 's', label: 'Sarja', values: { a0: 3, a1: 2.5, a2: 4, a3: 3.5, a4: 2, a5: 4.5 } }],
};

function layout(overrides: Partial<RescueRadarLayoutInput> = {}, options = {}) {
  return computeRescueRadarLayout({
    data: longData,
    width: 800,
    height: 600,
    locale: 'fi',
    theme: defaultTheme,
    options: { ...OPTIONS, ...options },
    ...overrides,
  });
}

/** What a layout draws, without its scale function. */
const drawn = (l: RescueRadarLayout) => ({
  axes: l.panels[0]!.axes.map((a) => ({ lines: a.lines, box: a.box })),
  points: l.points.map((p) => [p.x, p.y, p.valueBox]),
  radius: l.panels[0]!.radius,
});

function expectFinite(l: RescueRadarLayout) {
  expect(l.points.length).toBeGreaterThan(0);
  for (const p of l.points) {
    for (const n of [p.x, p.y, p.hitBox.x, p.hitBox.y, p.hitBox.width, p.hitBox.height]) {
      expect(Number.isFinite(n)).toBe(true);
    }
  }
  for (const s of l.series) expect(s.path).not.toMatch(/NaN|Infinity/);
}

describe('RescueRadar: maxLabelLines', () => {
  it('treats NaN, 0, negatives and -Infinity as the default (it threw on NaN)', () => {
    const byDefault = drawn(layout());
    for (const odd of [Number.NaN, 0, 0.5, -1, Number.NEGATIVE_INFINITY]) {
      expect(drawn(layout({}, { maxLabelLines: odd })), String(odd)).toEqual(byDefault);
    }
  });

  it('finishes on 1e6 and Infinity: the same layout as the most lines it ever uses (it hung)', () => {
    const most = drawn(layout({}, { maxLabelLines: MAX_LABEL_LINES }));
    expect(most.axes[1]!.lines.length).toBeGreaterThan(DEFAULT_RADAR_LABEL_LINES);
    for (const huge of [1e6, Number.POSITIVE_INFINITY]) {
      const start = performance.now();
      expect(drawn(layout({}, { maxLabelLines: huge })), String(huge)).toEqual(most);
      expect(performance.now() - start).toBeLessThan(1000);
    }
  });

  it('renders the component with NaN and Infinity', () => {
    for (const maxLabelLines of [Number.NaN, Number.POSITIVE_INFINITY]) {
      const svg = renderToStaticMarkup(
        <RescueRadar width={800} maxLabelLines={maxLabelLines} twin="bars" />,
      );
      expect(svg).toContain('role="figure"');
      expect(svg).not.toMatch(/NaN|Infinity/);
    }
  });
});

describe('RescueRadar: axis ids named like Object.prototype members', () => {
  const data = (id: string): RescueRadarData => ({
    axes: [
      { id, label: 'Ensimmäinen' },
      { id: 'b', label: 'Toinen' },
      { id: 'c', label: 'Kolmas' },
    ],
    series: [{ id: 's', label: 'Sarja', values: { b: 1, c: 1 } }],
  });

  it('draws such an axis with no value as missing, at finite coordinates (it drew NaN)', () => {
    for (const id of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf']) {
      const d = data(id);
      expect(validateRescueRadarData(d).ok, id).toBe(true);
      const l = layout({ data: d });
      expect(l.points[0]?.value, id).toBeNull();
      expect(l.points[0]?.hitBox, id).toEqual(l.panels[0]?.axes[0]?.box);
      expect(l.series[0]?.closed, id).toBe(false);
      expectFinite(l);
      const [s, axis] = [d.series[0]!, d.axes[0]!];
      expect(radarValue(s, axis)).toBeNull();
      expect(radarTable(d, 'fi').rows[0]?.cells).toEqual(['ei tietoa']);
      const svg = renderToStaticMarkup(<RescueRadar width={600} data={d} />);
      expect(svg).not.toMatch(/NaN|Infinity/);
      expect(svg).toContain('Ensimmäinen: ei tietoa');
    }
  });

  it('reads a value given under such an id as an own key (page data parsed from JSON)', () => {
    const d: RescueRadarData = {
      ...data('__proto__'),
      series: [JSON.parse('{"id":"s","label":"Sarja","values":{"__proto__":3,"b":1,"c":1}}')],
    };
    expect(validateRescueRadarData(d).ok).toBe(true);
    const l = layout({ data: d });
    expect(l.points[0]?.value).toBe(3);
    expect(l.points[0]?.y).toBeCloseTo(l.panels[0]!.centre.y - l.panels[0]!.scale(3));
  });

  it('ignores inherited and non-finite values', () => {
    const axis = { id: 'b', label: 'B' };
    const inherited = Object.create({ b: 4 }) as Record<string, number | null>;
    expect(radarValue({ id: 's', label: 'S', values: inherited }, axis)).toBeNull();
    expect(radarValue({ id: 's', label: 'S', values: { b: Number.NaN } }, axis)).toBeNull();
  });

  it('builds series with such ids as own keys (assignment would set the prototype)', () => {
    const axes = [{ id: '__proto__', label: 'P' }];
    const result = { items: [{ itemId: '__proto__', mean: 2.5 }] } as never;
    const series = radarSeriesFromAggregate(result, axes, { id: 's', label: 'S' });
    expect(Object.hasOwn(series.values, '__proto__')).toBe(true);
    expect(radarValue(series, axes[0]!)).toBe(2.5);
    const survey = {
      ...survey2024,
      rescueGoals: survey2024.rescueGoals.map((g, i) => (i === 0 ? { ...g, id: '__proto__' } : g)),
    };
    const fromSurvey = rescueRadarFromSurvey(survey, 'fi');
    expect(radarValue(fromSurvey.series[0]!, fromSurvey.axes[0]!)).toBe(
      survey2024.rescueGoals[0]!.mean.value,
    );
  });
});
