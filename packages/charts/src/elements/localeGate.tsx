/**
 * What an element draws while its locale's texts load (the browser bundles' Swedish and English packs,
 * localePacks.ts): the loading state in that locale (its common texts stay inline), then the chart; if
 * the pack cannot be loaded, the error state saying so. Where every locale is inline it draws nothing.
 */
import type { Locale } from '@yhdyspinta/data';
import type { ReactElement } from 'react';
import { ChartState } from '../common/ChartState';
import { ELEMENT_MESSAGES } from '../locale/elements';
import type { ThemeOverride } from '../theme/ChartTheme';
import { loadLocale, localeReady } from './localePacks';

/** The locales whose pack failed to load (their elements show the error state). */
const failed = new Set<Locale>();

export interface LocaleGateProps {
  readonly locale: Locale;
  readonly theme?: ThemeOverride;
  readonly width?: number;
  readonly height?: number;
  /** The element's `chart-title`, if any (the chart's own title is in the pack). */
  readonly title?: string;
}

/**
 * Null when `locale`'s texts are ready; else the state to draw instead of the chart, after starting the
 * load (`onSettled` is called when it has loaded or failed, to draw again).
 */
export function localeGate(props: LocaleGateProps, onSettled: () => void): ReactElement | null {
  const { locale } = props;
  if (localeReady(locale)) return null;
  if (failed.has(locale)) {
    const message = ELEMENT_MESSAGES[locale].loadFailed;
    return <ChartState {...props} kind="error" message={message} />;
  }
  loadLocale(locale).then(onSettled, (error: unknown) => {
    failed.add(locale);
    console.error(`[@yhdyspinta/charts] loading the ${locale} texts failed: ${String(error)}`);
    onSettled();
  });
  return <ChartState {...props} kind="loading" />;
}
