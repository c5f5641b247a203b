// Honest splitting of the cases that used to be shrunk for want of a split plan (issue 12): each of the
// three charts on the INVENTED stress fixtures that do not fit a preset at full text size is drawn by
// renderToSvgParts as whole charts on parts of its data, every part at the preset's size, unscaled, with
// no font size under the slide theme's minimum (20 px at 1920 × 1080) and "(i/n)" in its title.
import { describe, expect, it } from 'vitest';
import { slideTheme } from '@yhdyspinta/charts';
import { PRESETS, renderToSvgParts } from '@yhdyspinta/charts/static';
import type { ChartSpec, PresetName } from '@yhdyspinta/charts/static';
import { stressFixtures } from '../fixtures/stress';
import type { StressLocale } from '../fixtures/stress';

/** Every font size the document sets (attributes and style), px. */
const fontSizes = (svg: string) =>
  [...svg.matchAll(/font-size(?:="|:\s*)([\d.]+)/g)].map((m) => Number(m[1]));

const CASES: readonly (readonly [string, string, PresetName, StressLocale])[] = [
  ['theme-heatmap', 'heatmap-ratings-12x25', 'slide-16x9', 'fi'],
  ['theme-heatmap', 'heatmap-ratings-12x25', 'slide-4x3', 'sv'],
  ['theme-heatmap', 'heatmap-ratings-12x25', 'a4-landscape', 'fi'],
  ['theme-heatmap', 'heatmap-26x14', 'a4-landscape', 'sv'],
  ['rescue-radar', 'radar-6', 'slide-4x3', 'sv'],
  ['coverage', 'coverage-25', 'slide-4x3', 'sv'],
];

describe('renderToSvgParts: parts at full size where the whole was shrunk', () => {
  it.each(CASES.map((c) => [c.join(' '), c] as const))(
    '%s',
    (_, [chart, name, preset, locale]) => {
      const fixture = stressFixtures(locale).find((f) => f.chart === chart && f.name === name);
      expect(fixture).toBeDefined();
      const spec = { chart, data: fixture?.data, props: fixture?.props } as ChartSpec;
      const { parts, warnings = [] } = renderToSvgParts(spec, { preset, locale });
      // Not scaled down; labels cut with "…" (the stress texts are 200–300 characters) are said, once.
      expect(
        warnings.filter((w) => !/^"\S+" \(\w+, [\w-]+\): \d+ labels? w(as|ere) cut/.test(w)),
      ).toEqual([]);
      expect(warnings.length).toBeLessThanOrEqual(1);
      expect(parts.length).toBeGreaterThan(1);
      const { width, height } = PRESETS[preset];
      parts.forEach((part, i) => {
        expect(part).toMatchObject({ part: i + 1, of: parts.length, width, height });
        expect(part.title).toMatch(new RegExp(`\\(${i + 1}/${parts.length}\\)$`));
        expect(part.svg).toContain(`viewBox="0 0 ${width} ${height}"`);
        expect(part.svg).not.toContain('data-fit');
        const sizes = fontSizes(part.svg);
        expect(sizes.length).toBeGreaterThan(0);
        expect(Math.min(...sizes)).toBeGreaterThanOrEqual(slideTheme.minFontSize);
      });
    },
    60_000,
  );
});

describe('renderToSvgParts in the room the whole was laid out in', () => {
  // A slide's chart box (the CLI's PowerPoint and PDF): its title is the slide's, so the chart's is
  // hidden, and no source line. Laid out with a title, this heatmap turned the other way in the split,
  // so the plan's rows (24 municipalities) were not its rows (12 goals): parts failed, re-split, and one
  // had nothing to draw (RenderError 'empty-data').
  it.each([
    ['heatmap-ratings-12x25', 'sv'],
    ['heatmap-ratings-12x25', 'fi'],
    ['heatmap-26x14', 'sv'],
  ] as const)('%s (%s) with hideTitle, as many parts as its plan', (name, locale) => {
    const fixture = stressFixtures(locale).find((f) => f.name === name);
    const spec = { chart: 'theme-heatmap', data: fixture?.data } as ChartSpec;
    const options = {
      preset: 'slide-16x9',
      width: 1776,
      height: 800,
      locale,
      hideTitle: true,
    } as const;
    const { parts } = renderToSvgParts(spec, { ...options, source: false });
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) {
      expect(part.height).toBe(800);
      // Every part draws rows of cells (its data table has them), not the empty or error state.
      expect(part.svg).toContain('<th scope="row"');
      expect(part.svg).not.toContain('role="status"');
      expect(part.svg).not.toContain('data-fit=');
    }
  });
});
