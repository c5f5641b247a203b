// The local rule boundaries/no-type-import-cycle (see typeCycleRule), tested in
// tests/structure/lintBoundaries.test.ts.
import { readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import ts from 'typescript';

/**
 * Import cycles through type-only imports. import-x/no-cycle skips every `import type` (a type-only
 * edge never runs), but a cycle of types is still two modules that cannot be read or moved apart (the
 * layout types of GoalBarChart's compute ↔ build ↔ stack were one). This rule takes the edges
 * import-x/no-cycle skips: it reports a type-only import (or type re-export) whose module leads back,
 * through any imports, to the importing file. Relative imports only; a cycle between packages runs
 * through their entries and is import-x/no-cycle's.
 */
export const typeCycleRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Forbid type-only imports that close an import cycle.' },
    schema: [],
    messages: { cycle: 'Import cycle through a type-only import: {{route}}.' },
  },
  create(context) {
    const file = context.physicalFilename;
    const check = (node) => {
      const typeOnly =
        node.importKind === 'type' ||
        node.exportKind === 'type' ||
        (node.type === 'ImportDeclaration' &&
          node.specifiers.length > 0 &&
          node.specifiers.every((s) => s.importKind === 'type')) ||
        (node.type === 'ExportNamedDeclaration' &&
          node.specifiers.length > 0 &&
          node.specifiers.every((s) => s.exportKind === 'type'));
      if (!typeOnly || !node.source) return;
      const target = resolveRelative(file, node.source.value);
      if (!target) return;
      const route = pathBack(target, file);
      if (route) {
        const names = [file, ...route].map((f) => relative(dirname(file), f));
        context.report({ node, messageId: 'cycle', data: { route: names.join(' → ') } });
      }
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check };
  },
};

const SOURCE_EXTENSIONS = ['.ts', '.tsx', '/index.ts', '/index.tsx'];

/** The file a relative specifier names (TypeScript sources), or null. */
function resolveRelative(from, specifier) {
  if (!specifier.startsWith('.')) return null;
  const base = resolve(dirname(from), specifier);
  for (const candidate of [base, ...SOURCE_EXTENSIONS.map((ext) => base + ext)]) {
    if (/\.tsx?$/.test(candidate) && isFile(candidate)) return candidate;
  }
  return null;
}

function isFile(path) {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Each file's relative imports (type or value), re-read when the file changes. */
const importsCache = new Map();
function importsOf(file) {
  let mtime;
  try {
    mtime = statSync(file).mtimeMs;
  } catch {
    return [];
  }
  const cached = importsCache.get(file);
  if (cached && cached.mtime === mtime) return cached.imports;
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  const imports = importedFiles
    .map((imported) => resolveRelative(file, imported.fileName))
    .filter((path) => path !== null);
  importsCache.set(file, { mtime, imports });
  return imports;
}

/** The shortest import route from `start` to `goal` (both included), or null. */
function pathBack(start, goal) {
  const previous = new Map([[start, null]]);
  const queue = [start];
  while (queue.length > 0) {
    const current = queue.shift();
    if (current === goal) {
      const route = [];
      for (let at = current; at !== null; at = previous.get(at)) route.unshift(at);
      return route;
    }
    for (const next of importsOf(current)) {
      if (!previous.has(next)) {
        previous.set(next, current);
        queue.push(next);
      }
    }
  }
  return null;
}
