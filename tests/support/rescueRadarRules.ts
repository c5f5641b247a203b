// RescueRadar rule-test helpers shared by tests/RescueRadar.rules and .multiples tests: the options, a
// case's layout, the sizes and INVENTED stress fixtures swept (tests/fixtures/stress/radar.ts), the notes.
import type { Locale } from '@yhdyspinta/data';
import { computeRescueRadarLayout, defaultTheme, slideTheme } from '@yhdyspinta/charts';
import type {
  ChartTheme,
  RescueRadarData,
  RescueRadarLayout,
  RescueRadarOptions,
} from '@yhdyspinta/charts';
import { radar1, radar3, radar6 } from '../fixtures/stress/radar';

export const OPTIONS: RescueRadarOptions = {
  title: 'Otsikko',
  hideTitle: false,
  illustrative: true,
  maxLabelLines: 6,
  showValues: true,
  legend: true,
  arrangement: 'auto',
};

export interface Case {
  readonly data: RescueRadarData;
  readonly width: number;
  readonly height?: number;
  readonly theme?: ChartTheme;
  readonly locale?: Locale;
  readonly options?: Partial<RescueRadarOptions>;
}

export function layout(c: Case): RescueRadarLayout {
  return computeRescueRadarLayout({
    data: c.data,
    width: c.width,
    height: c.height,
    locale: c.locale ?? 'fi',
    theme: c.theme ?? defaultTheme,
    options: { ...OPTIONS, ...c.options },
  });
}

export const SIZES: readonly [string, number, number | undefined, ChartTheme][] = [
  ['320', 320, undefined, defaultTheme],
  ['768', 768, undefined, defaultTheme],
  ['1280', 1280, undefined, defaultTheme],
  ['slide 16:9', 1920, 1080, slideTheme],
];
export const FIXTURES = [
  ['1 series', radar1],
  ['3 series', radar3],
  ['6 series', radar6],
] as const;

export const notes = (l: RescueRadarLayout) => l.header.notes.map((n) => n.lines.join(' '));
