// The bench's weighing of the custom elements' browser bundles (bench/src/elementBundles.ts) on a
// made-up dist/: what loads with the file, what every chart adds, what stays on demand.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dynamicImports, measureShippedFile, staticImports } from '../../bench/src/elementBundles';

const FILES: Record<string, string> = {
  'entry.js':
    'import{a}from"./elements-chunks/shared-1.js";import"./elements-chunks/side-2.js";' +
    'const c=()=>import("./elements-chunks/chart-3.js");const s=()=>import("./elements-chunks/hyphenationSv-4.js");',
  'elements-chunks/shared-1.js': 'export const a=1;'.repeat(20),
  'elements-chunks/side-2.js': 'globalThis.x=2;',
  'elements-chunks/chart-3.js':
    'import{a}from"./shared-1.js";import{b}from"./chart-dep-5.js";export const chart=a+b;',
  'elements-chunks/chart-dep-5.js': 'export const b=5;'.repeat(30),
  'elements-chunks/hyphenationSv-4.js': 'export const patterns="abc";'.repeat(50),
  'elements-chunks/other-bundle-6.js': 'export const unrelated=6;'.repeat(40),
};

let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'yhdyspinta-bench-elements-'));
  mkdirSync(join(root, 'dist/elements-chunks'), { recursive: true });
  for (const [path, text] of Object.entries(FILES)) writeFileSync(join(root, 'dist', path), text);
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

const gzipOf = (paths: readonly string[]) =>
  gzipSync(Buffer.concat(paths.map((p) => Buffer.from(FILES[p] ?? ''))), { level: 9 }).byteLength;

describe('the imports of a minified module', () => {
  it('tells static imports from dynamic ones', () => {
    const entry = FILES['entry.js'] ?? '';
    expect(staticImports(entry)).toEqual([
      './elements-chunks/shared-1.js',
      './elements-chunks/side-2.js',
    ]);
    expect(dynamicImports(entry)).toEqual([
      './elements-chunks/chart-3.js',
      './elements-chunks/hyphenationSv-4.js',
    ]);
  });
});

describe('measureShippedFile', () => {
  it('weighs the file with its static imports; its on-demand chunks apart (not other bundles’)', () => {
    const loaded = ['entry.js', 'elements-chunks/shared-1.js', 'elements-chunks/side-2.js'];
    const size = measureShippedFile(root, 'entry.js');
    expect(size.gzip).toBe(gzipOf(loaded));
    expect(Object.keys(size.breakdown)).toEqual(loaded);
    const later = [
      'elements-chunks/chart-3.js',
      'elements-chunks/chart-dep-5.js',
      'elements-chunks/hyphenationSv-4.js',
    ];
    expect(size.onDemand.minified).toBe(later.reduce((n, p) => n + (FILES[p] ?? '').length, 0));
  });

  it('with every chart: the on-demand chunks and theirs too, but not the Swedish patterns', () => {
    const size = measureShippedFile(root, 'entry.js', true);
    expect(Object.keys(size.breakdown)).toEqual([
      'entry.js',
      'elements-chunks/shared-1.js',
      'elements-chunks/side-2.js',
      'elements-chunks/chart-3.js',
      'elements-chunks/chart-dep-5.js',
    ]);
    expect(size.gzip).toBe(gzipOf(Object.keys(size.breakdown)));
  });
});
