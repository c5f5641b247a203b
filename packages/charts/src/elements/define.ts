import { registerSwedishHyphenation } from '../text/hyphenationSv';
import { CHART_ELEMENTS } from './chartElements';
import { defineElements } from './defineElements';

/**
 * Registers every chart element (<yhdyspinta-goal-bars>, <yhdyspinta-theme-heatmap>,
 * <yhdyspinta-rescue-radar>, <yhdyspinta-coverage>) in `registry` (default: the page's
 * `customElements`). Tags already defined there are left alone, so calling it twice, or loading the
 * bundle twice, is harmless. Outside browsers (no `customElements`) it does nothing. The Swedish
 * hyphenation patterns are registered too, so an element in Swedish is complete on its first render.
 */
export function defineYhdyspintaElements(registry?: CustomElementRegistry): void {
  registerSwedishHyphenation();
  defineElements(CHART_ELEMENTS, registry);
}
