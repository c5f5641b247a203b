// The `@yhdyspinta/charts/core` entry: the charts without the shipped data as default. Same pictures as the
// main entry's charts given the same data; no data → the invalid-data state, never a throw; and a bundle
// of a core chart carries none of the shipped survey or memo texts (checked by bundling it with esbuild).
import { describe, expect, it, vi } from 'vitest';
import { build } from 'esbuild';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ComponentType } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { survey2024, negotiations2025 } from '@yhdyspinta/data';
import * as core from '@yhdyspinta/charts/core';
import * as main from '@yhdyspinta/charts';
import { measureBundle } from '../../bench/src/bundles';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CHARTS = [
  'GoalBarChart',
  'ThemeHeatmap',
  'RescueRadar',
  'RescueBars',
  'ResponseCoverage',
] as const;

/** Renders a component that, for this test, takes any props (the entries type `data` differently). */
function render(component: unknown, props: Record<string, unknown>): string {
  const Component = component as ComponentType<Record<string, unknown>>;
  return renderToStaticMarkup(<Component {...props} />);
}

const shippedData = {
  GoalBarChart: (locale: 'fi' | 'sv') => core.goalBarFromSurvey(survey2024, locale),
  ThemeHeatmap: (locale: 'fi' | 'sv') => main.themeHeatmapFromThemeCounts(undefined, locale),
  RescueRadar: (locale: 'fi' | 'sv') => core.rescueRadarFromSurvey(survey2024, locale),
  RescueBars: (locale: 'fi' | 'sv') => core.rescueRadarFromSurvey(survey2024, locale),
  ResponseCoverage: (locale: 'fi' | 'sv') => core.responseCoverageFromSurvey(survey2024, locale),
};

describe('@yhdyspinta/charts/core', () => {
  it.each(
    CHARTS.flatMap((name) => (['fi', 'sv'] as const).map((locale) => [name, locale] as const)),
  )(
    '%s (%s) draws exactly what the main entry draws by default, given the same data',
    (name, locale) => {
      const fromCore = render(core[name], { locale, data: shippedData[name](locale) });
      const fromMain = render(main[name], { locale });
      expect(fromCore).toBe(fromMain);
      expect(fromCore).toContain('<svg');
    },
  );

  it.each(CHARTS)('%s without data shows the invalid-data state instead of throwing', (name) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const markup = render(core[name], {});
    expect(markup).toContain('role="status"');
    expect(markup).toContain('Kaavion tiedot ovat virheellisiä');
    warn.mockRestore();
  });

  it('keeps the twin prop in the main entry only: core RescueRadar draws the radar alone', () => {
    const data = core.rescueRadarFromSurvey(survey2024, 'fi');
    const withTwin = render(main.RescueRadar, { data, twin: 'bars' });
    const coreRadar = render(core.RescueRadar, { data, twin: 'bars' });
    expect((withTwin.match(/<svg /g) ?? []).length).toBe(2);
    expect((coreRadar.match(/<svg /g) ?? []).length).toBe(1);
  });

  it('bundles each chart without the shipped survey or memo texts', async () => {
    const survey = survey2024.goals[0]?.text.fi ?? '';
    const memo = negotiations2025[0]?.points[0]?.text ?? '';
    expect(survey.length).toBeGreaterThan(20);
    expect(memo.length).toBeGreaterThan(20);
    for (const name of ['GoalBarChart', 'ThemeHeatmap', 'RescueRadar', 'ResponseCoverage']) {
      const result = await build({
        stdin: {
          contents: `export { ${name} } from '@yhdyspinta/charts/core';`,
          resolveDir: ROOT,
          loader: 'ts',
        },
        bundle: true,
        conditions: ['yhdyspinta-source'],
        write: false,
        minify: true,
        format: 'esm',
        platform: 'browser',
        external: ['react', 'react-dom', 'react/*', 'react-dom/*'],
        define: { 'process.env.NODE_ENV': '"production"' },
        logLevel: 'silent',
      });
      const code = result.outputFiles[0]?.text ?? '';
      expect(code.length, name).toBeGreaterThan(10_000);
      expect(code, name).not.toContain(survey);
      expect(code, name).not.toContain(memo.slice(0, 40));
    }
  }, 60_000);

  it("keeps the charts issue's bundle budgets from the sources (the bench weighs the tarballs): ≤ 35 kB a chart, ≤ 65 kB all four, Swedish patterns on demand", async () => {
    const charts = ['ThemeHeatmap', 'GoalBarChart', 'RescueRadar', 'ResponseCoverage'];
    const entry = (names: string[]) => ({
      case: 'bundle',
      library: 'ours' as const,
      exports: names,
      contents: `export { ${names.join(', ')} } from '@yhdyspinta/charts/core';`,
    });
    // RescueRadar maps its radius with d3-interpolate's number interpolator, not d3-scale (whose
    // continuous scale brings d3-color and d3-format: about 8 kB gzip); about 32.4 kB with it.
    for (const name of charts) {
      expect((await measureBundle(entry([name]))).gzip, name).toBeLessThanOrEqual(35_000);
    }
    const all = await measureBundle(entry(charts));
    expect(all.gzip).toBeLessThanOrEqual(65_000);
    // The Swedish hyphenation patterns (about 14 kB) are not in what loads with the charts.
    expect(all.onDemand.gzip).toBeGreaterThan(10_000);
    expect(Object.keys(all.breakdown).some((group) => group.includes('hyphen'))).toBe(true);
  }, 60_000);
});

describe('interactive={false}: a static picture', () => {
  const charts = ['GoalBarChart', 'ThemeHeatmap', 'RescueRadar', 'ResponseCoverage'] as const;
  const hint = 'Siirry arvosta toiseen nuolinäppäimillä.';

  it.each(charts)(
    '%s has no focusable element and no keyboard hint; by default it has both',
    (name) => {
      const still = render(main[name], { width: 800, interactive: false });
      expect(still).not.toContain('tabindex');
      expect(still).not.toContain('role="graphics-symbol"');
      expect(still).not.toContain(hint);
      expect(still).toContain('<table');
      const live = render(main[name], { width: 800 });
      expect(live).toContain('tabindex="0"');
      expect(live).toContain(hint);
    },
  );
});
