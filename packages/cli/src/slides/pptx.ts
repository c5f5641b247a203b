/**
 * A PowerPoint deck (pptxgenjs): one slide per chart (per chart mode with "both"), 16:9 or 4:3; the
 * title, the chart (native where PowerPoint has the type, else the SVG picture with a PNG fallback), a
 * source line, alt text on every chart and picture, and speaker notes with the description, the data
 * table, the base and the source.
 */
import PptxGenJS from 'pptxgenjs';
import type { ChartSlide } from './chartSlide';
import { titleSize } from './frame';
import type { SlideFrame } from './frame';
import { slideMessages } from './messages';
import { fillSvgFallbacks } from './pptxImages';
import { addNativeChart } from './pptxNative';
import { FONT_FACE, LANG_TAGS, MUTED, TEXT } from './pptxStyle';
import { tableLines } from './table';

export const CHART_MODES = ['native', 'image', 'both'] as const;
/** native: an editable chart where PowerPoint has the type (else the picture); image; both (two slides). */
export type ChartMode = (typeof CHART_MODES)[number];

const LAYOUT_NAMES: Readonly<Record<SlideFrame['preset'], string>> = {
  'slide-16x9': 'YHDYSPINTA_16x9',
  'slide-4x3': 'YHDYSPINTA_4x3',
  'a4-landscape': 'YHDYSPINTA_A4',
};

/** The footer: the source line. */
export function footerText(slide: ChartSlide): string {
  return slide.source;
}

/** The speaker notes: the description, the data table, the base and the source. */
export function notesText(slide: ChartSlide): string {
  const t = slideMessages(slide.locale);
  const table = slide.table === undefined ? [] : ['', `${t.table}:`, ...tableLines(slide.table)];
  return [
    slide.title,
    '',
    `${t.description}: ${slide.altText}`,
    ...table,
    '',
    ...(slide.base === undefined || slide.source.includes(slide.base) ? [] : [slide.base]),
    slide.source,
  ].join('\n');
}

function svgData(svg: string): string {
  return `image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`;
}

const MASTER = 'YHDYSPINTA_CHART';

/**
 * The slide master: its title placeholder is where each slide's title goes, so PowerPoint (its outline,
 * screen readers, the accessibility checker) knows it as the slide's title.
 */
function defineMaster(pptx: PptxGenJS, frame: SlideFrame): void {
  pptx.defineSlideMaster({
    title: MASTER,
    background: { color: 'FFFFFF' },
    objects: [
      {
        placeholder: {
          options: {
            name: 'title',
            type: 'title',
            ...frame.title,
            fontFace: FONT_FACE,
            fontSize: frame.titlePt,
            bold: true,
            color: TEXT,
            valign: 'top',
            align: 'left',
            margin: 0,
          },
          text: '',
        },
      },
    ],
  });
}

function addSlide(pptx: PptxGenJS, slide: ChartSlide, native: boolean): void {
  const { frame } = slide;
  const lang = LANG_TAGS[slide.locale];
  const s = pptx.addSlide({ masterName: MASTER });
  // The size on the run: pptxgenjs lays the placeholder's own options (the master's 26 pt) over these.
  const fontSize = titleSize(frame, slide.title, slide.locale);
  s.addText([{ text: slide.title, options: { fontSize } }], {
    placeholder: 'title',
    fontFace: FONT_FACE,
    fontSize,
    bold: true,
    color: TEXT,
    valign: 'top',
    lang,
  });
  if (native && slide.native !== undefined) {
    addNativeChart(pptx, s, slide.native, frame.chart, slide.altText);
  } else {
    s.addImage({ data: svgData(slide.svg), ...frame.chart, altText: slide.altText });
  }
  s.addText(footerText(slide), {
    ...frame.footer,
    fontFace: FONT_FACE,
    fontSize: frame.footerPt,
    color: MUTED,
    valign: 'bottom',
    lang,
  });
  s.addNotes(notesText(slide));
}

/** The deck of `slides` (all of one frame) as a .pptx file's bytes. */
export async function writePptx(
  slides: readonly ChartSlide[],
  mode: ChartMode,
  title: string,
): Promise<Buffer> {
  const first = slides[0];
  if (first === undefined) throw new Error('writePptx: no slides');
  const pptx = new PptxGenJS();
  const name = LAYOUT_NAMES[first.frame.preset];
  pptx.defineLayout({ name, width: first.frame.width, height: first.frame.height });
  pptx.layout = name;
  pptx.title = title;
  pptx.author = 'yhdyspinta';
  pptx.theme = { headFontFace: FONT_FACE, bodyFontFace: FONT_FACE };
  defineMaster(pptx, first.frame);
  for (const slide of slides) {
    const hasNative = slide.native !== undefined;
    if (mode !== 'image' && hasNative) addSlide(pptx, slide, true);
    if (mode === 'image' || !hasNative || mode === 'both') addSlide(pptx, slide, false);
  }
  const bytes = (await pptx.write({ outputType: 'nodebuffer', compression: true })) as Buffer;
  return fillSvgFallbacks(bytes, slides);
}
