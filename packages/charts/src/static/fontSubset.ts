/**
 * A subset of a font with only the glyphs a drawing uses (opentype.js: parse, pick the glyphs of the
 * characters, write an OpenType font). Noto Sans is about 620 kB a weight; a chart's subset is a few kB.
 * Kerning and ligature tables are not kept: the charts measure text without them.
 */
import * as opentypeModule from 'opentype.js';

// opentype.js 2.0 publishes ES module named exports (its `module` file, which bundlers take) and, as
// `main`, a script whose only export in Node is the default object: take whichever this runtime gave.
const opentype = (opentypeModule as { default?: typeof opentypeModule }).default ?? opentypeModule;
const { Font, Glyph, parse } = opentype;
type Glyph = InstanceType<typeof Glyph>;

/** The characters of an SVG document's text: tags removed, entities decoded. */
export function textCharacters(svg: string): string[] {
  const text = svg
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
  return [...new Set(text)];
}

/** `bytes` (a TrueType/OpenType font) cut down to the glyphs of `characters` (and .notdef). */
export function subsetFont(bytes: Uint8Array, characters: readonly string[]): Uint8Array {
  const font = parse(new Uint8Array(bytes).buffer);
  const picked = new Map<number, Glyph>();
  const notdef = font.glyphs.get(0);
  picked.set(0, notdef);
  for (const character of characters) {
    const glyph = font.charToGlyph(character);
    if (glyph.index !== 0) picked.set(glyph.index, glyph);
  }
  const glyphs = [...picked.values()].map(
    (glyph) =>
      new Glyph({
        name: glyph.name ?? undefined,
        unicode: glyph.unicode,
        unicodes: glyph.unicodes,
        advanceWidth: glyph.advanceWidth,
        path: glyph.path,
      }),
  );
  const names = font.names as { fontFamily?: { en?: string }; fontSubfamily?: { en?: string } };
  const subset = new Font({
    familyName: names.fontFamily?.en ?? 'Noto Sans',
    styleName: names.fontSubfamily?.en ?? 'Regular',
    unitsPerEm: font.unitsPerEm,
    ascender: font.ascender,
    descender: font.descender,
    glyphs,
  });
  return new Uint8Array(subset.toArrayBuffer());
}
