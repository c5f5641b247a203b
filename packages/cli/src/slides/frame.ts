/**
 * The page of a slide or PDF, in inches: the title at the top, the chart under it, the source line at the
 * bottom. One frame per preset; the chart is drawn at the preset's px density (slides 144 px/in: 1920 px
 * across a 13.33 in slide; A4 150 px/in), so its theme's minimum text size means the same on the page.
 */
import { wrapText } from '@yhdyspinta/charts';
import { PRESETS } from '@yhdyspinta/charts/static';
import type { PresetName } from '@yhdyspinta/charts/static';
import type { Locale } from '@yhdyspinta/data';
import { CliError } from '../errors';
import { RUN_TEXTS } from '../text/runTexts';

/** A box on the page in inches. */
export interface InchBox {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export const PAGE_PRESETS = ['slide-16x9', 'slide-4x3', 'a4-landscape'] as const;
export type PagePreset = (typeof PAGE_PRESETS)[number];

export interface SlideFrame {
  readonly preset: PagePreset;
  /** The page in inches. */
  readonly width: number;
  readonly height: number;
  readonly title: InchBox;
  readonly chart: InchBox;
  readonly footer: InchBox;
  /** The chart's px per inch (its layout size = chart box × this). */
  readonly pxPerInch: number;
  /** Title and footer text sizes in pt. */
  readonly titlePt: number;
  readonly footerPt: number;
}

const MARGIN = 0.5;

function frame(preset: PagePreset, width: number, height: number): SlideFrame {
  const pxPerInch = Math.round(PRESETS[preset].width / width);
  const title = { x: MARGIN, y: 0.3, w: width - 2 * MARGIN, h: 0.9 };
  const footer = { x: MARGIN, y: height - 0.55, w: width - 2 * MARGIN, h: 0.4 };
  const chartY = title.y + title.h + 0.05;
  const chart = { x: MARGIN, y: chartY, w: width - 2 * MARGIN, h: footer.y - 0.05 - chartY };
  return { preset, width, height, title, chart, footer, pxPerInch, titlePt: 26, footerPt: 11 };
}

const FRAMES: Readonly<Record<PagePreset, SlideFrame>> = {
  // PowerPoint's widescreen slide: 12 192 000 EMU = 13⅓ in (960 pt).
  'slide-16x9': frame('slide-16x9', 40 / 3, 7.5),
  'slide-4x3': frame('slide-4x3', 10, 7.5),
  'a4-landscape': frame('a4-landscape', 297 / 25.4, 210 / 25.4),
};

export function isPagePreset(value: string): value is PagePreset {
  return (PAGE_PRESETS as readonly string[]).includes(value);
}

/** The frame of a preset; a CliError for a preset that is not a page (intranet-card). */
export function slideFrame(preset: PresetName, locale: Locale): SlideFrame {
  if (!isPagePreset(preset)) {
    throw new CliError(RUN_TEXTS[locale].notAPage(PAGE_PRESETS.join(', '), preset));
  }
  return FRAMES[preset];
}

/** The chart box's size in layout px. */
export function chartPixels(frame: SlideFrame): {
  readonly width: number;
  readonly height: number;
} {
  return {
    width: Math.round(frame.chart.w * frame.pxPerInch),
    height: Math.round(frame.chart.h * frame.pxPerInch),
  };
}

/**
 * A title line's height in em as PowerPoint (about 1.2) and pdfkit (Noto Sans' 1.36 and a 2 pt gap) set
 * it: the larger, with room to spare.
 */
const TITLE_LINE_EM = 1.4;
/** The smallest title size: still larger than the chart's own text on a slide (20 px = 10 pt). */
const MIN_TITLE_PT = 14;

/**
 * The title's size in pt on `frame`: the frame's (26 pt) when the title's lines fit its box, else the
 * largest size at which they do (a two-line title at 23 pt), so a long title never runs into the chart
 * under it. Measured with the charts' Noto Sans metrics, the font both outputs use.
 */
export function titleSize(frame: SlideFrame, title: string, locale: Locale): number {
  const width = frame.title.w * 72;
  const height = frame.title.h * 72;
  for (let pt = frame.titlePt; pt > MIN_TITLE_PT; pt -= 1) {
    const { lines } = wrapText(title, { maxWidth: width, fontSize: pt, weight: 700, locale });
    if (lines.length * pt * TITLE_LINE_EM <= height) return pt;
  }
  return MIN_TITLE_PT;
}
