// embedFont (issue 14): the SVG carries Noto Sans as @font-face data URLs of the weights it uses, by
// default a subset with only the glyphs of its text, for pages and viewers without the font. Off by
// default (no CSS at all).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parse } from 'opentype.js';
import { describe, expect, it } from 'vitest';
import { renderToSvg } from '@yhdyspinta/charts/static';
import { parseSvg } from './support';

const fontsDir = join(
  dirname(createRequire(import.meta.url).resolve('@yhdyspinta/charts/fonts.css')),
  'fonts',
);
const faces = (svg: string) =>
  [...svg.matchAll(/@font-face\{([^}]*)\}/g)].map((m) => ({
    weight: /font-weight:(\d+)/.exec(m[1] ?? '')?.[1],
    data: /base64,([A-Za-z0-9+/=]+)/.exec(m[1] ?? '')?.[1] ?? '',
  }));

describe('embedFont', () => {
  it('is off by default: no CSS in the file', () => {
    expect(renderToSvg({ chart: 'goal-bars' }, { preset: 'slide-16x9' })).not.toContain('<style');
  });

  it('embeds a subset of the package’s Noto Sans with every glyph of the text, weights as used', () => {
    const svg = renderToSvg({ chart: 'goal-bars' }, { preset: 'slide-16x9', embedFont: true });
    parseSvg(svg);
    const found = faces(svg);
    expect(found.map((f) => f.weight)).toEqual(['400', '700']);
    const regular = readFileSync(join(fontsDir, 'NotoSans-Regular.ttf'));
    const whole = parse(
      regular.buffer.slice(regular.byteOffset, regular.byteOffset + regular.length),
    );
    const bytes = Buffer.from(found[0]?.data ?? '', 'base64');
    // A few kB instead of the whole file, and a font with the glyphs the drawing's text needs.
    expect(bytes.length).toBeLessThan(regular.length / 20);
    const subset = parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
    for (const character of ['S', 'ö', 'ä', '2', ',', '7', '–']) {
      const glyph = subset.charToGlyph(character);
      expect(glyph.index, character).toBeGreaterThan(0);
      expect(glyph.advanceWidth).toBe(whole.charToGlyph(character).advanceWidth);
    }
    // A character the chart does not draw is not in it.
    expect(subset.charToGlyph('Ж').index).toBe(0);
    // Right after the document's title and description, before the drawing.
    expect(svg).toMatch(/<\/desc><defs><style>@font-face/);
  });

  it('embeds the whole files with subset: false', () => {
    const regular = new Uint8Array(readFileSync(join(fontsDir, 'NotoSans-Regular.ttf')));
    const bold = new Uint8Array(readFileSync(join(fontsDir, 'NotoSans-Bold.ttf')));
    const svg = renderToSvg(
      { chart: 'coverage' },
      { width: 640, embedFont: { regular, bold, subset: false } },
    );
    expect(Buffer.from(faces(svg)[0]?.data ?? '', 'base64').equals(Buffer.from(regular))).toBe(
      true,
    );
  });

  it('takes the font bytes from the caller', () => {
    const svg = renderToSvg(
      { chart: 'coverage' },
      {
        width: 640,
        embedFont: { regular: new Uint8Array([1, 2, 3]), bold: new Uint8Array([4]), subset: false },
      },
    );
    expect(faces(svg)[0]).toEqual({ weight: '400', data: 'AQID' });
  });
});
