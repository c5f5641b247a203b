/**
 * A data-free element's chart (onDemandSourceElements.ts): the core component with its validation and titles,
 * drawn from `data`, or from the responses of `src` through the adapters of the reader loaded on demand
 * (lazySource.ts); without either, the error state saying it needs one.
 */
import type { Locale, RawResponse } from '@yhdyspinta/data';
import { markSurveyData } from '../../chart/surveyData';
import { elementChart } from '../elementChart';
import type { ElementChart, ElementChartSource } from '../elementChart';
import { loadedSourceSupport } from '../lazySource';

/** A chart's data from responses, with the adapter loaded by the reader (responses come only after it). */
const fromResponses =
  (id: string) =>
  (responses: readonly RawResponse[], locale: Locale): unknown => {
    const adapter = loadedSourceSupport()?.ADAPTERS[id];
    if (!adapter) throw new Error(`no adapter from responses for ${id}`);
    // The survey's data, drawn with its titles (the reader's file marks in its own copy of the module).
    return markSurveyData(adapter(responses, locale));
  };

export const coreChart = (source: Omit<ElementChartSource, 'fromResponses'>): ElementChart =>
  elementChart({ ...source, fromResponses: fromResponses(source.id) }, { shipped: false });
