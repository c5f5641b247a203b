import { useMemo } from 'react';
import type { CommonChartProps } from '../common/ChartProps';
import { ChartShell } from '../common/ChartShell';
import { warnDev } from '../common/warnDev';
import { resolveLocale } from '../locale/messages';
import { responseCoverageMessages } from '../locale/responseCoverage';
import type { NotAnsweredWording } from '../locale/responseCoverage';
import { resolveTheme } from '../theme/resolveTheme';
import { computeResponseCoverageLayout, DEFAULT_COVERAGE_LABEL_LINES } from './compute';
import type { ResponseCoverageOptions } from './compute';
import { ResponseCoverageSvg } from './ResponseCoverageSvg';
import { summarizeCoverage } from './summary';
import type { ResponseCoverageData, ResponseCoverageOrder } from './types';
import { validateResponseCoverageData } from './validate';

export interface ResponseCoverageProps extends CommonChartProps {
  /**
   * The municipalities and whether each answered (optionally with a population), in display order:
   * `responseCoverageFromSurvey(survey, locale, populations)`, `responseCoverageFromResponses(…)` or by
   * hand. (The main entry's ResponseCoverage draws the shipped 2024 survey, 6/10 answered, when this is
   * omitted; this one, from `@yhdyspinta/charts/core`, carries no data.)
   */
  readonly data: ResponseCoverageData;
  /** Also print the response base "n = 6/10 kuntaa" under the title, as the other charts do. Default false. */
  readonly showBase?: boolean;
  /** 'deadline' (default): "Ei vastausta määräajassa" as in the 2024 survey; 'plain': "Ei vastausta". */
  readonly notAnsweredWording?: NotAnsweredWording;
  /** 'source' (default): data order; 'answered-first': those that answered first. */
  readonly order?: ResponseCoverageOrder;
  /** A fixed number of tile columns; default: as many as fit the width, up to `maxColumns`. */
  readonly columns?: number;
  /** Most columns chosen by width (default 5: ten municipalities as 5 × 2). */
  readonly maxColumns?: number;
  /**
   * Lines of a name before it is cut with "…" (full name in the tooltip and table). Default 3 (also for
   * NaN or below 1); at most 20.
   */
  readonly maxLabelLines?: number;
}

/**
 * Which municipalities answered a survey: the headline "6/10 kuntaa vastasi", the share of residents
 * covered when populations are given, and one tile per municipality — filled with a check mark and
 * "Vastasi", or outlined with a dash and "Ei vastausta määräajassa". One Tab stop; arrow keys move
 * between tiles as in a grid; tooltips follow the pointer and focus.
 */
export function ResponseCoverage(props: ResponseCoverageProps) {
  const locale = resolveLocale(props.locale);
  const theme = useMemo(() => resolveTheme(props.theme), [props.theme]);
  const title = props.title ?? responseCoverageMessages(locale).title;
  const { data } = props;
  const validation = useMemo(() => validateResponseCoverageData(data), [data]);
  if (validation.ok) {
    const invalid = summarizeCoverage(validation.data).invalidPopulationIds;
    if (invalid.length > 0) {
      warnDev(
        `ResponseCoverage: invalid population for ${invalid.join(', ')}; no population share shown.`,
      );
    }
  }

  const options: ResponseCoverageOptions = {
    title,
    hideTitle: props.hideTitle ?? false,
    illustrative: props.illustrative ?? false,
    showBase: props.showBase ?? false,
    wording: props.notAnsweredWording === 'plain' ? 'plain' : 'deadline',
    order: props.order === 'answered-first' ? 'answered-first' : 'source',
    maxColumns: props.maxColumns ?? 5,
    columns: props.columns,
    maxLabelLines: props.maxLabelLines ?? DEFAULT_COVERAGE_LABEL_LINES,
  };

  return (
    <ChartShell
      chartName="ResponseCoverage"
      validation={validation}
      loading={props.loading}
      width={props.width}
      height={props.height}
      locale={locale}
      theme={theme}
      title={title}
      className={props.className}
      interactive={props.interactive}
      heightForWidth={(d, width) =>
        computeResponseCoverageLayout({ data: d, width, locale, theme, options }).naturalHeight
      }
    >
      {(d, size) => (
        <ResponseCoverageSvg
          data={d}
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
