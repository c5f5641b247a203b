// Makes the relative module specifiers of emitted declaration files fully specified, so the types
// resolve under `moduleResolution: node16`/`nodenext` as well as `bundler` (issue 14). tsc copies the
// sources' extensionless imports (`from './types'`, `import('..')`) into the .d.ts files; node16 cannot
// resolve those (TS2834, or silently `any` with skipLibCheck). This rewrites, in every dist/**/*.d.ts:
// `import … from`, `export … from`, `import '…'`, type-level `import('…')` and `declare module '…'`:
//   './x'   → './x.js'        when x.d.ts exists
//   './dir' → './dir/index.js' when dir/index.d.ts exists (also '.' and '..')
// Package specifiers ('react', '@yhdyspinta/data') stay as they are; a relative specifier that
// resolves to no declaration file fails with the file, line and specifier.
//
// Used by packages/data/scripts/build.mjs and packages/charts/scripts/build.mjs after tsc; also runs as
// `node scripts/fix-dts-specifiers.mjs <dist folder>…`.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/** Declaration extension → the runtime extension a fully specified import names. */
const DECLARATION_EXTENSIONS = [
  ['.d.ts', '.js'],
  ['.d.mts', '.mjs'],
  ['.d.cts', '.cjs'],
];

const isRelative = (specifier) =>
  specifier === '.' || specifier === '..' || /^\.\.?\//.test(specifier);

const isFile = (path) => existsSync(path) && statSync(path).isFile();

/**
 * The fully specified form of a relative specifier of a declaration file in `fromDir`, or undefined
 * when it resolves to no declaration file.
 */
export function fullySpecified(specifier, fromDir) {
  const base = specifier.replace(/\/+$/, '');
  const target = resolve(fromDir, base);
  // Already fully specified: './x.js' with x.d.ts beside it.
  for (const [declaration, runtime] of DECLARATION_EXTENSIONS) {
    if (base.endsWith(runtime) && isFile(target.slice(0, -runtime.length) + declaration)) {
      return specifier;
    }
  }
  if (specifier === base) {
    for (const [declaration, runtime] of DECLARATION_EXTENSIONS) {
      if (isFile(target + declaration)) return base + runtime;
    }
  }
  for (const [declaration, runtime] of DECLARATION_EXTENSIONS) {
    if (isFile(join(target, `index${declaration}`))) return `${base}/index${runtime}`;
  }
  return undefined;
}

/** The string literals of a declaration file that are module specifiers. */
function moduleSpecifiers(sourceFile) {
  const found = [];
  const visit = (node) => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      found.push(node.moduleSpecifier);
    } else if (ts.isImportEqualsDeclaration(node)) {
      const reference = node.moduleReference;
      if (ts.isExternalModuleReference(reference) && ts.isStringLiteral(reference.expression)) {
        found.push(reference.expression);
      }
    } else if (ts.isModuleDeclaration(node) && ts.isStringLiteral(node.name)) {
      found.push(node.name);
    } else if (
      ts.isImportTypeNode(node) &&
      ts.isLiteralTypeNode(node.argument) &&
      ts.isStringLiteral(node.argument.literal)
    ) {
      found.push(node.argument.literal);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      found.push(node.arguments[0]);
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

/**
 * Rewrites one declaration file's text; returns the new text, the number of rewritten specifiers and
 * those that resolve to nothing ({ file, line, specifier }).
 */
export function fixDeclarationText(text, file) {
  const sourceFile = ts.createSourceFile(
    file,
    text,
    ts.ScriptTarget.Latest,
    false,
    ts.ScriptKind.TS,
  );
  const edits = [];
  const unresolved = [];
  for (const literal of moduleSpecifiers(sourceFile)) {
    const specifier = literal.text;
    if (!isRelative(specifier)) continue;
    const fixed = fullySpecified(specifier, dirname(file));
    if (fixed === undefined) {
      const { line } = sourceFile.getLineAndCharacterOfPosition(literal.getStart(sourceFile));
      unresolved.push({ file, line: line + 1, specifier });
    } else if (fixed !== specifier) {
      // Keep the literal's own quote character.
      const start = literal.getStart(sourceFile);
      const quote = text[start];
      edits.push({ start, end: literal.end, text: `${quote}${fixed}${quote}` });
    }
  }
  let out = text;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  }
  return { text: out, unresolved, changed: edits.length };
}

function declarationFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.d\.[mc]?ts$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => !path.split(/[\\/]/).includes('node_modules'))
    .sort();
}

/**
 * Rewrites every declaration file under `distDir` in place. Throws (before writing anything) when a
 * relative specifier resolves to no declaration file. Returns the counts for a log line.
 */
export function fixDtsSpecifiers(distDir) {
  const root = resolve(distDir);
  const results = declarationFiles(root).map((file) => ({
    file,
    ...fixDeclarationText(readFileSync(file, 'utf8'), file),
  }));
  const unresolved = results.flatMap((result) => result.unresolved);
  if (unresolved.length > 0) {
    throw new Error(
      `fix-dts-specifiers: ${unresolved.length} relative import(s) in the declaration files of ` +
        `${relative(process.cwd(), root) || '.'} resolve to no .d.ts file:\n` +
        unresolved
          .map(
            ({ file, line, specifier }) =>
              `  ${relative(process.cwd(), file)}:${line}: '${specifier}'`,
          )
          .join('\n'),
    );
  }
  let specifiers = 0;
  for (const result of results) {
    if (result.changed === 0) continue;
    writeFileSync(result.file, result.text);
    specifiers += result.changed;
  }
  return { files: results.length, specifiers };
}

/** For build scripts: fixDtsSpecifiers, or the message on stderr and exit code 1 (no stack trace). */
export function fixDtsSpecifiersOrExit(distDir) {
  try {
    return fixDtsSpecifiers(distDir);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dirs = process.argv.slice(2);
  if (dirs.length === 0) {
    console.error('Usage: node scripts/fix-dts-specifiers.mjs <dist folder>…');
    process.exit(2);
  }
  for (const dir of dirs) {
    const { files, specifiers } = fixDtsSpecifiersOrExit(dir);
    console.log(
      `${dir}: ${specifiers} specifier(s) made fully specified in ${files} .d.ts file(s)`,
    );
  }
}
