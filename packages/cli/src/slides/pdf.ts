/**
 * A PDF of the chart slides (pdfkit + svg-to-pdfkit): one page per chart, the page of its frame (A4
 * landscape or a slide's size), vector drawing, text as text in Noto Sans (both weights embedded, the
 * files the PNG export uses). The title and the source line are set by pdfkit, the chart drawn from its
 * SVG.
 */
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { fontFiles } from '../png';
import type { ChartSlide } from './chartSlide';
import { titleSize } from './frame';
import { footerText } from './pptx';
import { LANG_TAGS, MUTED, TEXT } from './pptxStyle';

const PT_PER_INCH = 72;
const REGULAR = 'Noto Sans';
const BOLD = 'Noto Sans Bold';

/**
 * svg-to-pdfkit picks the bold font only for font-weight="bold"; the charts write the number (700, and
 * 400 for regular text).
 */
function pdfSvg(svg: string): string {
  return svg.replace(/font-weight="(?:700|800|900)"/g, 'font-weight="bold"');
}

function addPage(doc: PDFKit.PDFDocument, slide: ChartSlide): void {
  const { frame } = slide;
  const pt = (inches: number) => inches * PT_PER_INCH;
  doc.addPage({ size: [pt(frame.width), pt(frame.height)], margin: 0 });
  doc
    .font(BOLD)
    .fontSize(titleSize(frame, slide.title, slide.locale))
    .fillColor(`#${TEXT}`)
    .text(slide.title, pt(frame.title.x), pt(frame.title.y), {
      width: pt(frame.title.w),
      lineGap: 2,
    });
  SVGtoPDF(doc, pdfSvg(slide.svg), pt(frame.chart.x), pt(frame.chart.y), {
    width: pt(frame.chart.w),
    height: pt(frame.chart.h),
    preserveAspectRatio: 'xMidYMid meet',
    fontCallback: (_family, bold) => (bold ? BOLD : REGULAR),
  });
  const footer = footerText(slide);
  doc.font(REGULAR).fontSize(frame.footerPt).fillColor(`#${MUTED}`);
  const height = doc.heightOfString(footer, { width: pt(frame.footer.w) });
  doc.text(footer, pt(frame.footer.x), pt(frame.footer.y + frame.footer.h) - height, {
    width: pt(frame.footer.w),
  });
}

/** The PDF of `slides` (one page each, in order) as bytes. */
export function writePdf(slides: readonly ChartSlide[], title: string): Promise<Buffer> {
  const first = slides[0];
  if (first === undefined) return Promise.reject(new Error('writePdf: no slides'));
  const doc = new PDFDocument({
    autoFirstPage: false,
    lang: LANG_TAGS[first.locale],
    displayTitle: true,
    info: { Title: title, Author: 'yhdyspinta', Creator: 'yhdyspinta' },
  });
  const [regular, bold] = fontFiles();
  doc.registerFont(REGULAR, regular ?? '');
  doc.registerFont(BOLD, bold ?? '');
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  for (const slide of slides) addPage(doc, slide);
  doc.end();
  return done;
}
