// Entry of dist/yhdyspinta-elements.js (ES module, with the shipped data): defines every chart element.
// The Swedish hyphenation patterns are a chunk loaded when an element is drawn in Swedish (the charts'
// useHyphenation), not part of what every page loads; the classic-script bundle (../register.ts) has them.
import { CHART_ELEMENTS } from '../chartElements';
import { defineElements } from '../defineElements';

defineElements(CHART_ELEMENTS);
