/**
 * esbuild bundles of the benchmark: one node bundle per (library, case kind) for the server-render child
 * processes, and the browser page. React's production build throughout (process.env.NODE_ENV defined as
 * "production"); not minified, so profiles stay readable (minification does not change V8's speed).
 */
import { build } from 'esbuild';
import type { BuildOptions } from 'esbuild';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CaseKind } from './cases';
import type { LibraryInfo } from './libraries';
import { BUILD_DIR, SRC_DIR } from './paths';

const common: BuildOptions = {
  bundle: true,
  // The workspace packages' sources (their `yhdyspinta-source` export condition).
  conditions: ['yhdyspinta-source'],
  format: 'esm',
  minify: false,
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'error',
  define: { 'process.env.NODE_ENV': '"production"' },
  jsx: 'automatic',
};

/** The bundle file of a server-render child. */
export function ssrBundlePath(library: string, kind: CaseKind): string {
  return join(BUILD_DIR, 'ssr', `${library}-${kind}.mjs`);
}

function ssrEntry(library: LibraryInfo, adapter: string): string {
  const module = JSON.stringify(join(SRC_DIR, 'libs', adapter));
  const id = JSON.stringify(library.id);
  return library.react
    ? `import { element } from ${module};
import { runReactChild } from ${JSON.stringify(join(SRC_DIR, 'ssr/reactChild'))};
runReactChild(${id}, element);`
    : `import { prepare } from ${module};
import { runChild } from ${JSON.stringify(join(SRC_DIR, 'ssr/child'))};
runChild(${id}, prepare);`;
}

/** Bundles the server-render child of one library and case kind. */
export async function buildSsrBundle(library: LibraryInfo, kind: CaseKind): Promise<string> {
  const adapter = library.adapters[kind];
  if (!adapter) throw new Error(`${library.id} has no ${kind} adapter`);
  const outfile = ssrBundlePath(library.id, kind);
  await build({
    ...common,
    stdin: { contents: ssrEntry(library, adapter), resolveDir: SRC_DIR, loader: 'ts' },
    platform: 'node',
    target: 'node20',
    outfile,
    // CommonJS dependencies bundled into ESM may call require() for node built-ins.
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
  });
  return outfile;
}

/**
 * Bundles the browser page: src/browser/page.tsx with the heatmap adapters of `libraries` (ours only when
 * exported) → BUILD_DIR/browser/page.js, plus the index.html that loads it.
 */
export async function buildBrowserPage(libraries: readonly LibraryInfo[]): Promise<string> {
  const dir = join(BUILD_DIR, 'browser');
  const adapters = libraries
    .filter((l) => l.react && l.adapters.heatmap)
    .map((l) => ({
      id: l.id,
      module: JSON.stringify(join(SRC_DIR, 'libs', l.adapters.heatmap ?? '')),
      // Ours also tells where a cell is (the tooltip measurements move the pointer onto cells).
      names: l.id === 'ours' ? ['element', 'cellCenter'] : ['element'],
    }));
  const contents = [
    ...adapters.map((a) => `import * as ${a.id} from ${a.module};`),
    `import { installBench } from ${JSON.stringify(join(SRC_DIR, 'browser/page'))};`,
    'installBench({',
    ...adapters.map(
      (a) => `  ${a.id}: { ${a.names.map((n) => `${n}: ${a.id}.${n}`).join(', ')} },`,
    ),
    '});',
  ].join('\n');
  await build({
    ...common,
    stdin: { contents, resolveDir: SRC_DIR, loader: 'ts' },
    platform: 'browser',
    target: 'chrome120',
    format: 'iife',
    outfile: join(dir, 'page.js'),
  });
  const html = join(dir, 'index.html');
  writeFileSync(
    html,
    `<!doctype html><html lang="fi"><head><meta charset="utf-8"><title>bench</title></head>
<body><div id="park" style="position:fixed;left:0;top:0;width:24px;height:24px;z-index:10;background:#fff"></div><div id="stage"></div><script src="page.js"></script></body></html>\n`,
  );
  return html;
}
