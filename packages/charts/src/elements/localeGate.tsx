/**
 * What an element draws while its locale's texts load (the browser bundles' Swedish and English packs,
 * localePacks.ts): the loading state in that locale, then the chart; if the pack cannot be loaded, the
 * error state saying so. Where every locale is inline it draws nothing. Its messages are the element
 * texts (always inline); ChartState gets them with Finnish as its locale, the one whose common texts are
 * inline (the locale only picks the default messages, not used here, and the hyphenation of a message
 * that fits on a line).
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
  const messages = ELEMENT_MESSAGES[locale];
  if (failed.has(locale)) {
    return <ChartState {...props} locale="fi" kind="error" message={messages.loadFailed} />;
  }
  loadLocale(locale).then(onSettled, (error: unknown) => {
    failed.add(locale);
    console.error(`[@yhdyspinta/charts] loading the ${locale} texts failed: ${String(error)}`);
    onSettled();
  });
  return <ChartState {...props} locale="fi" kind="loading" message={messages.loading} />;
}
