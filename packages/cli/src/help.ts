/** The texts of `--help`, `render --help`, `deck --help` and `list`, in the command line's language. */
import { CHART_NAMES, CHARTS, PRESET_NAMES, PRESETS } from '@yhdyspinta/charts/static';
import type { Locale } from '@yhdyspinta/data';
import { DECK_HELP } from './text/deckHelp';
import { MAIN_HELP } from './text/mainHelp';
import { RENDER_HELP } from './text/renderHelp';
import { RUN_TEXTS } from './text/runTexts';

const row = (name: string, text: string) => `  ${name.padEnd(15)} ${text}`;

export function chartList(locale: Locale): string {
  return CHART_NAMES.map((name) => row(name, CHARTS[name].description[locale])).join('\n');
}

export function presetList(locale: Locale): string {
  return PRESET_NAMES.map((name) => row(name, PRESETS[name].description[locale])).join('\n');
}

export function mainHelp(locale: Locale): string {
  return MAIN_HELP[locale];
}

export function deckHelp(locale: Locale): string {
  return DECK_HELP[locale];
}

export function renderHelp(locale: Locale): string {
  return RENDER_HELP[locale](chartList(locale), presetList(locale));
}

/** `yhdyspinta list`. */
export function listing(locale: Locale): string {
  const t = RUN_TEXTS[locale];
  return `${t.charts}:\n${chartList(locale)}\n\n${t.presets}:\n${presetList(locale)}\n`;
}
