// Entry of dist/yhdyspinta-elements-source.js (ES module): the reader of `src` and the adapters from
// responses that the data-free bundles import by URL when an element has a `src` (../sourceSupport.ts).
export { ADAPTERS, loadResponses } from '../sourceSupport';
