/**
 * The files the page offers, made in the browser from the chart's spec: the static SVG
 * (@yhdyspinta/charts/static, as the CLI writes it) and a PNG drawn from that SVG on a canvas (the
 * PowerPoint file is pptx.ts's).
 */
import { renderToSvgDocument } from '@yhdyspinta/charts/static';
import type { ChartSpec } from '@yhdyspinta/charts/static';
import type { Locale } from '@yhdyspinta/data';
import { drawableSvgText } from './drawable';

/** The downloads' width in px (natural height): a full-width slide picture. */
export const DOWNLOAD_WIDTH = 1280;

export interface MadeFile {
  readonly name: string;
  readonly blob: Blob;
}

export function svgFile(
  spec: ChartSpec,
  locale: Locale,
): MadeFile & { width: number; height: number } {
  const doc = renderToSvgDocument(spec, { locale, width: DOWNLOAD_WIDTH });
  return {
    name: `${spec.chart}-${locale}.svg`,
    blob: new Blob([doc.svg], { type: 'image/svg+xml' }),
    width: doc.width,
    height: doc.height,
  };
}

/** The SVG drawn on a canvas at twice its size, as PNG. */
export async function pngFile(spec: ChartSpec, locale: Locale): Promise<MadeFile> {
  const svg = svgFile(spec, locale);
  const drawable = await drawableSvgText(await svg.blob.text());
  const url = URL.createObjectURL(new Blob([drawable], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = svg.width * 2;
    canvas.height = svg.height * 2;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No 2D canvas in this browser.');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((done) => canvas.toBlob(done, 'image/png'));
    if (!blob) throw new Error('The canvas gave no PNG.');
    return { name: `${spec.chart}-${locale}.png`, blob };
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Offers `file` to the user as a download. */
export function saveFile(file: MadeFile): void {
  const url = URL.createObjectURL(file.blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
