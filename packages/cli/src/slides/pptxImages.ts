/**
 * PNG fallbacks of the SVG pictures. pptxgenjs writes an SVG picture as the SVG plus a PNG for
 * applications without SVG support, but in Node it cannot draw that PNG and writes a placeholder; this
 * draws each fallback from its SVG with resvg (the CLI's PNG renderer) and puts it in the file.
 * The zip is read with JSZip, the zip library pptxgenjs itself depends on (resolved from pptxgenjs).
 */
import { createRequire } from 'node:module';
import { svgToPng } from '../png';
import type { ChartSlide } from './chartSlide';

interface ZipFile {
  async(type: 'string'): Promise<string>;
}
interface Zip {
  file(path: string): ZipFile | null;
  file(path: string, data: Uint8Array): Zip;
  filter(predicate: (path: string) => boolean): ZipFile[];
  files: Record<string, unknown>;
  generateAsync(options: {
    type: 'nodebuffer';
    compression: 'DEFLATE';
    compressionOptions: { level: number };
  }): Promise<Buffer>;
}
interface JSZipStatic {
  loadAsync(data: Uint8Array): Promise<Zip>;
}

function loadJsZip(): JSZipStatic {
  const require = createRequire(import.meta.url);
  const fromPptx = createRequire(require.resolve('pptxgenjs'));
  return fromPptx('jszip') as JSZipStatic;
}

/** Relationship id → target (relative to ppt/slides/) of a slide's .rels file. */
function relationships(rels: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*\bId="([^"]+)"[^>]*\bTarget="([^"]+)"/g)) {
    map.set(m[1] ?? '', m[2] ?? '');
  }
  return map;
}

/** [png rId, svg rId] of each SVG picture of a slide's XML. */
function svgPictures(slideXml: string): [string, string][] {
  const pairs: [string, string][] = [];
  for (const m of slideXml.matchAll(
    /<a:blip r:embed="([^"]+)"[\s\S]*?<asvg:svgBlip[^>]*r:embed="([^"]+)"/g,
  )) {
    pairs.push([m[1] ?? '', m[2] ?? '']);
  }
  return pairs;
}

const mediaPath = (target: string) => `ppt/${target.replace(/^\.\.\//, '')}`;

function svgWidth(svg: string): number {
  const viewBox = /viewBox="[\d.-]+\s+[\d.-]+\s+([\d.]+)/.exec(svg)?.[1];
  return Math.round(Number(viewBox ?? 1920));
}

/** The .pptx bytes with every SVG picture's PNG fallback drawn from its SVG. */
export async function fillSvgFallbacks(
  bytes: Buffer,
  slides: readonly ChartSlide[],
): Promise<Buffer> {
  if (slides.every((slide) => slide.svg === '')) return bytes;
  const zip = await loadJsZip().loadAsync(bytes);
  const slidePaths = Object.keys(zip.files).filter((p) => /^ppt\/slides\/slide\d+\.xml$/.test(p));
  let changed = false;
  for (const path of slidePaths) {
    const xml = await zip.file(path)?.async('string');
    const rels = await zip
      .file(path.replace('slides/', 'slides/_rels/') + '.rels')
      ?.async('string');
    if (xml === undefined || rels === undefined) continue;
    const targets = relationships(rels);
    for (const [pngId, svgId] of svgPictures(xml)) {
      const pngTarget = targets.get(pngId);
      const svgTarget = targets.get(svgId);
      if (pngTarget === undefined || svgTarget === undefined) continue;
      const svg = await zip.file(mediaPath(svgTarget))?.async('string');
      if (svg === undefined) continue;
      zip.file(mediaPath(pngTarget), svgToPng(svg, svgWidth(svg)));
      changed = true;
    }
  }
  if (!changed) return bytes;
  return zip.generateAsync({
    type: 'nodebuffer',
    compression: 'DEFLATE',
    compressionOptions: { level: 6 },
  });
}
