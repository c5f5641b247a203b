/**
 * A PowerPoint file made in the browser with pptxgenjs (as the CLI's `--format pptx` does in Node, in
 * its simplest form): one 16:9 slide per part of the chart at the slide-16x9 preset (a chart that does
 * not fit with legible text is split, "(1/2)" in the title), the chart as an SVG picture with the
 * chart's description as alt text, the title, and the description in the speaker notes. pptxgenjs
 * draws each picture's PNG fallback on a canvas here.
 */
import PptxGenJS from 'pptxgenjs';
import { renderToSvgParts } from '@yhdyspinta/charts/static';
import type { ChartSpec } from '@yhdyspinta/charts/static';
import type { Locale } from '@yhdyspinta/data';
import type { MadeFile } from './downloads';
import { drawableSvgText } from './drawable';

/** PowerPoint's 16:9 slide, in inches, and where the title and the chart go on it. */
const SLIDE = { width: 13.333, height: 7.5 } as const;
const TITLE = { x: 0.4, y: 0.25, w: 12.5, h: 0.8 } as const;
const CHART = { x: 0.4, y: 1.1, w: 12.5, h: 6.1 } as const;

/** Base64 of text's UTF-8 bytes, for a data: URL. */
function base64(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** The text of an SVG document's first <desc> (the chart's generated description). */
function descriptionOf(svg: string): string {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  return doc.querySelector('desc')?.textContent?.trim() ?? '';
}

export async function pptxFile(spec: ChartSpec, locale: Locale): Promise<MadeFile> {
  const { parts } = renderToSvgParts(spec, { locale, preset: 'slide-16x9' });
  const pptx = new PptxGenJS();
  pptx.defineLayout({ name: 'WIDE', width: SLIDE.width, height: SLIDE.height });
  pptx.layout = 'WIDE';
  pptx.author = 'yhdyspinta';
  for (const part of parts) {
    const slide = pptx.addSlide();
    const description = descriptionOf(part.svg);
    slide.addText(part.title, { ...TITLE, fontFace: 'Noto Sans', fontSize: 24, bold: true });
    // The chart fills the area at its own aspect ratio.
    const scale = Math.min(CHART.w / part.width, CHART.h / part.height);
    const svg = await drawableSvgText(part.svg);
    slide.addImage({
      data: `data:image/svg+xml;base64,${base64(svg)}`,
      x: CHART.x,
      y: CHART.y,
      w: part.width * scale,
      h: part.height * scale,
      altText: description,
    });
    slide.addNotes(description);
  }
  const blob = (await pptx.write({ outputType: 'blob' })) as Blob;
  return { name: `${spec.chart}-${locale}.pptx`, blob };
}
