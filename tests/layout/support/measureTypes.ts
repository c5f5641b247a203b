/** The layout checker's measurement types (measure.ts runs in the page and returns a PageMeasure). */
/** A point in the document's px (the root svg's width × height; its top left is 0, 0). */
export interface MeasuredPoint {
  readonly x: number;
  readonly y: number;
}

/** Corners in order (top-left, top-right, bottom-right, bottom-left in the text's own frame). */
export type MeasuredQuad = readonly [MeasuredPoint, MeasuredPoint, MeasuredPoint, MeasuredPoint];

export interface MeasuredLine {
  /** The line as written (trailing/leading spaces trimmed). */
  readonly text: string;
  readonly quad: MeasuredQuad;
}

export interface MeasuredCrossing {
  /** Tag of the mark and its fill/stroke, e.g. "path fill=#0072B2". */
  readonly mark: string;
  /** 'edge': the text straddles a filled mark's edge; 'stroke': a line runs through the text. */
  readonly kind: 'edge' | 'stroke';
}

export interface MeasuredText {
  /** Index among the visible texts, in document order. */
  readonly index: number;
  readonly lines: readonly MeasuredLine[];
  /** Rendered size in root px: computed font-size × the text's scale relative to the root. */
  readonly fontPx: number;
  readonly halo: boolean;
  readonly crossings: readonly MeasuredCrossing[];
}

export interface PageMeasure {
  readonly viewBox: {
    readonly x: number;
    readonly y: number;
    readonly width: number;
    readonly height: number;
  };
  readonly texts: readonly MeasuredText[];
  readonly marks: number;
  /** Texts of the hidden table, aria-labels, <title> and <desc>: the charts' full texts. */
  readonly fullTexts: readonly string[];
}

export interface MeasureOptions {
  /** Ink above the baseline, in em. */
  readonly inkTop: number;
  /** Ink below the baseline, in em. */
  readonly inkBottom: number;
}

/** One run of characters of a <text> (a tspan, or the text without tspans) on its baseline. */
export interface PageChunk {
  text: string;
  x0: number;
  x1: number;
  base: number;
  size: number;
}

/** The page-side helpers installPageHelpers puts on `window` for measureSvg (pageHelpers.ts). */
export interface PageHelpers {
  readonly rgb: (value: string) => [number, number, number, number] | null;
  readonly luminance: (colour: [number, number, number, number]) => number;
  readonly contrast: (a: number, b: number) => number;
  readonly subpaths: (d: string) => string[];
  /** A text's chunks and its lines (runs of touching chunks on one baseline, left to right). */
  readonly textLines: (
    text: SVGTextElement,
    fontSize: number,
  ) => { chunks: PageChunk[]; lineChunks: PageChunk[][] };
}

declare global {
  interface Window {
    layoutCheckHelpers?: PageHelpers;
  }
}
