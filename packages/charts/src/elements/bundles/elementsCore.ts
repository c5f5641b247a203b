// Entry of dist/yhdyspinta-elements-core.js (ES module, without the shipped data): defines every chart
// element drawing only `data` or `src` (onDemandSourceElements.ts). The reader of `src` is the module
// yhdyspinta-elements-source.js next to this file, imported when an element has a `src`; the Swedish
// hyphenation patterns are a chunk loaded when an element is drawn in Swedish.
import { CORE_TITLES } from '../core/titles';
import { onDemandSourceElements, setSourceSupportUrl } from '../onDemandSourceElements';
import { defineElements } from '../defineElements';
import type { ElementChart } from '../elementChart';
import { lazyChart } from '../lazyChart';

/** Each chart's code loads when its first element is connected. */
const CORE_CHARTS: readonly ElementChart[] = [
  lazyChart('goal-bars', CORE_TITLES['goal-bars'], () =>
    import('../core/goalBars').then((m) => m.chart),
  ),
  lazyChart('theme-heatmap', CORE_TITLES['theme-heatmap'], () =>
    import('../core/themeHeatmap').then((m) => m.chart),
  ),
  lazyChart('rescue-radar', CORE_TITLES['rescue-radar'], () =>
    import('../core/rescueRadar').then((m) => m.chart),
  ),
  lazyChart('coverage', CORE_TITLES.coverage, () =>
    import('../core/coverage').then((m) => m.chart),
  ),
];

setSourceSupportUrl(new URL('./yhdyspinta-elements-source.js', import.meta.url).href);
defineElements(onDemandSourceElements(CORE_CHARTS));
