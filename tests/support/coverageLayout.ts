// ResponseCoverage layout helpers shared by tests/ResponseCoverage.compute and .populations tests: the
// illustrative populations (made up: the sources give none), the survey's data, the layout at a size
// and the soundness check (tiles inside, none overlapping, text within its tile).
import { expect } from 'vitest';
import { survey2024 } from '@yhdyspinta/data';
import type { Locale } from '@yhdyspinta/data';
import {
  computeResponseCoverageLayout,
  defaultTheme,
  measureText,
  responseCoverageFromSurvey,
} from '@yhdyspinta/charts';
import type {
  ChartTheme,
  ResponseCoverageItem,
  ResponseCoverageLayout,
  ResponseCoverageOptions,
} from '@yhdyspinta/charts';

import { OPTIONS } from './coverageOptions';

/** Illustrative populations (not real figures). */
export const ILLUSTRATIVE_POPULATIONS = {
  espoo: 300000,
  kauniainen: 10000,
  kirkkonummi: 40000,
  siuntio: 6000,
  vihti: 29000,
  karkkila: 8500,
  lohja: 46000,
  inkoo: 5500,
  hanko: 8000,
  raasepori: 27000,
} as const;

export const SURVEY_FI = responseCoverageFromSurvey(survey2024, 'fi');

export function layout(
  width: number,
  extra: {
    locale?: Locale;
    theme?: ChartTheme;
    height?: number;
    data?: readonly ResponseCoverageItem[];
    options?: Partial<ResponseCoverageOptions>;
  } = {},
): ResponseCoverageLayout {
  const locale = extra.locale ?? 'fi';
  return computeResponseCoverageLayout({
    data: extra.data ?? responseCoverageFromSurvey(survey2024, locale),
    width,
    height: extra.height,
    locale,
    theme: extra.theme ?? defaultTheme,
    options: { ...OPTIONS, ...extra.options },
  });
}

export function overlaps(
  a: { x: number; y: number; width: number; height: number },
  b: typeof a,
): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Every tile inside the chart, no two overlapping, every text line within its tile's text area. */
export function expectSound(l: ResponseCoverageLayout, theme: ChartTheme = defaultTheme): void {
  const { tiles } = l;
  expect(tiles.length).toBeGreaterThan(0);
  for (const [i, t] of tiles.entries()) {
    expect(t.box.x).toBeGreaterThanOrEqual(0);
    expect(t.box.x + t.box.width).toBeLessThanOrEqual(l.width + 1e-6);
    expect(t.box.y + t.box.height).toBeLessThanOrEqual(l.height + 1e-6);
    for (const other of tiles.slice(i + 1)) expect(overlaps(t.box, other.box)).toBe(false);
    const right = t.box.x + t.box.width - theme.spacing.sm + 1e-6;
    for (const b of [
      t.name,
      ...(t.status ? [t.status] : []),
      ...(t.population ? [t.population] : []),
    ]) {
      for (const line of b.lines) {
        expect(b.x + measureText(line, b.fontSize, b.fontWeight)).toBeLessThanOrEqual(right);
      }
      expect(b.y).toBeGreaterThanOrEqual(t.box.y);
      expect(b.y + b.lines.length * b.lineHeight).toBeLessThanOrEqual(
        t.box.y + t.box.height + 1e-6,
      );
    }
    expect(t.icon.cx - t.icon.r).toBeGreaterThanOrEqual(t.box.x);
  }
}
