// The element bundles' Swedish and English texts as files of their own (src/elements/localePacks.ts):
// a page in Finnish loads only the Finnish tables. Used by build-elements.mjs:
// - `localeTablesPlugin(root)` (the page bundles): in src/locale/*.ts, each `{ fi, sv, en }` table of a
//   module's top level becomes `localized(id, <fi>)` and `byLocale(` becomes `lazyByLocale(`;
// - `buildLocalePacks(...)`: yhdyspinta-elements-locale-<sv|en>.js, the same modules with each table
//   reduced to that locale's value, recorded by id (`VALUES`).
// The ids are the module's place in src/locale (sorted) × 1000 + the table's order in it, the same in
// both. Inline in every bundle: the texts an element draws while a pack loads (INLINE).
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { build } from 'esbuild';
import ts from 'typescript';

/** The locales loaded on demand (Finnish, the default, is inline). */
export const PACK_LOCALES = ['sv', 'en'];

/** The element states' texts (loading, errors), drawn in the element's locale while its pack loads. */
const INLINE = new Set(['elements.ts']);

const LOCALE_FILE = /[\\/]src[\\/]locale[\\/][^\\/]+\.ts$/;
const REGISTRY = 'yhdyspinta-locale-pack-registry';

const isTable = (node) =>
  ts.isObjectLiteralExpression(node) &&
  node.properties.length === 3 &&
  node.properties.every(ts.isPropertyAssignment) &&
  ['fi', 'sv', 'en'].every((locale) =>
    node.properties.some(
      (p) => (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) && p.name.text === locale,
    ),
  );

const valueOf = (table, locale) => table.properties.find((p) => p.name.text === locale).initializer;

/** `text` with `edits` ([start, end, replacement], not overlapping) applied. */
function applyEdits(text, edits) {
  let out = text;
  for (const [start, end, replacement] of edits.sort((a, b) => b[0] - a[0])) {
    out = out.slice(0, start) + replacement + out.slice(end);
  }
  return out;
}

/**
 * The module at `path` rewritten for `mode`: 'main' (Finnish inline, the rest through localized) or a
 * pack's locale. Throws where a table is not at the top level or holds another table or a byLocale call
 * (its id would not be evaluated once, at load).
 */
function rewrite(path, text, fileIndex, mode) {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const edits = [];
  let count = 0;
  const visit = (node, inFunction) => {
    if (isTable(node)) {
      if (inFunction) throw new Error(`${path}: a { fi, sv, en } table inside a function`);
      node.properties.forEach((p) =>
        p.initializer.forEachChild(function check(child) {
          if (
            isTable(child) ||
            (ts.isCallExpression(child) && child.expression.getText() === 'byLocale')
          ) {
            throw new Error(`${path}: a table or byLocale inside a { fi, sv, en } table`);
          }
          child.forEachChild(check);
        }),
      );
      const id = fileIndex * 1000 + count++;
      const value = valueOf(node, mode === 'main' ? 'fi' : mode).getText(source);
      const replacement =
        mode === 'main'
          ? `/* @__PURE__ */ __localized(${id}, ${value})`
          : `{ ${mode}: __put(${id}, ${value}) }`;
      edits.push([node.getStart(source), node.end, replacement]);
      return;
    }
    if (
      mode === 'main' &&
      ts.isCallExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'byLocale'
    ) {
      edits.push([node.expression.getStart(source), node.expression.end, '__lazyByLocale']);
    }
    node.forEachChild((child) => visit(child, inFunction || ts.isFunctionLike(node)));
  };
  visit(source, false);
  const runtime = resolve(path, '../../elements/localePacks.ts');
  const header =
    mode === 'main'
      ? `import { localized as __localized, lazyByLocale as __lazyByLocale, setLocalePackVersion as __localePackVersion } from ${JSON.stringify(runtime)};\n`
      : `import { put as __put } from ${JSON.stringify(REGISTRY)};\n`;
  const body = applyEdits(text, edits);
  // In a pack every table must be evaluated (and recorded), used or not: no call is left as droppable.
  return header + (mode === 'main' ? body : body.replaceAll('/* @__PURE__ */', ''));
}

/** src/locale's modules, sorted: a module's place gives its tables' ids. */
function localeFiles(root) {
  return readdirSync(resolve(root, 'src/locale'))
    .filter((file) => file.endsWith('.ts'))
    .sort();
}

/**
 * The tables' version: a hash of src/locale. A bundle loads its packs with it (`?v=`, past caches) and
 * refuses a pack of another version (another build's ids would give other texts).
 */
function tablesVersion(root) {
  const hash = createHash('sha256');
  for (const file of localeFiles(root))
    hash.update(`${file}\n${readFileSync(resolve(root, 'src/locale', file), 'utf8')}\n`);
  return hash.digest('hex').slice(0, 12);
}

function loadRewritten(root, mode) {
  const files = localeFiles(root);
  const version = tablesVersion(root);
  return (args) => {
    const name = basename(args.path);
    if (INLINE.has(name)) return undefined;
    const text = readFileSync(args.path, 'utf8');
    const contents = rewrite(args.path, text, files.indexOf(name), mode);
    // The page bundles say which packs fit them.
    const stamp = mode === 'main' ? `__localePackVersion(${JSON.stringify(version)});\n` : '';
    return { contents: stamp + contents, loader: 'ts' };
  };
}

/** The page bundles' plugin: their locale modules with only the Finnish tables inline. */
export const localeTablesPlugin = (root) => ({
  name: 'yhdyspinta-locale-tables',
  setup(context) {
    context.onLoad({ filter: LOCALE_FILE }, loadRewritten(root, 'main'));
  },
});

/**
 * Builds yhdyspinta-elements-locale-<locale>.js into `out` for each pack locale: the locale modules of
 * `used` (absolute paths: those the page bundles have) with that locale's tables. `options`: the page
 * bundles' esbuild options (target, conditions, minify …). Returns the files' paths.
 */
export async function buildLocalePacks(root, out, used, options) {
  const modules = [...used].filter((path) => !INLINE.has(basename(path))).sort();
  const paths = [];
  for (const locale of PACK_LOCALES) {
    const file = `yhdyspinta-elements-locale-${locale}.js`;
    // Each module's namespace is used, so none is dropped (their package says they have no side effects).
    const imports = modules.map((path, i) => `import * as m${i} from ${JSON.stringify(path)};`);
    const entry = [
      ...imports,
      `export const MODULES = [${modules.map((_, i) => `m${i}`).join(', ')}];`,
      `export { VALUES } from ${JSON.stringify(REGISTRY)};`,
      `export const VERSION = ${JSON.stringify(tablesVersion(root))};`,
    ].join('\n');
    await build({
      ...options,
      absWorkingDir: root,
      stdin: { contents: entry, resolveDir: root, loader: 'js', sourcefile: `locale-${locale}` },
      outfile: resolve(out, file),
      format: 'esm',
      plugins: [
        {
          name: 'yhdyspinta-locale-pack',
          setup(context) {
            context.onResolve({ filter: new RegExp(`^${REGISTRY}$`) }, () => ({
              path: REGISTRY,
              namespace: REGISTRY,
            }));
            context.onLoad({ filter: /.*/, namespace: REGISTRY }, () => ({
              contents:
                'export const VALUES = new Map();\nexport const put = (id, value) => (VALUES.set(id, value), value);\n',
              loader: 'js',
            }));
            context.onLoad({ filter: LOCALE_FILE }, loadRewritten(root, locale));
          },
        },
      ],
    });
    paths.push(resolve(out, file));
  }
  return paths;
}
