/// <reference types="vite/client" />
import regularUrl from '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf?url';
import boldUrl from '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf?url';

/**
 * The charts lay out text with Noto Sans metrics (packages/charts/src/text), so stories render in
 * Noto Sans too, served from the local package (no font CDN). Without it Chromium would fall back to
 * a system font of other widths, and wrapped labels would not match what the charts measured.
 */
let loading: Promise<void> | undefined;

export function loadChartFonts(): Promise<void> {
  loading ??= Promise.all(
    [
      new FontFace('Noto Sans', `url(${regularUrl})`, { weight: '400' }),
      new FontFace('Noto Sans', `url(${boldUrl})`, { weight: '700' }),
    ].map(async (face) => {
      document.fonts.add(await face.load());
    }),
  ).then(() => undefined);
  return loading;
}
