// Bundles the CLI (src/main.ts) and the workspace packages it uses (TypeScript sources) into
// dist/yhdyspinta.js with esbuild. React, react-dom, resvg (native), the font files and the PowerPoint
// and PDF writers (pptxgenjs, pdfkit, svg-to-pdfkit) stay external:
// they are this package's dependencies, resolved at run time from its node_modules.
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Builds into `outdir` (default dist/ of this package); returns esbuild's result. */
export async function buildCli({ outdir = `${root}dist` } = {}) {
  await rm(outdir, { recursive: true, force: true });
  return build({
    entryPoints: { yhdyspinta: `${root}src/main.ts` },
    outdir,
    bundle: true,
    // The workspace packages' sources (their `yhdyspinta-source` export condition).
    conditions: ['yhdyspinta-source'],
    platform: 'node',
    format: 'esm',
    target: 'node20',
    jsx: 'automatic',
    external: [
      'react',
      'react/*',
      'react-dom',
      'react-dom/*',
      '@resvg/resvg-js',
      '@expo-google-fonts/noto-sans',
      // PowerPoint and PDF writers: dependencies resolved at run time (pdfkit reads its font data files
      // beside its own code, and pptxgenjs's zip library is found from pptxgenjs).
      'pptxgenjs',
      'pdfkit',
      'svg-to-pdfkit',
    ],
    define: { 'process.env.NODE_ENV': '"production"' },
    // Bundled CommonJS code (d3 helpers, @visx) may require() the external packages: give it a require.
    banner: {
      js: "import { createRequire as __cliCreateRequire } from 'node:module'; const require = __cliCreateRequire(import.meta.url);",
    },
    legalComments: 'none',
    logLevel: 'warning',
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildCli();
}
