// Entry of dist/yhdyspinta-elements.iife.js (classic script, with the shipped data): every chart element,
// every chart's code and the Swedish patterns in it (registered up front, so that Swedish is complete
// on the first render). The reader of `src` is the module yhdyspinta-elements-source.js next to the
// script, imported when an element has a `src` (a classic script may import a module).
import { CHART_LIST } from '../../catalogue';
import type { AnyChartDefinition } from '../../chart/ChartDefinition';
import { registerSwedishHyphenation } from '../../text/hyphenationSv';
import { defineElements } from '../defineElements';
import { elementChart } from '../elementChart';
import { onDemandSourceElements, setSourceSupportUrl } from '../onDemandSourceElements';
import { scriptBase } from './scriptBase';

const base = scriptBase();
if (base) setSourceSupportUrl(new URL('yhdyspinta-elements-source.js', base).href);
registerSwedishHyphenation();
defineElements(
  onDemandSourceElements(
    CHART_LIST.map((definition) => elementChart(definition as unknown as AnyChartDefinition)),
  ),
);
