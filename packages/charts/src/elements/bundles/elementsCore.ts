// Entry of dist/yhdyspinta-elements-core.js (ES module, without the shipped data): defines every chart
// element drawing only `data` or `src` (chartParts.ts). Loaded on demand: each chart's code
// (../core/<chart>.ts, a chunk), the reader of `src` (yhdyspinta-elements-source.js next to this file)
// and the Swedish hyphenation patterns (a chunk, when an element is drawn in Swedish).
import { defineBundle, lazyCharts } from './defineBundle';

defineBundle(
  new URL('./yhdyspinta-elements-source.js', import.meta.url).href,
  lazyCharts((file) => import(`../core/${file}.ts`)),
);
