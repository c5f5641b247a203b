// Side-effect entry of the browser bundles (dist/yhdyspinta-elements.js, .iife.js) and of
// `@yhdyspinta/charts/elements/register`: importing it defines every chart element on the page.
import { defineYhdyspintaElements } from './define';

defineYhdyspintaElements();
