// Entry of dist/yhdyspinta-elements-sv.js (ES module): the Swedish hyphenation patterns, which the
// classic-script bundles import by URL when an element is first drawn in Swedish (swedishByUrl.ts).
export { SWEDISH_HYPHENATION } from '../../text/hyphenationSv';
