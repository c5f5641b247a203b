// Builds dist/ for publishing:
// - one ESM module per source file (scripts/build-modules.mjs: relative imports fully specified,
//   dependencies such as react, d3, @visx/*, @yhdyspinta/data external), so an app's bundler drops the
//   modules it does not use; the entries of `exports` (their default condition) are src/<entry> built in place;
// - the .d.ts files (tsc --emitDeclarationOnly, tsconfig.build.json; @yhdyspinta/data's types come from
//   its dist/, which is built first when missing or older than its sources), their relative imports
//   then made fully specified ('./types' → './types.js') for node16/nodenext users
//   (scripts/fix-dts-specifiers.mjs at the repository root);
// - the browser bundles with React included (scripts/build-elements.mjs).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildModules } from '../../../scripts/build-modules.mjs';
import { fixDtsSpecifiersOrExit } from '../../../scripts/fix-dts-specifiers.mjs';
import { buildElementBundles } from './build-elements.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

function run(args, cwd) {
  const result = spawnSync(process.execPath, args, { cwd, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/**
 * `./dist/static/index.js` → `src/static/index.ts(x)`, for every JavaScript export (its default
 * condition; the yhdyspinta-source condition names the source). Plain file exports (./fonts.css) are
 * shipped as they are.
 */
function libraryEntries() {
  const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
  const entries = {};
  for (const [subpath, target] of Object.entries(pkg.exports)) {
    if (typeof target === 'string') continue;
    const out = target.default.replace(/^\.\/dist\//, '').replace(/\.js$/, '');
    const source = ['ts', 'tsx']
      .map((ext) => `src/${out}.${ext}`)
      .find((file) => existsSync(resolve(root, file)));
    if (!source) throw new Error(`No source for export "${subpath}" (expected src/${out}.ts)`);
    entries[out] = source;
  }
  return entries;
}

/** True when @yhdyspinta/data's dist/ is missing or older than any of its sources. */
function dataBuildStale(dataDir) {
  const types = resolve(dataDir, 'dist/index.d.ts');
  if (!existsSync(types)) return true;
  const built = statSync(types).mtimeMs;
  const sources = readdirSync(resolve(dataDir, 'src'), { recursive: true, withFileTypes: true });
  return sources.some(
    (entry) => entry.isFile() && statSync(join(entry.parentPath, entry.name)).mtimeMs > built,
  );
}

const dataDir = resolve(root, '../data');
if (dataBuildStale(dataDir)) run(['scripts/build.mjs'], dataDir);

rmSync(resolve(root, 'dist'), { recursive: true, force: true });

// One module per source file (scripts/build-modules.mjs), so an app's bundler keeps only the charts it
// imports; the entries of `exports` are among them (checked below).
await buildModules(root);
for (const out of Object.keys(libraryEntries())) {
  if (!existsSync(resolve(root, 'dist', `${out}.js`)))
    throw new Error(`dist/${out}.js was not built`);
}

// The React entries are client modules for frameworks with React Server Components (Next.js): a server
// component may import and render them (server rendering stays complete), and they hydrate in the
// browser. The static renderer (./static) is server code and gets no directive.
for (const file of ['index.js', 'core.js', 'elements/index.js', 'elements/register.js']) {
  const path = resolve(root, 'dist', file);
  writeFileSync(path, `'use client';\n${readFileSync(path, 'utf8')}`);
}

run([require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], root);
fixDtsSpecifiersOrExit(resolve(root, 'dist'));

await buildElementBundles(root);
