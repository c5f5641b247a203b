/**
 * The four public chart components as property-test cases: data and props generators, the chart's own
 * validator (which decides chart, empty or error state), and the user texts the drawn chart must carry.
 */
import fc from 'fast-check';
import type { ReactElement } from 'react';
import {
  GoalBarChart,
  validateGoalBarData,
  RescueRadar,
  validateRescueRadarData,
  ResponseCoverage,
  validateResponseCoverageData,
  ThemeHeatmap,
  validateThemeHeatmapData,
  highContrastTheme,
  slideTheme,
} from '@yhdyspinta/charts';
import type {
  GoalBarData,
  RescueRadarData,
  ResponseCoverageData,
  HeatmapData,
} from '@yhdyspinta/charts';
import type { Validation } from '../../../packages/charts/src/common/validation';
import { HOSTILE_MARKUP, label, locale, size } from './arbitraries';
import { coverageData, goalBarData, heatmapData, radarData } from './chartData';

export type Props = Record<string, unknown>;

export interface ChartCase {
  readonly name: string;
  /** The component's data prop (undefined = the shipped data). */
  readonly data: fc.Arbitrary<unknown>;
  /** The chart's own props (beyond the common ones). */
  readonly props: fc.Arbitrary<Props>;
  readonly validate: (data: unknown) => Validation<unknown>;
  readonly render: (props: Props) => ReactElement;
  /** User texts that a drawn chart must carry whole (in a name, the table or a text node). */
  readonly texts: (data: unknown) => string[];
}

/**
 * Line limits and column counts, odd ones included: huge limits (1e6, Infinity) once made the fit loops
 * try every limit down to 1 and hang; NaN made RescueRadar throw.
 */
const lines = fc.oneof(
  fc.integer({ min: 0, max: 6 }),
  fc.constantFrom(-1, Number.NaN, 2.5, 1e6, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
);

/** Theme overrides a page might pass: hostile colour strings, whole themes, odd sizes. */
const theme = fc.constantFrom<unknown>(
  undefined,
  null,
  slideTheme,
  highContrastTheme,
  { colors: { text: HOSTILE_MARKUP[1], mark: 'url(javascript:alert(1))' } },
  { fontFamily: '"><script>alert(1)</script>' },
  { series: [] },
  { sequential: ['#fff'] },
);

/** Props every chart takes; title, description and class name carry hostile text too. */
export const commonProps: fc.Arbitrary<Props> = fc.record(
  {
    locale: fc.oneof({ weight: 5, arbitrary: locale }, fc.constantFrom('de', 'FI', '', null)),
    width: size,
    height: size,
    title: label,
    description: label,
    hideTitle: fc.boolean(),
    illustrative: fc.boolean(),
    className: fc.constantFrom('chart', '"><img src=x onerror=alert(1)>'),
    theme,
  },
  { requiredKeys: [] },
);

/** A case's data: its generator, or (sometimes) undefined for the shipped data. */
const withShipped = (data: fc.Arbitrary<unknown>) =>
  fc.oneof({ weight: 9, arbitrary: data }, { weight: 1, arbitrary: fc.constant(undefined) });

const textsOfGoalBar = (data: unknown) =>
  (data as GoalBarData).groups.flatMap((g) => g.items.map((i) => i.label));

export const CHART_CASES: readonly ChartCase[] = [
  {
    name: 'GoalBarChart',
    data: withShipped(goalBarData),
    props: fc.record(
      {
        sort: fc.constantFrom('source', 'score-desc', 'score-asc', 'bogus'),
        grouped: fc.boolean(),
        showSubGoals: fc.boolean(),
        comparison: fc.oneof(
          fc.constant('mean'),
          fc.record({ value: fc.oneof(fc.double({ min: 1, max: 5 }), fc.constant(7)), label }),
        ),
        maxLabelLines: lines,
      },
      { requiredKeys: [] },
    ),
    validate: validateGoalBarData,
    render: (props) => <GoalBarChart {...props} />,
    texts: textsOfGoalBar,
  },
  {
    name: 'ThemeHeatmap',
    data: withShipped(heatmapData),
    props: fc.constant({}),
    validate: validateThemeHeatmapData,
    render: (props) => <ThemeHeatmap {...props} />,
    texts: (data) => {
      const d = data as HeatmapData;
      return [...d.rows, ...d.columns].map((item) => item.label);
    },
  },
  {
    name: 'RescueRadar',
    data: withShipped(radarData),
    props: fc.record(
      {
        twin: fc.constantFrom('none', 'bars', 'bogus'),
        maxLabelLines: lines,
        showValues: fc.boolean(),
        legend: fc.boolean(),
      },
      { requiredKeys: [] },
    ),
    validate: validateRescueRadarData,
    render: (props) => <RescueRadar {...props} />,
    texts: (data) => {
      const d = data as RescueRadarData;
      return [...d.axes.map((a) => a.label), ...d.series.map((s) => s.label)];
    },
  },
  {
    name: 'ResponseCoverage',
    data: withShipped(coverageData),
    props: fc.record(
      {
        showBase: fc.boolean(),
        notAnsweredWording: fc.constantFrom('deadline', 'plain', 'bogus'),
        order: fc.constantFrom('source', 'answered-first', 'bogus'),
        columns: lines,
        maxColumns: lines,
        maxLabelLines: lines,
      },
      { requiredKeys: [] },
    ),
    validate: validateResponseCoverageData,
    render: (props) => <ResponseCoverage {...props} />,
    texts: (data) => (data as ResponseCoverageData).map((item) => item.label),
  },
];
