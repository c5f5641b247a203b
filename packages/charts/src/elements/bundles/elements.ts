// Entry of dist/yhdyspinta-elements.js (ES module, with the shipped data): defines every chart element,
// every chart's code and shipped data in it (../shipped/, as the classic script has them: the shipped
// data are loaded up front anyway, and one file weighs less than the chunks of four charts). Loaded on
// demand: the reader of `src` (yhdyspinta-elements-source.js next to this file, when an element has a
// `src`), the Swedish and English texts (yhdyspinta-elements-locale-<sv|en>.js, ../localePacks.ts) and
// the Swedish hyphenation patterns (yhdyspinta-elements-sv.js, as the classic scripts: swedishByUrl.ts).
import { defineBundle } from './defineBundle';
import { EAGER_SHIPPED_CHARTS } from './eagerShipped';
import { setSwedishPatternsUrl } from './swedishUrl';

setSwedishPatternsUrl(new URL('./yhdyspinta-elements-sv.js', import.meta.url).href);

defineBundle(
  new URL('./yhdyspinta-elements-source.js', import.meta.url).href,
  EAGER_SHIPPED_CHARTS,
);
