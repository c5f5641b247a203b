// Side-effect entry of `@yhdyspinta/charts/elements/register` (for apps with their own React and
// bundler): importing it defines every chart element on the page, `src` reader included. The browser
// bundles have their own entries (bundles/).
import { defineYhdyspintaElements } from './define';

defineYhdyspintaElements();
