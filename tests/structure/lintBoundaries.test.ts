/**
 * The import boundaries of eslint.config.js really fire: no import cycles (import-x/no-cycle for imports
 * that run, boundaries/no-type-import-cycle for type-only ones), the layers of packages/charts/src (one
 * way: basics < layout, a11y < shared chart parts < charts < entries), the shipped data kept out of the
 * chart folders but for their definition files and shipped/ adapters, and the CLI importing the other packages by their
 * entries. Each bad import, linted as if it were a file at that path, must report its rule; clean
 * imports must report nothing. `pnpm lint` then runs the same rules over the real sources.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const CHARTS = 'packages/charts/src';
const eslint = new ESLint({ cwd: ROOT });

async function ruleIds(code: string, file: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(ROOT, file) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

/** A module that imports `source` and uses what it imports (so only the boundary rules can fire). */
const importing = (source: string, name = 'x') =>
  `import { ${name} } from '${source}';\nexport const used = [${name}];\n`;

/** [what, file, code]: each must report no-restricted-imports. */
const RESTRICTED: readonly (readonly [string, string, string])[] = [
  [
    'layer 1 importing a chart (theme → GoalBarChart)',
    `${CHARTS}/theme/x.ts`,
    importing('../GoalBarChart/compute', 'computeGoalBarLayout'),
  ],
  [
    'layer 1 importing layer 2 (locale → layout)',
    `${CHARTS}/locale/x.ts`,
    importing('../layout/chartHeader', 'layoutChartHeader'),
  ],
  [
    'layer 1 importing layer 3 (geometry → common)',
    `${CHARTS}/geometry/x.ts`,
    importing('../common/validation', 'isScore'),
  ],
  [
    'layer 2 importing layer 3 (layout → interaction)',
    `${CHARTS}/layout/x.ts`,
    importing('../interaction/tooltipLayout', 'layoutTooltip'),
  ],
  [
    'layer 3 importing a chart (chart → GoalBarChart)',
    `${CHARTS}/chart/x.ts`,
    importing('../GoalBarChart', 'GoalBarChart'),
  ],
  [
    'a chart importing an entry folder',
    `${CHARTS}/ThemeHeatmap/x.ts`,
    importing('../static/renderToSvg', 'renderToSvg'),
  ],
  ['a chart importing an entry file', `${CHARTS}/RescueRadar/x.ts`, importing('../core', 'x')],
  [
    'a chart reaching into another chart folder',
    `${CHARTS}/RescueRadar/x.ts`,
    importing('../GoalBarChart/compute', 'computeGoalBarLayout'),
  ],
  [
    'a file in a sub-folder importing up a layer',
    `${CHARTS}/text/deep/x.ts`,
    importing('../../a11y/rovingFocus', 'nextRovingIndex'),
  ],
  [
    'the charts importing their own package entry',
    `${CHARTS}/common/x.ts`,
    importing('@yhdyspinta/charts', 'GoalBarChart'),
  ],
  [
    "a chart's public face exporting its definition",
    `${CHARTS}/GoalBarChart/index.ts`,
    "export { goalBarsChart } from './definition';\n",
  ],
  [
    "a chart's public face exporting a shipped/ adapter",
    `${CHARTS}/ThemeHeatmap/index.ts`,
    "export { themeHeatmapFromThemeCounts } from './shipped/fromThemeCounts';\n",
  ],
  [
    'shipped survey data in a chart folder',
    `${CHARTS}/GoalBarChart/fromResponses.ts`,
    importing('@yhdyspinta/data', 'survey2024'),
  ],
  [
    'shipped negotiation data in a chart sub-folder',
    `${CHARTS}/ThemeHeatmap/parts/fromThemeCounts.ts`,
    importing('@yhdyspinta/data', 'negotiations2025'),
  ],
  [
    'the theme taxonomy in a chart folder',
    `${CHARTS}/ThemeHeatmap/x.ts`,
    importing('@yhdyspinta/data', 'themeById'),
  ],
  [
    'layer 1 importing a shared chart part (locale → common)',
    `${CHARTS}/locale/resolve.ts`,
    importing('../common/validation', 'isScore'),
  ],
  [
    'the CLI importing a relative path into charts/src',
    'packages/cli/src/x.ts',
    importing('../../charts/src/core', 'renderToSvg'),
  ],
  [
    "the CLI importing a package's files",
    'packages/cli/src/x.ts',
    importing('@yhdyspinta/charts/src/static/index', 'renderToSvgDocument'),
  ],
  [
    'the data package importing a relative path into charts/src',
    'packages/data/src/x.ts',
    importing('../../charts/src/theme/themes', 'defaultTheme'),
  ],
];

/** [what, file, code]: each must report nothing at all. */
const CLEAN: readonly (readonly [string, string, string])[] = [
  [
    'a chart importing lower layers, another chart by its face and data functions and types',
    `${CHARTS}/RescueRadar/x.ts`,
    [
      "import type { Survey } from '@yhdyspinta/data';",
      "import { coverageOf } from '@yhdyspinta/data';",
      "import type { GoalBarData } from '../GoalBarChart';",
      "import { round2 } from '../geometry/round';",
      "import { layoutChartHeader } from '../layout/chartHeader';",
      "import { isScore } from '../common/validation';",
      "import { layoutTooltip } from '../interaction/tooltipLayout';",
      'export const f = (s: Survey, d: GoalBarData) => [s, d, coverageOf, round2, isScore];',
      'export const g = [layoutChartHeader, layoutTooltip];',
    ].join('\n'),
  ],
  [
    'shipped data in a definition file',
    `${CHARTS}/GoalBarChart/definition.ts`,
    importing('@yhdyspinta/data', 'survey2024'),
  ],
  [
    "shipped data in a chart's shipped/ adapters",
    `${CHARTS}/ThemeHeatmap/shipped/fromThemeCounts.ts`,
    importing('@yhdyspinta/data', 'negotiations2025'),
  ],
  [
    'shipped data as a type in a chart folder',
    `${CHARTS}/ThemeHeatmap/x.ts`,
    "import type { survey2024 } from '@yhdyspinta/data';\nexport type S = typeof survey2024;\n",
  ],
  [
    'the one allowed upward import: locale/resolve.ts → common/warnDev (waiting to move down)',
    `${CHARTS}/locale/resolve.ts`,
    importing('../dev/warnDev', 'warnDev'),
  ],
  [
    'an entry importing a chart folder',
    `${CHARTS}/static/x.ts`,
    importing('../GoalBarChart/compute', 'computeGoalBarLayout'),
  ],
  [
    'layer 1 importing layer 1',
    `${CHARTS}/text/x.ts`,
    importing('../theme/ChartTheme', 'x').replace('import {', 'import type {'),
  ],
  [
    'the CLI importing the packages by their entries',
    'packages/cli/src/x.ts',
    [
      "import { renderToSvgDocument } from '@yhdyspinta/charts/static';",
      "import { highContrastTheme } from '@yhdyspinta/charts';",
      "import { parseResponsesCsv } from '@yhdyspinta/data';",
      "import { helper } from './helper';",
      'export const used = [renderToSvgDocument, highContrastTheme, parseResponsesCsv, helper];',
    ].join('\n'),
  ],
];

describe('lint boundaries of the package sources', () => {
  // ESLint's first lint loads the plugins, the TypeScript resolver and the config (seconds on a busy
  // machine): done once here, so each case's time is its own.
  beforeAll(async () => {
    await ruleIds('export const warm = 1;\n', `${CHARTS}/theme/warm.ts`);
  }, 60_000);

  it.each(RESTRICTED)('%s is reported', async (_, file, code) => {
    expect(await ruleIds(code, file)).toContain('no-restricted-imports');
  });

  it.each(CLEAN)('%s passes', async (_, file, code) => {
    expect(await ruleIds(code, file)).toEqual([]);
  });
});

describe('import cycles', { timeout: 60_000 }, () => {
  // Real files: the cycle rules follow imports on disk. The folder is in no layer of the charts.
  const FIXTURE = resolve(ROOT, CHARTS, '__cycle_fixture__');
  const file = (name: string) => resolve(FIXTURE, name);

  beforeAll(() => {
    mkdirSync(FIXTURE, { recursive: true });
    // a ↔ b: imports that run.
    writeFileSync(file('a.ts'), "import { b } from './b';\nexport const a = () => b();\n");
    writeFileSync(file('b.ts'), "import { a } from './a';\nexport const b = (): unknown => a;\n");
    // c → d → e → c, only types: nothing runs, but the three modules cannot be read apart.
    writeFileSync(file('c.ts'), "import type { D } from './d';\nexport interface C { d?: D }\n");
    writeFileSync(file('d.ts'), "import type { E } from './e';\nexport interface D { e?: E }\n");
    writeFileSync(file('e.ts'), "import type { C } from './c';\nexport interface E { c?: C }\n");
    // f → g: no cycle.
    writeFileSync(file('f.ts'), "import { g } from './g';\nexport const f = () => g;\n");
    writeFileSync(file('g.ts'), 'export const g = 1;\n');
  });

  afterAll(() => {
    rmSync(FIXTURE, { recursive: true, force: true });
  });

  async function lintFixtures(...names: string[]): Promise<Record<string, string[]>> {
    const results = await new ESLint({ cwd: ROOT }).lintFiles(names.map(file));
    return Object.fromEntries(
      results.map((r) => [
        r.filePath.slice(FIXTURE.length + 1),
        r.messages.map((m) => m.ruleId ?? `fatal: ${m.message}`),
      ]),
    );
  }

  it('reports a cycle of imports that run (import-x/no-cycle)', async () => {
    const ids = await lintFixtures('a.ts', 'b.ts');
    expect(ids['a.ts']).toContain('import-x/no-cycle');
    expect(ids['b.ts']).toContain('import-x/no-cycle');
  });

  it('reports a cycle of type-only imports (boundaries/no-type-import-cycle)', async () => {
    const ids = await lintFixtures('c.ts', 'd.ts', 'e.ts');
    for (const name of ['c.ts', 'd.ts', 'e.ts']) {
      expect(ids[name]).toContain('boundaries/no-type-import-cycle');
    }
  });

  it('passes imports without a cycle', async () => {
    expect(await lintFixtures('f.ts', 'g.ts')).toEqual({ 'f.ts': [], 'g.ts': [] });
  });
});
