/**
 * What a classic-script bundle's entry does (elementsIife.ts, elementsCoreIife.ts): every chart's code is
 * inside it; the `src` reader and the Swedish patterns are files next to it, imported by URL on demand.
 */
import type { ElementChart } from '../elementChart';
import { defineBundle } from './defineBundle';
import { filesBesideScript } from './scriptBase';
import { setSwedishPatternsUrl } from './swedishUrl';

export function defineClassicScript(charts: readonly ElementChart[]): void {
  const files = filesBesideScript();
  setSwedishPatternsUrl(files.swedish);
  defineBundle(files.source, charts);
}
