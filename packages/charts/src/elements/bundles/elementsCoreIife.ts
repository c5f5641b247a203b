// Entry of dist/yhdyspinta-elements-core.iife.js (classic script, without the shipped data): the core
// elements (../core/coreChart.ts), every chart's code in it. The reader of `src` and the Swedish patterns
// are the modules yhdyspinta-elements-source.js and yhdyspinta-elements-sv.js next to the script,
// imported when an element has a `src` or is drawn in Swedish (a classic script may import a module).
import { EAGER_CORE_CHARTS } from './eagerCore';
import { defineClassicScript } from './classicScript';

defineClassicScript(EAGER_CORE_CHARTS);
