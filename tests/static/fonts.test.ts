// @yhdyspinta/charts/fonts.css (issue 14): @font-face for Noto Sans 400 and 700 from font files the
// package ships (listed in its `files`), so pages wrap text as the static SVGs and PNGs do.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const cssPath = require.resolve('@yhdyspinta/charts/fonts.css');
const packageDir = dirname(cssPath);
const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
  files: string[];
  exports: Record<string, unknown>;
};
const css = readFileSync(cssPath, 'utf8');
const faces = [...css.matchAll(/@font-face\s*\{([^}]*)\}/g)].map((m) => m[1] ?? '');

describe('@yhdyspinta/charts/fonts.css', () => {
  it('is exported and shipped with its font files', () => {
    expect(manifest.exports['./fonts.css']).toBe('./fonts.css');
    expect(manifest.files).toEqual(expect.arrayContaining(['fonts.css', 'fonts']));
    expect(existsSync(join(packageDir, 'fonts', 'OFL.txt'))).toBe(true);
  });

  it('declares Noto Sans 400 and 700, each from a TrueType file in the package', () => {
    expect(faces).toHaveLength(2);
    const weights = faces.map((face) => /font-weight:\s*(\d+)/.exec(face)?.[1]);
    expect(weights).toEqual(['400', '700']);
    for (const face of faces) {
      expect(face).toMatch(/font-family:\s*'Noto Sans'/);
      const url = /url\('\.\/([^']+)'\)/.exec(face)?.[1] ?? '';
      expect(url).toMatch(/^fonts\/NotoSans-(Regular|Bold)\.ttf$/);
      const font = readFileSync(join(packageDir, url));
      // An sfnt with TrueType outlines starts with version 1.0.
      expect(font.readUInt32BE(0)).toBe(0x00010000);
    }
  });
});
