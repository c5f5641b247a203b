/**
 * The layout checker's browser side: ONE headless Chromium page (playwright-core, launched with
 * scripts/chromium.mjs's options by the caller) with Noto Sans 400 and 700 loaded from
 * @expo-google-fonts/noto-sans as @font-face data URLs — the font the charts measure their text with —
 * into which each SVG is put in turn and measured by measure.ts.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { measureSvg } from './measure';
import { installPageHelpers } from './pageHelpers';
import type { MeasureOptions, PageMeasure } from './measureTypes';

/** Noto Sans ink above / below the baseline in em (cap height 0,714, ascenders 0,76; descenders 0,24). */
export const INK: MeasureOptions = { inkTop: 0.76, inkBottom: 0.24 };

function fontDataUrl(weight: '400Regular' | '700Bold'): string {
  const require = createRequire(join(process.cwd(), 'package.json'));
  const dir = dirname(require.resolve('@expo-google-fonts/noto-sans/package.json'));
  const bytes = readFileSync(join(dir, weight, `NotoSans_${weight}.ttf`));
  return `data:font/ttf;base64,${bytes.toString('base64')}`;
}

function pageHtml(): string {
  const face = (weight: number, file: '400Regular' | '700Bold') =>
    `@font-face{font-family:'Noto Sans';font-weight:${weight};font-style:normal;src:url(${fontDataUrl(file)}) format('truetype');}`;
  return `<!doctype html><html><head><meta charset="utf-8"><style>${face(400, '400Regular')}${face(700, '700Bold')}
html,body{margin:0;padding:0;background:#fff}#stage{display:inline-block;line-height:0}</style></head>
<body><div id="stage"></div></body></html>`;
}

/** Loads the page, both font faces and measureSvg's page helpers; resolves when the fonts are ready. */
export async function preparePage(page: Page): Promise<void> {
  await page.setContent(pageHtml());
  await page.evaluate(async () => {
    await Promise.all([
      document.fonts.load('400 16px "Noto Sans"'),
      document.fonts.load('700 16px "Noto Sans"'),
    ]);
    await document.fonts.ready;
    const faces = [...document.fonts].filter((f) => f.family.replace(/['"]/g, '') === 'Noto Sans');
    if (faces.length < 2 || faces.some((f) => f.status !== 'loaded')) {
      throw new Error('Noto Sans did not load');
    }
  });
  await page.evaluate(installPageHelpers);
}

/**
 * Puts `svg` (a standalone document's text) in the page at its size in px (`width` × `height`, as
 * renderToSvgDocument reports it: physical sizes such as 297mm become px) and measures it.
 */
export async function measureInPage(
  page: Page,
  svg: string,
  size: { readonly width: number; readonly height: number },
): Promise<PageMeasure> {
  const markup = svg.replace(/^<\?xml[^>]*\?>\s*/, '');
  await page.evaluate(
    async ({ m, width, height }) => {
      const stage = document.getElementById('stage');
      if (!stage) throw new Error('no #stage');
      stage.innerHTML = m;
      const root = stage.querySelector('svg');
      root?.setAttribute('width', String(width));
      root?.setAttribute('height', String(height));
      await document.fonts.ready;
    },
    { m: markup, ...size },
  );
  return page.evaluate(measureSvg, INK);
}
