/** High-contrast colours over a preset's theme (its type sizes and spacing stay). */
import { highContrastTheme } from '@yhdyspinta/charts';
import type { ThemeOverride } from '@yhdyspinta/charts';

export const HIGH_CONTRAST: ThemeOverride = {
  colors: highContrastTheme.colors,
  series: highContrastTheme.series,
  sequential: highContrastTheme.sequential,
  diverging: highContrastTheme.diverging,
  missing: { fill: highContrastTheme.missing.fill, stroke: highContrastTheme.missing.stroke },
  referenceStrokeWidth: highContrastTheme.referenceStrokeWidth,
};
