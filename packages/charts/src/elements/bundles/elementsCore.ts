// Entry of dist/yhdyspinta-elements-core.js (ES module, without the shipped data): defines every chart
// element drawing only `data` or `src` (coreElements.ts). The reader of `src` is the module
// yhdyspinta-elements-source.js next to this file, imported when an element has a `src`; the Swedish
// hyphenation patterns are a chunk loaded when an element is drawn in Swedish.
import { CORE_CHART_ELEMENTS, setSourceSupportUrl } from '../coreElements';
import { defineElements } from '../defineElements';

setSourceSupportUrl(new URL('./yhdyspinta-elements-source.js', import.meta.url).href);
defineElements(CORE_CHART_ELEMENTS);
