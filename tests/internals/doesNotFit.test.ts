// static/doesNotFit.ts: the does-not-fit error's split plan as each language writes it. A part of one
// row is named by that row ("23"), not as the range "23–23" (a row taller than the others alone on a page).
import { describe, expect, it } from 'vitest';
import { doesNotFit } from '../../packages/charts/src/static/doesNotFit';
import type { SvgDocument } from '../../packages/charts/src/static/svgDocument';

const place = {
  chart: 'theme-heatmap',
  preset: 'slide-4x3',
  width: 1440,
  height: 1080,
  minText: 20,
};

function documentSplit(pages: readonly { start: number; end: number }[]): SvgDocument {
  const total = pages.at(-1)?.end ?? 0;
  const fit = { fits: false, neededHeight: 1889, unit: 'rows' as const, total, pages };
  return { svg: '<svg/>', width: 1440, height: 1889, scale: 1, fit };
}

describe('doesNotFit: the parts to split into', () => {
  it('names a one-row part by its row and the others as ranges, in every language', () => {
    const error = doesNotFit(
      place,
      documentSplit([
        { start: 0, end: 11 },
        { start: 11, end: 22 },
        { start: 22, end: 23 },
      ]),
    );
    expect(error.code).toBe('does-not-fit');
    expect(error.message).toContain('(rows 1–11, 12–22, 23 of 23)');
    expect(error.messageIn('sv')).toContain('(rader 1–11, 12–22, 23 av 23)');
    expect(error.messageIn('fi')).toContain('1–11, 12–22, 23 / 23');
    expect(error.messageIn('fi')).not.toContain('23–23');
  });
});
