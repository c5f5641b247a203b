// Entry of dist/yhdyspinta-elements.js (ES module, with the shipped data): defines every chart element.
// Loaded on demand: each chart's code and shipped data (../shipped/<chart>.ts, a chunk, when its first
// element is connected), the reader of `src` (yhdyspinta-elements-source.js next to this file, when an
// element has a `src`) and the Swedish hyphenation patterns (a chunk, when an element is drawn in
// Swedish).
import { defineBundle, lazyCharts } from './defineBundle';

const reader = new URL('./yhdyspinta-elements-source.js', import.meta.url).href;
defineBundle(
  reader,
  lazyCharts((file) => import(`../shipped/${file}.ts`)),
);
