/**
 * Text measurement without the DOM, from the advance widths of the chart font (Noto Sans) in
 * fontMetrics.generated.ts. Server and browser get the same numbers, so labels wrap identically in
 * renderToStaticMarkup output, in the browser and in PNG export. Kerning is ignored: it only narrows text,
 * so widths are a slight over-estimate, never an under-estimate of the rendered text.
 */
import { FONT_METRICS } from './fontMetrics.generated';
import type { FontWeightMetrics } from './fontMetrics.generated';

/** A CSS font weight: 400 (normal) … 700 (bold); ≥ 600 measures as bold. */
export type FontWeight = number | 'normal' | 'bold';

/** The metrics table for a weight: 'bold' and weights ≥ 600 → 700, everything else → 400. */
export function metricsFor(weight: FontWeight = 400): FontWeightMetrics {
  const numeric = weight === 'bold' ? 700 : weight === 'normal' ? 400 : weight;
  return FONT_METRICS.weights[numeric >= 600 ? 700 : 400];
}

/** Width in px of `text` set in the chart font at `fontSize` px. */
export function measureText(text: string, fontSize: number, weight: FontWeight = 400): number {
  if (!text || !(fontSize > 0)) return 0;
  const { widths, fallback } = metricsFor(weight);
  let em = 0;
  for (const ch of text) em += widths[ch] ?? fallback;
  return em * fontSize;
}
