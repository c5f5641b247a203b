/** The part of opentype.js 2.0 (it ships no types) that fontSubset.ts uses. */
declare module 'opentype.js' {
  export interface PathLike {
    readonly commands: readonly unknown[];
  }
  export class Glyph {
    constructor(options: {
      name?: string;
      unicode?: number;
      unicodes?: number[];
      advanceWidth?: number;
      path: PathLike;
    });
    readonly index: number;
    readonly name: string | null;
    readonly unicode: number | undefined;
    readonly unicodes: number[];
    readonly advanceWidth: number;
    readonly path: PathLike;
  }
  export class Font {
    constructor(options: {
      familyName: string;
      styleName: string;
      unitsPerEm: number;
      ascender: number;
      descender: number;
      glyphs: Glyph[];
    });
    readonly unitsPerEm: number;
    readonly ascender: number;
    readonly descender: number;
    readonly names: unknown;
    readonly glyphs: { get(index: number): Glyph };
    charToGlyph(character: string): Glyph;
    toArrayBuffer(): ArrayBuffer;
  }
  export function parse(buffer: ArrayBuffer): Font;
}
