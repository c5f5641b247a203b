// Builds a package's src/ into dist/ one module per source file (ESM, dependencies external), keeping
// the folder structure and making every relative import fully specified ('./types' → './types.js',
// './dir' → './dir/index.js'). One module per file, not one bundle: an app's bundler then drops every
// module the app does not use (the packages declare "sideEffects"), whereas in a bundled chunk the
// top-level calls of unused components (defineChart(…), memo(…)) would keep them all. JSON imported by
// a module is inlined into it.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { build } from 'esbuild';

const SOURCE = /\.(ts|tsx)$/;

/** Every source module under `dir` (not declaration files, not tests). */
function sourceFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && SOURCE.test(e.name) && !e.name.endsWith('.d.ts'))
    .map((e) => join(e.parentPath, e.name));
}

const isFile = (path) => existsSync(path) && statSync(path).isFile();

/** The source file a relative specifier of `importer` names, or undefined. */
function sourceOf(specifier, importer) {
  const base = resolve(dirname(importer), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`]) {
    if (isFile(candidate) && SOURCE.test(candidate)) return candidate;
  }
  for (const candidate of [join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (isFile(candidate)) return candidate;
  }
  return undefined;
}

/** A relative import of another source module: external, fully specified as its built file. */
const fullySpecified = {
  name: 'fully-specified-modules',
  setup(b) {
    b.onResolve({ filter: /^\.\.?(\/|$)/ }, (args) => {
      if (args.kind === 'entry-point') return undefined;
      const target = sourceOf(args.path, args.importer);
      if (!target) return undefined; // JSON and other assets: bundled into the importer.
      let path = relative(dirname(args.importer), target).replace(SOURCE, '.js');
      if (!path.startsWith('.')) path = `./${path}`;
      return { path, external: true };
    });
  },
};

/** Builds `<root>/src` into `<root>/dist`, one ES module per source file. */
export async function buildModules(root, options = {}) {
  const src = resolve(root, 'src');
  await build({
    absWorkingDir: root,
    entryPoints: sourceFiles(src),
    outbase: 'src',
    outdir: 'dist',
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    jsx: 'automatic',
    packages: 'external',
    charset: 'utf8',
    logLevel: 'warning',
    plugins: [fullySpecified],
    ...options,
  });
}
