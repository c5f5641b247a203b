/**
 * PNG export without a browser: resvg renders the SVG with the Noto Sans TTF files of
 * @expo-google-fonts/noto-sans (OFL 1.1) and no system fonts, so text looks the same on every machine and
 * matches the charts' text measurement (which uses the same font's metrics).
 */
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';

const require = createRequire(import.meta.url);

/** The chart's font family; the charts draw in weights 400 and 700 only. */
export const FONT_FAMILY = 'Noto Sans';

/** Absolute paths of the regular and bold Noto Sans TTF files. */
export function fontFiles(): string[] {
  return [
    require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
    require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'),
  ];
}

/** A PNG of `svg`, `width` pixels wide (its height follows the SVG's aspect ratio). */
export function svgToPng(svg: string, width: number): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: width },
    font: {
      fontFiles: fontFiles(),
      loadSystemFonts: false,
      defaultFontFamily: FONT_FAMILY,
      sansSerifFamily: FONT_FAMILY,
    },
    logLevel: 'off',
  });
  return resvg.render().asPng();
}
