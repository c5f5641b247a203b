// Entry of dist/yhdyspinta-elements.js (ES module, with the shipped data): defines every chart element.
// Loaded on demand: the reader of `src` (yhdyspinta-elements-source.js next to this file, when an
// element has a `src`) and the Swedish hyphenation patterns (a chunk, when an element is drawn in
// Swedish); the classic-script bundle (../register.ts) has both inside.
import { CHART_LIST } from '../../catalogue';
import type { AnyChartDefinition } from '../../chart/ChartDefinition';
import { ChartElementBase } from '../ChartElementBase';
import { defineElements } from '../defineElements';
import { elementChart } from '../elementChart';
import type { ElementChart } from '../elementChart';
import { loadSourceLazily, setSourceSupportUrl } from '../lazySource';
import type { SourceLimits, SourceProgress, SourceResult } from '../sourceTypes';

function elementClass(definition: AnyChartDefinition): [string, CustomElementConstructor] {
  const chart = elementChart(definition);
  const element = class extends ChartElementBase {
    protected get chart(): ElementChart {
      return chart;
    }

    protected loadSource(
      url: string,
      limits: SourceLimits,
      onProgress: SourceProgress,
    ): Promise<SourceResult> {
      return loadSourceLazily(url, limits, onProgress);
    }
  };
  return [chart.tag, element];
}

setSourceSupportUrl(new URL('./yhdyspinta-elements-source.js', import.meta.url).href);
defineElements(
  Object.fromEntries(
    CHART_LIST.map((definition) => elementClass(definition as unknown as AnyChartDefinition)),
  ),
);
