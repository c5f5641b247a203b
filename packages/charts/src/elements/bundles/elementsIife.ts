// Entry of dist/yhdyspinta-elements.iife.js (classic script, with the shipped data): every chart element,
// every chart's code and shipped data in it (../shipped/). The reader of `src` and the Swedish patterns are
// the modules yhdyspinta-elements-source.js and yhdyspinta-elements-sv.js next to the script, imported
// when an element has a `src` or is drawn in Swedish (a classic script may import a module).
import { EAGER_SHIPPED_CHARTS } from './eagerShipped';
import { defineClassicScript } from './classicScript';

defineClassicScript(EAGER_SHIPPED_CHARTS);
