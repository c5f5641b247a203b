import { useMemo } from 'react';
import { computeResponseCoverageLayout } from './compute';
import type { ResponseCoverageLayout, ResponseCoverageLayoutInput } from './compute';

/** Memoises computeResponseCoverageLayout on its inputs (the options by value). */
export function useResponseCoverageLayout(
  input: ResponseCoverageLayoutInput,
): ResponseCoverageLayout {
  const { data, width, height, locale, theme, options } = input;
  const {
    title,
    hideTitle,
    illustrative,
    showBase,
    wording,
    order,
    maxColumns,
    columns,
    maxLabelLines,
  } = options;
  return useMemo(
    () =>
      computeResponseCoverageLayout({
        data,
        width,
        height,
        locale,
        theme,
        options: {
          title,
          hideTitle,
          illustrative,
          showBase,
          wording,
          order,
          maxColumns,
          columns,
          maxLabelLines,
        },
      }),
    [
      data,
      width,
      height,
      locale,
      theme,
      title,
      hideTitle,
      illustrative,
      showBase,
      wording,
      order,
      maxColumns,
      columns,
      maxLabelLines,
    ],
  );
}
