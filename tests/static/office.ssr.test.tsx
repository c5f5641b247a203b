// Slide SVGs that office tools draw right (issue 15): each chart's slide SVG, converted to PNG by
// LibreOffice (Noto Sans from Debian's fonts-noto-core), matches resvg's PNG of the same SVG within a
// small pixel difference, and the printed values (drawn over a separate halo text, not paint-order) are
// dark in LibreOffice's picture. Skipped only when soffice is absent, with one line saying why.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHART_NAMES, renderToSvgParts } from '@yhdyspinta/charts/static';
import type { ChartSpec } from '@yhdyspinta/charts/static';
import { convertWithLibreOffice, sofficeMissingReason } from '../../scripts/libreoffice.mjs';
import { STRESS_FIXTURES } from '../fixtures/stress';
import { parseSvg } from './support';

interface RenderedImage {
  readonly width: number;
  readonly height: number;
  readonly pixels: Buffer;
}
interface ResvgModule {
  readonly Resvg: new (
    svg: string | Buffer,
    options: object,
  ) => { render(): RenderedImage & { asPng(): Buffer } };
}
// resvg is the CLI's dependency (its PNG output); the charts package has none.
const root = join(import.meta.dirname, '..', '..');
const { Resvg } = createRequire(join(root, 'packages', 'cli', 'package.json'))(
  '@resvg/resvg-js',
) as ResvgModule;
const cliRequire = createRequire(join(root, 'packages', 'cli', 'package.json'));
const FONTS = [
  cliRequire.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
  cliRequire.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'),
];

function rasterise(svg: string): RenderedImage {
  const image = new Resvg(svg, {
    font: { fontFiles: FONTS, loadSystemFonts: false, defaultFontFamily: 'Noto Sans' },
    background: '#ffffff',
  }).render();
  // `pixels` is a getter that copies the whole buffer: read it once.
  return { width: image.width, height: image.height, pixels: image.pixels };
}

/** A PNG's pixels at `width`×`height` (drawn at its own size from the top left, white under it). */
function pngPixels(png: Buffer, width: number, height: number): RenderedImage {
  const wrapper = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}"><image x="0" y="0" width="${width}" height="${height}" preserveAspectRatio="none" xlink:href="data:image/png;base64,${png.toString('base64')}"/></svg>`;
  return rasterise(wrapper);
}

/** Whether pixel i of `a` and pixel j of `b` differ by at most `tolerance` in every channel. */
function close(a: Buffer, i: number, b: Buffer, j: number, tolerance: number): boolean {
  for (let c = 0; c < 3; c += 1) {
    if (Math.abs((a[i + c] ?? 0) - (b[j + c] ?? 0)) > tolerance) return false;
  }
  return true;
}

/**
 * Share of pixels of `a` that match no pixel of `b` within 1 px (anti-aliasing and sub-pixel text
 * placement differ between renderers) by more than `tolerance` in some channel.
 */
function differingShare(a: RenderedImage, b: RenderedImage, tolerance = 96): number {
  const { width, height } = a;
  let differing = 0;
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const i = (y * width + x) * 4;
      let matched = false;
      for (let dy = -1; dy <= 1 && !matched; dy += 1) {
        for (let dx = -1; dx <= 1 && !matched; dx += 1) {
          const [nx, ny] = [x + dx, y + dy];
          if (nx < 0 || ny < 0 || nx >= width || ny >= height) continue;
          matched = close(a.pixels, i, b.pixels, (ny * width + nx) * 4, tolerance);
        }
      }
      if (!matched) differing += 1;
    }
  }
  return differing / (width * height);
}

interface ValueBox {
  readonly text: string;
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** The boxes (estimated from x, y, size and length) of the values drawn over halos. */
function haloValueBoxes(svg: string): ValueBox[] {
  const doc = parseSvg(svg);
  return [...doc.querySelectorAll('[data-halo] > g:not([data-halo-underlay]) text')].map((t) => {
    const size = Number(t.closest('[font-size]')?.getAttribute('font-size') ?? 16);
    const anchor = t.closest('[text-anchor]')?.getAttribute('text-anchor') ?? 'start';
    const text = t.textContent ?? '';
    const width = text.length * size * 0.55;
    const x = Number(t.getAttribute('x') ?? 0);
    const y = Number(t.getAttribute('y') ?? 0);
    const x0 = anchor === 'middle' ? x - width / 2 : anchor === 'end' ? x - width : x;
    return { text, x0, x1: x0 + width, y0: y - size * 0.75, y1: y + size * 0.05 };
  });
}

/** Pixels darker than mid-grey inside a box. */
function darkPixels(image: RenderedImage, box: ValueBox): number {
  let dark = 0;
  for (let y = Math.max(0, Math.floor(box.y0)); y < Math.min(image.height, box.y1); y += 1) {
    for (let x = Math.max(0, Math.floor(box.x0)); x < Math.min(image.width, box.x1); x += 1) {
      const i = (y * image.width + x) * 4;
      const luminance =
        0.2126 * (image.pixels[i] ?? 255) +
        0.7152 * (image.pixels[i + 1] ?? 255) +
        0.0722 * (image.pixels[i + 2] ?? 255);
      if (luminance < 110) dark += 1;
    }
  }
  return dark;
}

const missing = sofficeMissingReason();
if (missing) console.log(`tests/static/office.ssr.test.tsx skipped: ${missing}`);

describe.skipIf(missing !== undefined)('slide SVGs in LibreOffice', () => {
  // The shipped data of each chart, and invented goals with missing values (the hatch).
  const hatched = STRESS_FIXTURES.find((f) => f.name === 'goals-12' && f.locale === 'fi');
  const specs: { name: string; spec: ChartSpec }[] = [
    ...CHART_NAMES.map((chart) => ({ name: chart, spec: { chart } as ChartSpec })),
    { name: 'goals-12-stress', spec: hatched as ChartSpec },
  ];
  const svgs = specs.map(({ name, spec }) => {
    const { parts } = renderToSvgParts(spec, { preset: 'slide-16x9' });
    return { chart: name, svg: parts[0]?.svg ?? '' };
  });
  let converted: Map<string, Buffer> | undefined;
  const libreOffice = () => {
    converted ??= new Map(
      convertWithLibreOffice(
        svgs.map(({ chart, svg }) => ({ name: `${chart}.svg`, data: svg })),
        'png',
      ).map(({ name, data }) => [name.replace(/\.png$/, ''), data]),
    );
    return converted;
  };

  it('uses nothing office renderers lack: no paint-order, CSS, pattern transforms', () => {
    for (const { svg } of svgs) {
      expect(svg).not.toMatch(/paint-order|<style|patternTransform|\sclass="|\sstyle="/);
    }
  });

  it('draws a hatch in the stress goals (the comparison covers it)', () => {
    expect(svgs.at(-1)?.svg).toMatch(/fill="url\(#[^)]+\)"/);
  });

  it.each(specs.map((s) => [s.name]))(
    '%s: LibreOffice draws what resvg draws',
    (chart) => {
      const { svg } = svgs.find((s) => s.chart === chart) ?? { svg: '' };
      const ours = rasterise(svg);
      const theirs = pngPixels(
        libreOffice().get(chart) ?? Buffer.alloc(0),
        ours.width,
        ours.height,
      );
      expect([ours.width, ours.height]).toEqual([1920, 1080]);
      // Text anti-aliasing differs (LibreOffice hints the system's Noto Sans): about 1 % of a
      // text-heavy slide; a missing value label is 0.05 %, so the values are checked one by one below.
      expect(differingShare(ours, theirs)).toBeLessThan(0.02);
      const values = haloValueBoxes(svg);
      // The radar draws every value over a halo; GoalBarChart only a value a grid line runs through
      // (none in these two slides), the heatmap and coverage none.
      if (chart === 'rescue-radar') expect(values.length).toBeGreaterThan(5);
      for (const box of values) {
        expect({ value: box.text, dark: darkPixels(theirs, box) > 4 }).toEqual({
          value: box.text,
          dark: true,
        });
      }
    },
    180_000,
  );
});
