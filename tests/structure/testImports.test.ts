/**
 * Tests go through the public entries (`@yhdyspinta/charts`, `/core`, `/static`, `/elements`,
 * `@yhdyspinta/data`); only tests of internals reach into a package's src, and they sit in
 * tests/internals/ (tests/data/internals/ for the data package). This reads every test source outside
 * those folders and fails on a relative import of packages/charts/src or packages/data/src, naming the
 * file and line. The few files that must reach in are listed below with the reason.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const INTERNAL_SOURCES = ['packages/charts/src', 'packages/data/src'];

/** Folders whose files may import internals (or are not test sources), relative to the root. */
const SKIPPED_FOLDERS = ['tests/internals', 'tests/data/internals', 'tests/structure'];
/** Fixture folders anywhere under tests/: inputs of other tests, not test sources. */
const FIXTURE_FOLDERS = new Set(['fixtures', 'fixture', '__snapshots__']);

/** Files outside the internals folders that must import internals, with the reason. */
const ALLOWED: Record<string, string> = {
  'tests/support/devWarnings.ts':
    'resets warnDev’s once-per-page memory (dev/warnDev) so tests can count warnings; no entry exports it',
  'tests/security/errorBoundary.test.tsx':
    'mocks a11y/HiddenDataTable (drawn by every chart) to make drawing fail inside each chart',
  'tests/properties/support/chartCases.tsx':
    'type-only import of Validation (common/validation), which no entry exports',
  'tests/properties/importJson.fuzz.test.ts':
    'fuzzes the custom elements’ `src` reader (elements/responsesSource, not exported); SECURITY.md names this file for guarantee 4',
};

/** Module specifiers in import/export-from, side-effect and dynamic imports, require and vi.mock-style calls. */
const SPECIFIER =
  /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*|\bvi\.(?:mock|doMock|unmock|doUnmock|importActual|importMock)\s*\(\s*)(['"`])([^'"`\n]+)\1/g;

interface InternalImport {
  readonly line: number;
  readonly specifier: string;
}

/** The relative imports in `source` (a file at `file`, relative to the root) of a package's src. */
function internalImports(source: string, file: string): InternalImport[] {
  const found: InternalImport[] = [];
  for (const match of source.matchAll(SPECIFIER)) {
    const specifier = match[2]!;
    if (!specifier.startsWith('.')) continue;
    const target = relative(ROOT, resolve(ROOT, dirname(file), specifier))
      .split(sep)
      .join('/');
    if (!INTERNAL_SOURCES.some((src) => target === src || target.startsWith(`${src}/`))) continue;
    const line = source.slice(0, match.index).split('\n').length;
    found.push({ line, specifier });
  }
  return found;
}

/** Every *.ts / *.tsx file under tests/ outside the skipped and fixture folders, relative to the root. */
function testSources(folder = 'tests'): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(join(ROOT, folder), { withFileTypes: true })) {
    const path = `${folder}/${entry.name}`;
    if (entry.isDirectory()) {
      if (SKIPPED_FOLDERS.includes(path) || FIXTURE_FOLDERS.has(entry.name)) continue;
      if (entry.name === 'node_modules') continue;
      files.push(...testSources(path));
    } else if (/\.tsx?$/.test(entry.name)) {
      files.push(path);
    }
  }
  return files;
}

describe('tests import the packages through their entries', () => {
  it('finds relative imports of a package’s src, and only those', () => {
    const source = [
      "import { a } from '../packages/charts/src/GoalBarChart/marks';",
      'import type { B } from "../packages/data/src";',
      'import {',
      '  c,',
      "} from '../packages/charts/src/text/wrapText';",
      "vi.mock('../packages/charts/src/a11y/HiddenDataTable', () => ({}));",
      "const m = await import('../packages/data/src/responses/csv');",
      "import { d } from '@yhdyspinta/charts';",
      "import { e } from './support/goalBarLayout';",
      "import { f } from '../packages/cli/src/args';",
      "expect(shortPath('../packages/data/src/z.ts')).toBe('packages/data/src/z.ts');",
    ].join('\n');
    expect(internalImports(source, 'tests/x.test.ts')).toEqual([
      { line: 1, specifier: '../packages/charts/src/GoalBarChart/marks' },
      { line: 2, specifier: '../packages/data/src' },
      { line: 5, specifier: '../packages/charts/src/text/wrapText' },
      { line: 6, specifier: '../packages/charts/src/a11y/HiddenDataTable' },
      { line: 7, specifier: '../packages/data/src/responses/csv' },
    ]);
    // Only the resolved target counts: the same specifier from another folder points elsewhere.
    const deeper = "import { g } from '../../packages/data/src';";
    expect(internalImports(deeper, 'tests/properties/x.test.ts')).toEqual([
      { line: 1, specifier: '../../packages/data/src' },
    ]);
    expect(internalImports(deeper, 'tests/x.test.ts')).toEqual([]);
  });

  it('no test outside tests/internals imports packages/charts/src or packages/data/src by relative path', () => {
    const files = testSources();
    expect(files.length).toBeGreaterThan(50);
    expect(files).toContain('tests/GoalBarChart.compute.test.ts');
    const offending = files
      .filter((file) => !Object.hasOwn(ALLOWED, file))
      .flatMap((file) =>
        internalImports(readFileSync(join(ROOT, file), 'utf8'), file).map(
          ({ line, specifier }) => `${file}:${line} imports ${specifier}`,
        ),
      );
    expect(offending).toEqual([]);
  });

  it('every allowed file still exists, is read by the check, and still imports internals', () => {
    const files = testSources();
    const stale = Object.keys(ALLOWED).filter(
      (file) =>
        !existsSync(join(ROOT, file)) ||
        !files.includes(file) ||
        internalImports(readFileSync(join(ROOT, file), 'utf8'), file).length === 0,
    );
    expect(Object.keys(ALLOWED).length).toBeGreaterThan(0);
    expect(stale).toEqual([]);
  });
});
