// Builds the browser bundles of the custom elements (<yhdyspinta-goal-bars> …) for pages that are not
// React, into dist/ (or --outdir DIR, relative to the package):
// - yhdyspinta-elements.js (ES module) / .iife.js (classic script): with the shipped data;
// - yhdyspinta-elements-core.js / -core.iife.js: without it (elements draw `data` or `src`), and
//   yhdyspinta-elements-source.js, the reader of `src` every bundle imports by URL when an element has one;
// - yhdyspinta-elements-sv.js: the Swedish hyphenation patterns the classic scripts (which cannot have
//   chunks) and the ES module with the shipped data import by URL when an element is drawn in Swedish
//   (swedishByUrl.ts);
// - yhdyspinta-elements-locale-sv.js / -en.js: the Swedish and English texts every bundle imports by URL
//   when an element is drawn in that locale (Finnish is inline; localePacks.mjs);
// - elements-chunks/: what the ES modules load on demand (the data-free one's chart code, a chunk per
//   chart; the Swedish patterns). The ES module with the shipped data has every chart inside, as the
//   classic scripts: its data is loaded up front anyway, and one file weighs less than four charts' chunks.
// All run on preact/compat instead of React (PREACT_COMPAT), are minified (esbuild, then Oxc:
// minify-elements.mjs), define process.env.NODE_ENV as "production" and must contain no eval / new
// Function (pages with a strict Content-Security-Policy run them). Run by scripts/build.mjs, or alone: `node scripts/build-elements.mjs [--outdir DIR]
// [--inputs]` (--inputs: each bundle's bytes per package or source folder, all its files, as esbuild
// minified them, before Oxc's pass).
// `YHDYSPINTA_ELEMENTS_RUNTIME=react` builds them on React instead (for comparing).
import { readFileSync, rmSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { buildLocalePacks, localeTablesPlugin } from './localePacks.mjs';
import { minifyAgain } from './minify-elements.mjs';

/** React's modules → Preact's compatibility layer (preact 10, a devDependency: bundled, never required). */
export const PREACT_COMPAT = {
  react: 'preact/compat',
  'react-dom': 'preact/compat',
  'react-dom/client': 'preact/compat/client',
  'react/jsx-runtime': 'preact/compat/jsx-runtime',
  'react/jsx-dev-runtime': 'preact/compat/jsx-dev-runtime',
};

/** Where the ES modules' on-demand chunks go (inside the output folder). */
export const CHUNK_DIR = 'elements-chunks';

/**
 * The bundles: `data` says whether the shipped data is in it. ES modules split off what loads on demand
 * (chunks in CHUNK_DIR: the data-free one's charts, the Swedish patterns); a classic script cannot, so it
 * has every chart in it and imports the `src` reader and the Swedish patterns by URL (`onDemand` files:
 * not a page's entry).
 */
export const ELEMENT_BUNDLES = [
  {
    file: 'yhdyspinta-elements.js',
    entry: 'src/elements/bundles/elements.ts',
    format: 'esm',
    data: true,
    // One file with every chart, as the classic scripts: the Swedish patterns too by URL.
    swedishByUrl: true,
  },
  {
    file: 'yhdyspinta-elements.iife.js',
    entry: 'src/elements/bundles/elementsIife.ts',
    format: 'iife',
    data: true,
    swedishByUrl: true,
  },
  {
    file: 'yhdyspinta-elements-core.js',
    entry: 'src/elements/bundles/elementsCore.ts',
    format: 'esm',
    data: false,
  },
  {
    file: 'yhdyspinta-elements-core.iife.js',
    entry: 'src/elements/bundles/elementsCoreIife.ts',
    format: 'iife',
    data: false,
    swedishByUrl: true,
  },
  // Imported by URL by the core bundles for `src` (survey definitions and importers): not a page's entry.
  {
    file: 'yhdyspinta-elements-source.js',
    entry: 'src/elements/bundles/elementsSource.ts',
    format: 'esm',
    data: true,
    onDemand: true,
  },
  // Imported by URL by the bundles with `swedishByUrl` when an element is drawn in Swedish.
  {
    file: 'yhdyspinta-elements-sv.js',
    entry: 'src/elements/bundles/elementsSv.ts',
    format: 'esm',
    data: false,
    onDemand: true,
  },
];

/** The Swedish patterns' module, which only the `yhdyspinta-elements-sv.js` file may contain. */
const SWEDISH_PATTERNS = /hyphen\/patterns\/sv\.js$/;

/**
 * A classic script cannot split: where text/loadHyphenation.ts imports the Swedish patterns on demand
 * (`import('./hyphenationSv')`), its build has bundles/swedishByUrl.ts instead, which imports
 * yhdyspinta-elements-sv.js by URL.
 */
const swedishByUrl = (root) => ({
  name: 'yhdyspinta-swedish-by-url',
  setup(context) {
    context.onResolve({ filter: /\/hyphenationSv$/ }, (args) =>
      args.kind === 'dynamic-import'
        ? { path: resolve(root, 'src/elements/bundles/swedishByUrl.ts') }
        : undefined,
    );
  },
});

/**
 * src/dev/elementBundle.ts as `ELEMENT_BUNDLE = true`: the code the elements never run (warnDev's calls in a
 * production build, the item API's props an element never passes) is left out of their bundles.
 */
const elementBundleFlag = () => ({
  name: 'yhdyspinta-element-bundle-flag',
  setup(context) {
    context.onLoad({ filter: /[\\/]src[\\/]dev[\\/]elementBundle\.ts$/ }, () => ({
      contents: 'export const ELEMENT_BUNDLE = true;',
      loader: 'ts',
    }));
  },
});

/**
 * preact/compat without Suspense, SuspenseList and lazy (their option hooks for thrown promises and for
 * unmounting suspended trees, set up when the module loads, so no bundler can drop them): the charts use
 * none of them. Cut from preact's file by exact text; the build fails if that text is not found once
 * (another preact version: look at the cuts again).
 */
const compatWithoutSuspense = () => ({
  name: 'yhdyspinta-compat-without-suspense',
  setup(context) {
    context.onLoad({ filter: /preact[\\/]compat[\\/]dist[\\/]compat\.module\.js$/ }, (args) => {
      let text = readFileSync(args.path, 'utf8');
      const cut = (from, to, replacement = '') => {
        const a = text.indexOf(from);
        const b = text.indexOf(to, a);
        if (a < 0 || b < 0 || text.indexOf(from, a + 1) >= 0) {
          throw new Error(`preact/compat: "${from}" not found once; check the Suspense cuts`);
        }
        text = text.slice(0, a) + replacement + text.slice(b);
      };
      cut(',O=e.__e;e.__e=function(n,t,e,r){', 'var U=e.unmount;', ';');
      cut('var U=e.unmount;', 'function V(n,t,e)');
      cut('e.unmount=function(n){', 'function Z(n)');
      cut('(B.prototype=new n).__a=', 'var q=');
      return { contents: text, loader: 'js' };
    });
  },
});

/** Code that a strict CSP (no 'unsafe-eval') would block. */
const EVAL_PATTERN = /\beval\s*\(|\bnew\s+Function\s*\(|\bFunction\s*\(\s*["'`]/;

const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;

/** The bundle's own file and the chunks it imports statically (what a page loads with it). */
function loadedWith(outputs, file) {
  const loaded = new Set();
  const visit = (path) => {
    if (loaded.has(path) || !outputs[path]) return;
    loaded.add(path);
    for (const imported of outputs[path].imports) {
      if (imported.kind === 'import-statement' && !imported.external) visit(imported.path);
    }
  };
  visit(file);
  return loaded;
}

/** An input's group: its npm package, or its workspace package and source folder ("charts GoalBarChart"). */
function inputGroup(input) {
  const npm = /node_modules\/(?!\.pnpm\/)((?:@[^/]+\/)?[^/]+)/.exec(
    input.replace(/.*node_modules\/\.pnpm\/[^/]+\//, ''),
  );
  if (npm) return npm[1];
  const ours = /(?:^|\/)(charts|data)?\/?src\/([^/]+)/.exec(
    input.replace(/^\.\.\/data\//, 'data/'),
  );
  return ours ? `${ours[1] ?? 'charts'} ${ours[2].replace(/\.tsx?$/, '')}` : input;
}

/** Minified bytes per input group in every file of a build, largest first (the first `count`). */
function inputBreakdown(outputs, count = 16) {
  const groups = new Map();
  for (const output of Object.values(outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      groups.set(inputGroup(input), (groups.get(inputGroup(input)) ?? 0) + bytesInOutput);
    }
  }
  return [...groups].sort((a, b) => b[1] - a[1]).slice(0, count);
}

export async function buildElementBundles(root, outdir = 'dist', { inputs = false } = {}) {
  const out = resolve(root, outdir);
  rmSync(resolve(out, CHUNK_DIR), { recursive: true, force: true });
  const runtime = process.env.YHDYSPINTA_ELEMENTS_RUNTIME === 'react' ? {} : PREACT_COMPAT;
  const sizes = [];
  const options = {
    bundle: true,
    // The workspace packages' sources (their `yhdyspinta-source` export condition).
    conditions: ['yhdyspinta-source'],
    platform: 'browser',
    target: ['es2022', 'chrome111', 'firefox113', 'safari16.4'],
    jsx: 'automatic',
    // Preact's React-compatible runtime instead of React (≈ 8 kB gzip instead of ≈ 60 kB): every
    // import of react / react-dom (ours, visx's) resolves to preact/compat. The React entries keep React.
    alias: runtime,
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    charset: 'utf8',
    legalComments: 'eof',
    logLevel: 'warning',
  };
  /** The locale modules in the page bundles (their Swedish and English tables go to the packs). */
  const localeModules = new Set();
  for (const bundle of ELEMENT_BUNDLES) {
    const esm = bundle.format === 'esm';
    const result = await build({
      ...options,
      absWorkingDir: root,
      entryPoints: { [bundle.file.replace(/\.js$/, '')]: bundle.entry },
      outdir: out,
      chunkNames: `${CHUNK_DIR}/[name]-[hash]`,
      splitting: esm,
      format: bundle.format,
      metafile: true,
      plugins: [
        elementBundleFlag(),
        ...(runtime === PREACT_COMPAT ? [compatWithoutSuspense()] : []),
        ...(bundle.swedishByUrl ? [swedishByUrl(root)] : []),
        ...(bundle.onDemand ? [] : [localeTablesPlugin(root)]),
      ],
    });
    const outputs = result.metafile.outputs;
    for (const path of Object.keys(outputs).filter((file) => file.endsWith('.js'))) {
      await minifyAgain(resolve(root, path), esm);
    }
    const main = relative(root, resolve(out, bundle.file));
    const swedishIn = Object.keys(outputs[main].inputs).some((input) =>
      SWEDISH_PATTERNS.test(input),
    );
    if (swedishIn !== (bundle.file === 'yhdyspinta-elements-sv.js')) {
      throw new Error(`${bundle.file} ${swedishIn ? 'contains' : 'lacks'} the Swedish patterns`);
    }
    if (inputs) {
      const rows = inputBreakdown(outputs).map(([group, bytes]) => `  ${bytes}\t${group}`);
      console.log(`${bundle.file} (minified bytes per input, all its files):\n${rows.join('\n')}`);
    }
    if (!bundle.onDemand) {
      for (const input of Object.keys(result.metafile.inputs)) {
        if (/^src\/locale\//.test(input)) localeModules.add(resolve(root, input));
      }
    }
    const loaded = loadedWith(outputs, main);
    const files = Object.keys(outputs).filter((path) => path.endsWith('.js'));
    for (const path of files) {
      const text = readFileSync(resolve(root, path), 'utf8');
      if (EVAL_PATTERN.test(text)) throw new Error(`${path} contains eval or new Function`);
      if (text.includes('process.env')) throw new Error(`${path} still reads process.env`);
    }
    const weigh = (paths) => {
      const code = Buffer.concat(paths.map((path) => readFileSync(resolve(root, path))));
      return { bytes: code.length, gzip: code.length === 0 ? 0 : gzip(code) };
    };
    sizes.push({
      ...bundle,
      path: resolve(out, bundle.file),
      ...weigh(files.filter((path) => loaded.has(path))),
      later: weigh(files.filter((path) => !loaded.has(path))),
    });
  }
  for (const path of await buildLocalePacks(root, out, localeModules, options)) {
    await minifyAgain(path, true);
    const code = readFileSync(path);
    if (EVAL_PATTERN.test(code.toString('utf8'))) throw new Error(`${path} contains eval`);
    sizes.push({ path, bytes: code.length, gzip: gzip(code), later: { bytes: 0 } });
  }
  for (const { path, bytes, gzip: gz, later } of sizes) {
    const onDemand =
      later.bytes > 0 ? ` (+ ${(later.gzip / 1000).toFixed(1)} kB gzip on demand)` : '';
    console.log(
      `${path}: ${(bytes / 1000).toFixed(1)} kB, ${(gz / 1000).toFixed(1)} kB gzip${onDemand}`,
    );
  }
  return sizes;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: { outdir: { type: 'string', default: 'dist' }, inputs: { type: 'boolean' } },
  });
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  await buildElementBundles(root, values.outdir, { inputs: values.inputs });
}
