/** The RenderError 'does-not-fit': what did not fit where, and the chart's split plan, in fi, sv and en. */
import { everyLocale } from '@yhdyspinta/data';
import { outputMessages } from '../locale/output';
import type { DoesNotFitText, NotFitting } from '../locale/output';
import { RenderError } from './RenderError';
import type { SvgDocument } from './svgDocument';

export interface DoesNotFitPlace {
  readonly chart: string;
  readonly preset?: string;
  readonly width: number;
  readonly height: number;
  readonly minText: number;
}

/** The drawing each does-not-fit error was made from (renderToSvgParts reads its title). */
const drawn = new WeakMap<RenderError, SvgDocument>();

/** The document a does-not-fit error of doesNotFit was made from. */
export function drawingOf(error: RenderError): SvgDocument | undefined {
  return drawn.get(error);
}

/** The does-not-fit error of `document` drawn at `place` (English message, every language in `localized`). */
export function doesNotFit(place: DoesNotFitPlace, document: SvgDocument): RenderError {
  const fit = document.fit;
  const why: NotFitting =
    fit && !fit.fits
      ? { kind: 'height', count: fit.total, unit: fit.unit, px: Math.ceil(fit.neededHeight) }
      : document.smallestText !== undefined && document.smallestText < place.minText
        ? { kind: 'text', px: document.smallestText }
        : { kind: 'natural', px: Math.ceil(document.height) };
  const text: DoesNotFitText = {
    chart: place.chart,
    preset: place.preset,
    size: `${place.width}×${place.height} px`,
    minText: place.minText,
    why,
    split:
      fit && fit.pages.length > 1
        ? {
            unit: fit.unit,
            // A part of one row is that row ("23"), not "23–23".
            ranges: fit.pages.map((p) =>
              p.end === p.start + 1 ? `${p.end}` : `${p.start + 1}–${p.end}`,
            ),
            total: fit.total,
          }
        : undefined,
  };
  const localized = everyLocale((locale) => outputMessages(locale).doesNotFit(text));
  const error = new RenderError('does-not-fit', localized.en, [], fit, localized);
  drawn.set(error, document);
  return error;
}
