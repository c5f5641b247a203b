// ResponseCoverage's default options as its compute and fit tests use them.
import type { ResponseCoverageOptions } from '@yhdyspinta/charts';

export const OPTIONS: ResponseCoverageOptions = {
  title: 'Kuntakyselyyn vastanneet kunnat',
  hideTitle: false,
  illustrative: false,
  showBase: false,
  wording: 'deadline',
  order: 'source',
  maxColumns: 5,
  maxLabelLines: 5,
};
