// embedFont (issue 14): the SVG carries Noto Sans as @font-face data URLs (the whole font files of the
// weights it uses; no subset), for pages and viewers without the font. Off by default (no CSS at all).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderToSvg } from '@yhdyspinta/charts/static';
import { parseSvg } from './support';

const fontsDir = join(
  dirname(createRequire(import.meta.url).resolve('@yhdyspinta/charts/fonts.css')),
  'fonts',
);
const faces = (svg: string) =>
  [...svg.matchAll(/@font-face\{([^}]*)\}/g)].map((m) => ({
    weight: /font-weight:(\d+)/.exec(m[1] ?? '')?.[1],
    data: /base64,([A-Za-z0-9+/=]+)/.exec(m[1] ?? '')?.[1] ?? '',
  }));

describe('embedFont', () => {
  it('is off by default: no CSS in the file', () => {
    expect(renderToSvg({ chart: 'goal-bars' }, { preset: 'slide-16x9' })).not.toContain('<style');
  });

  it('embeds the package’s Noto Sans files of the weights the drawing uses', () => {
    const svg = renderToSvg({ chart: 'goal-bars' }, { preset: 'slide-16x9', embedFont: true });
    parseSvg(svg);
    const found = faces(svg);
    expect(found.map((f) => f.weight)).toEqual(['400', '700']);
    const regular = readFileSync(join(fontsDir, 'NotoSans-Regular.ttf'));
    const bold = readFileSync(join(fontsDir, 'NotoSans-Bold.ttf'));
    expect(Buffer.from(found[0]?.data ?? '', 'base64').equals(regular)).toBe(true);
    expect(Buffer.from(found[1]?.data ?? '', 'base64').equals(bold)).toBe(true);
    // Right after the document's title and description, before the drawing.
    expect(svg).toMatch(/<\/desc><defs><style>@font-face/);
  });

  it('takes the font bytes from the caller', () => {
    const svg = renderToSvg(
      { chart: 'coverage' },
      { width: 640, embedFont: { regular: new Uint8Array([1, 2, 3]), bold: new Uint8Array([4]) } },
    );
    expect(faces(svg)[0]).toEqual({ weight: '400', data: 'AQID' });
  });
});
