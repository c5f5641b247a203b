/**
 * The minimal Vite + React app of the packed-tarball test: it depends on the two tarballs only (no
 * workspace), imports charts and data from the packages' public entries, and is type-checked against
 * the packed .d.ts files before `vite build`. A separate type-only consumer (types/consumer.tsx) is
 * checked under each module resolution a user may have (CONSUMER_TSCONFIGS), library files included.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface AppVersions {
  readonly packageManager: string;
  readonly react: string;
  readonly reactDom: string;
  readonly vite: string;
  readonly pluginReact: string;
  readonly typescript: string;
  readonly typesReact: string;
  readonly typesReactDom: string;
}

const MAIN_TSX = `import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import {
  GoalBarChart,
  RescueRadar,
  ResponseCoverage,
  ThemeHeatmap,
  goalBarFromSurvey,
  highContrastTheme,
  slideTheme,
} from '@yhdyspinta/charts';
import type { GoalBarData } from '@yhdyspinta/charts';
import { defineYhdyspintaElements } from '@yhdyspinta/charts/elements';
import { formatScore, survey2024 } from '@yhdyspinta/data';
import type { Locale } from '@yhdyspinta/data';

const locale: Locale = 'sv';
const data: GoalBarData = goalBarFromSurvey(survey2024, locale);
defineYhdyspintaElements();

function App() {
  return (
    <main>
      <h1>Packed app {formatScore(2.7, 'fi')}</h1>
      <GoalBarChart data={data} locale={locale} width={640} />
      <ThemeHeatmap locale="fi" width={640} theme={highContrastTheme} />
      <RescueRadar locale="en" width={480} />
      <ResponseCoverage theme={{ ...slideTheme, colors: { ...slideTheme.colors } }} />
      {/* @ts-expect-error: 'de' is not a Locale of @yhdyspinta/data (via the charts' types) */}
      <GoalBarChart locale="de" />
      {/* @ts-expect-error: a GoalBarData needs groups */}
      <GoalBarChart data={{ base: { answered: 1, total: 2 } }} />
      <yhdyspinta-goal-bars locale="fi" width="640"></yhdyspinta-goal-bars>
      <yhdyspinta-coverage theme="high-contrast" src="/responses.csv"></yhdyspinta-coverage>
    </main>
  );
}

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
`;

const ELEMENTS_D_TS = `import type { DetailedHTMLProps, HTMLAttributes } from 'react';

type ChartElementProps = DetailedHTMLProps<HTMLAttributes<HTMLElement>, HTMLElement> & {
  locale?: string;
  theme?: string;
  width?: string;
  height?: string;
  data?: string;
  src?: string;
};

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'yhdyspinta-goal-bars': ChartElementProps;
      'yhdyspinta-theme-heatmap': ChartElementProps;
      'yhdyspinta-rescue-radar': ChartElementProps;
      'yhdyspinta-coverage': ChartElementProps;
    }
  }
}
`;

/**
 * A type-only consumer of the packed packages: every public TypeScript entry, used correctly, and lines
 * that must fail. An unused @ts-expect-error is itself an error, so a clean tsc run proves the packed
 * types resolved (under node16 an extensionless relative import in a .d.ts makes them `any`).
 */
const CONSUMER_TSX = `import { GoalBarChart, goalBarFromSurvey, highContrastTheme } from '@yhdyspinta/charts';
import type { GoalBarData } from '@yhdyspinta/charts';
import { GoalBarChart as CoreGoalBarChart, localeFromTag } from '@yhdyspinta/charts/core';
import type { LocaleTag } from '@yhdyspinta/charts/core';
import { renderToSvg } from '@yhdyspinta/charts/static';
import type { ChartSpec } from '@yhdyspinta/charts/static';
import { formatScore, survey2024 } from '@yhdyspinta/data';
import type { Locale } from '@yhdyspinta/data';

const locale: Locale = 'sv';
// A tag of a supported language is a LocaleTag.
const tag: LocaleTag = 'sv-FI';
const data: GoalBarData = goalBarFromSurvey(survey2024, locale);
const spec: ChartSpec = { chart: 'goal-bars', props: { sort: 'score-desc' } };

export const svg: string = renderToSvg(spec, { locale: tag, width: 640 });
export const score: string = formatScore(2.7, localeFromTag(tag) ?? 'fi');
export const goals: number = survey2024.goals.length;

export const charts = [
  <GoalBarChart key="shipped" locale="sv-FI" />,
  <GoalBarChart key="data" data={data} locale={tag} theme={highContrastTheme} width={640} />,
  <CoreGoalBarChart key="core" data={data} locale="fi" />,
  // @ts-expect-error: groups is an array of goal groups
  <GoalBarChart key="wrong-data" data={{ groups: 5 }} />,
  // @ts-expect-error: German is not a supported language
  <GoalBarChart key="wrong-locale" locale="de" />,
  // @ts-expect-error: the core chart has no shipped data, data is required
  <CoreGoalBarChart key="no-data" />,
];

// @ts-expect-error: no such chart
export const unknownChart: ChartSpec = { chart: 'pie' };
// @ts-expect-error: 'de' is not a Locale of the data
export const german: Locale = 'de';
`;

/** The module resolutions the consumer is checked under: tsconfig file → module and resolution. */
export const CONSUMER_TSCONFIGS = {
  'tsconfig.bundler.json': { module: 'ESNext', moduleResolution: 'Bundler' },
  'tsconfig.node16.json': { module: 'Node16', moduleResolution: 'Node16' },
  'tsconfig.nodenext.json': { module: 'NodeNext', moduleResolution: 'NodeNext' },
} as const;

const consumerTsconfig = (resolution: { module: string; moduleResolution: string }) =>
  JSON.stringify(
    {
      compilerOptions: {
        target: 'ES2022',
        lib: ['ES2023', 'DOM', 'DOM.Iterable'],
        ...resolution,
        jsx: 'react-jsx',
        strict: true,
        // The packed .d.ts files (and React's) are checked too: a relative import node16 cannot
        // resolve is TS2834. TypeScript's own lib.*.d.ts are not (a second saved per run).
        skipLibCheck: false,
        skipDefaultLibCheck: true,
        noEmit: true,
        types: [],
      },
      files: ['types/consumer.tsx'],
    },
    null,
    2,
  );

export function writeViteApp(
  dir: string,
  tarballs: { charts: string; data: string },
  v: AppVersions,
) {
  const files: Record<string, string> = {
    'package.json': JSON.stringify(
      {
        name: 'yhdyspinta-packed-app',
        private: true,
        type: 'module',
        packageManager: v.packageManager,
        scripts: { build: 'tsc --noEmit && vite build' },
        dependencies: {
          '@yhdyspinta/charts': `file:${tarballs.charts}`,
          '@yhdyspinta/data': `file:${tarballs.data}`,
          react: v.react,
          'react-dom': v.reactDom,
        },
        devDependencies: {
          '@types/react': v.typesReact,
          '@types/react-dom': v.typesReactDom,
          '@vitejs/plugin-react': v.pluginReact,
          typescript: v.typescript,
          vite: v.vite,
        },
        // The charts tarball depends on @yhdyspinta/data 0.1.0, which is not on the registry.
        pnpm: { overrides: { '@yhdyspinta/data': `file:${tarballs.data}` } },
      },
      null,
      2,
    ),
    'index.html': `<!doctype html>
<html lang="fi">
  <head><meta charset="utf-8"><title>Packed app</title></head>
  <body><div id="root"></div><script type="module" src="/src/main.tsx"></script></body>
</html>
`,
    'vite.config.ts': `import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({ plugins: [react()] });
`,
    'tsconfig.json': JSON.stringify(
      {
        compilerOptions: {
          target: 'ES2022',
          lib: ['ES2023', 'DOM', 'DOM.Iterable'],
          module: 'ESNext',
          moduleResolution: 'Bundler',
          jsx: 'react-jsx',
          strict: true,
          // Library .d.ts files are not checked themselves (slow); the @ts-expect-error lines in
          // main.tsx fail if the packed types did not resolve (they would be `any`).
          skipLibCheck: true,
          noEmit: true,
          types: [],
        },
        include: ['src'],
      },
      null,
      2,
    ),
    'src/main.tsx': MAIN_TSX,
    'src/elements.d.ts': ELEMENTS_D_TS,
    // An ES module under node16/nodenext: the app's package.json has "type": "module".
    'types/consumer.tsx': CONSUMER_TSX,
    ...Object.fromEntries(
      Object.entries(CONSUMER_TSCONFIGS).map(([file, resolution]) => [
        file,
        consumerTsconfig(resolution),
      ]),
    ),
  };
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
}
