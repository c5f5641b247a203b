import type { Locale } from '@yhdyspinta/data';
import { useMemo } from 'react';
import { ChartShell } from '../common/ChartShell';
import type { Validation } from '../common/validation';
import { validDimension } from '../layout/chartSize';
import type { ChartTheme } from '../theme/ChartTheme';
import { rescueRadarNaturalHeight } from './compute';
import type { RescueRadarOptions } from './compute';
import { RescueRadarSvg } from './RescueRadarSvg';
import type { RescueRadarData } from './types';

export interface RescueRadarPlotProps {
  readonly validation: Validation<RescueRadarData>;
  readonly locale: Locale;
  readonly theme: ChartTheme;
  readonly options: RescueRadarOptions;
  readonly width?: number;
  readonly height?: number;
  readonly loading?: boolean;
  readonly description?: string;
  readonly className?: string;
  readonly interactive?: boolean;
}

/** The radar inside the shared ChartShell (loading, empty and error states, sizing, error boundary). */
export function RescueRadarPlot(props: RescueRadarPlotProps) {
  const { locale, theme, options } = props;
  // With a fixed height the natural height is never used: do not lay out the header for it.
  const fixed = validDimension(props.height);
  const heightForWidth = useMemo(
    () => (data: RescueRadarData, width: number) =>
      fixed ?? rescueRadarNaturalHeight({ data, width, locale, theme, options }),
    [fixed, locale, theme, options],
  );
  return (
    <ChartShell
      chartName="RescueRadar"
      validation={props.validation}
      loading={props.loading}
      width={props.width}
      height={props.height}
      locale={locale}
      theme={theme}
      title={options.title}
      className={props.className}
      interactive={props.interactive}
      heightForWidth={heightForWidth}
    >
      {(valid, size) => (
        <RescueRadarSvg
          data={valid}
          width={size.width}
          height={size.height}
          locale={locale}
          theme={theme}
          options={options}
          description={props.description}
          className={size.className}
        />
      )}
    </ChartShell>
  );
}
