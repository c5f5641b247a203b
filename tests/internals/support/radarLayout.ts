// The direct RescueRadar tests' usual layout (tests/internals/RescueRadar.*): internals, so here rather than
// in tests/support (which public tests share).
import { computeRescueRadarLayout, defaultTheme } from '@yhdyspinta/charts';
import type { RescueRadarData, RescueRadarLayout } from '@yhdyspinta/charts';
import { DEFAULT_RADAR_LABEL_LINES } from '../../../packages/charts/src/RescueRadar/compute';

/**
 * The layout of `data` at `width` (natural height, Finnish, default theme) with a title, printed values
 * and a legend, overlaid unless `arrangement` says otherwise: the direct tests' usual radar.
 */
export function radarLayout(
  data: RescueRadarData,
  width: number,
  arrangement: 'auto' | 'overlay' | 'multiples' = 'overlay',
): RescueRadarLayout {
  return computeRescueRadarLayout({
    data,
    width,
    height: undefined,
    locale: 'fi',
    theme: defaultTheme,
    options: {
      title: 'Otsikko',
      hideTitle: false,
      illustrative: true,
      maxLabelLines: DEFAULT_RADAR_LABEL_LINES,
      showValues: true,
      legend: true,
      arrangement,
    },
  });
}
