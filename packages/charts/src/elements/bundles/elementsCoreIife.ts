// Entry of dist/yhdyspinta-elements-core.iife.js (classic script, without the shipped data): the core
// elements (onDemandSourceElements.ts), every chart's code in it. The reader of `src` is the module yhdyspinta-elements-source.js next to
// the script (a classic script may import a module); a classic script has no chunks, so the Swedish
// patterns are inside it, registered up front so that Swedish is complete on the first render.
import { registerSwedishHyphenation } from '../../text/hyphenationSv';
import { EAGER_CORE_CHARTS } from '../core/eager';
import { onDemandSourceElements, setSourceSupportUrl } from '../onDemandSourceElements';
import { defineElements } from '../defineElements';
import { scriptBase } from './scriptBase';

const base = scriptBase();
if (base) setSourceSupportUrl(new URL('yhdyspinta-elements-source.js', base).href);
registerSwedishHyphenation();
defineElements(onDemandSourceElements(EAGER_CORE_CHARTS));
