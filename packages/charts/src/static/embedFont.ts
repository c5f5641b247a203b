/**
 * `embedFont`: the SVG carries Noto Sans itself, as @font-face rules with the fonts as data URLs, so a
 * page or viewer without the font wraps and draws the text as the chart measured it. By default a subset
 * with only the glyphs of the drawing's text (fontSubset.ts: a few kB a weight instead of about 840 kB of
 * base64), and only the weights the drawing uses. It is CSS, which office renderers ignore (they use the
 * system's Noto Sans): for web pages and viewers.
 */
import { subsetFont, textCharacters } from './fontSubset';
import { RenderError } from './RenderError';

/** The font files to embed: TrueType bytes of Noto Sans 400 and 700. */
export interface EmbeddedFonts {
  readonly regular: Uint8Array;
  readonly bold: Uint8Array;
  /** Embed only the glyphs the drawing uses (default true); false embeds the files whole. */
  readonly subset?: boolean;
}

interface FsModule {
  readonly readFileSync: (path: URL) => Uint8Array;
}

/** The package's own font files (fonts/, beside src/ and dist/), read in Node. */
function packageFonts(): EmbeddedFonts {
  try {
    // Without a static import of node:fs, so bundling this entry for a browser stays possible.
    const { process } = globalThis as {
      process?: { getBuiltinModule?: (id: string) => FsModule | undefined };
    };
    const fs = process?.getBuiltinModule?.('node:fs');
    if (!fs) throw new Error('node:fs is not available');
    return {
      regular: fs.readFileSync(new URL('../../fonts/NotoSans-Regular.ttf', import.meta.url)),
      bold: fs.readFileSync(new URL('../../fonts/NotoSans-Bold.ttf', import.meta.url)),
    };
  } catch (error) {
    throw new RenderError(
      'font-unavailable',
      `embedFont: the package's Noto Sans files could not be read (${error instanceof Error ? error.message : String(error)}); pass them as embedFont: { regular, bold }.`,
    );
  }
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

const face = (weight: number, bytes: Uint8Array, subset: boolean) =>
  subset
    ? `@font-face{font-family:'Noto Sans';font-style:normal;font-weight:${weight};src:url(data:font/otf;base64,${base64(bytes)}) format('opentype')}`
    : `@font-face{font-family:'Noto Sans';font-style:normal;font-weight:${weight};src:url(data:font/ttf;base64,${base64(bytes)}) format('truetype')}`;

/** The <defs><style> with the @font-face rules of the weights `svg` uses (400, and 700 if bold is used). */
export function fontFaceDefs(svg: string, fonts: true | EmbeddedFonts): string {
  const files = fonts === true ? packageFonts() : fonts;
  const subset = fonts === true || files.subset !== false;
  const characters = subset ? textCharacters(svg) : [];
  const bytes = (file: Uint8Array) => (subset ? subsetFont(file, characters) : file);
  const bold = /\sfont-weight="(700|bold)"/.test(svg);
  const rules = [
    face(400, bytes(files.regular), subset),
    ...(bold ? [face(700, bytes(files.bold), subset)] : []),
  ];
  return `<defs><style>${rules.join('')}</style></defs>`;
}

/** `svg` (a document of toSvgDocument) with the font faces inserted after its <title> and <desc>. */
export function withEmbeddedFont(svg: string, fonts: true | EmbeddedFonts): string {
  const defs = fontFaceDefs(svg, fonts);
  // The document's <title> is the root's first child, its <desc> (if any) right after it.
  let at = svg.indexOf('</title>') + '</title>'.length;
  if (svg.startsWith('<desc', at)) at = svg.indexOf('</desc>', at) + '</desc>'.length;
  return `${svg.slice(0, at)}${defs}${svg.slice(at)}`;
}
