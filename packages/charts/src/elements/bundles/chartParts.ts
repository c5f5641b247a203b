/**
 * The browser bundles' element charts (bundles/): a chart's core component with its validation and
 * titles, drawn from `data`, or from the responses of `src` through the adapters of the reader loaded on
 * demand (lazySource.ts). The data-free bundles' charts (`coreChart`) show, without either, the error
 * state saying they need one; the full bundles' (`shippedChart`, ../shipped/) draw the shipped data.
 * Neither carries the charts' own adapters from responses: the reader brings those.
 */
import type { Locale, RawResponse } from '@yhdyspinta/data';
import type { ComponentType } from 'react';
import type { CommonChartProps } from '../../common/ChartProps';
import { markSurveyData } from '../../chart/surveyData';
import { withShippedData } from '../../chart/withShippedData';
import { elementChart } from '../elementChart';
import type { ElementChart, ElementChartSource } from '../elementChart';
import { loadedSourceSupport } from '../lazySource';
import { CORE_TITLES } from './titles';
import type { BundleChartId } from './titles';

/** What a bundle's element chart is made of (core/<chart>.ts). */
export type ChartParts = Omit<ElementChartSource, 'fromResponses'>;

/** A chart's data from responses, with the adapter loaded by the reader (responses come only after it). */
const fromResponses =
  (id: string) =>
  (responses: readonly RawResponse[], locale: Locale): unknown => {
    const adapter = loadedSourceSupport()?.ADAPTERS[id];
    if (!adapter) throw new Error(`no adapter from responses for ${id}`);
    // The survey's data, drawn with its titles (the reader's file marks in its own copy of the module).
    return markSurveyData(adapter(responses, { locale }));
  };

/** The data-free bundles' chart: `data` or `src`, else the error state saying it needs one. */
export const coreChart = (parts: ChartParts): ElementChart =>
  elementChart({ ...parts, fromResponses: fromResponses(parts.id) }, { shipped: false });

/** A core chart: `data` required. */
type CoreChart = ComponentType<CommonChartProps & { readonly data: unknown }>;

/** The full bundles' chart: the shipped data (`shippedData`, in the element's locale) without `data`. */
export const shippedChart = (
  parts: ChartParts,
  shippedData: (locale: Locale) => unknown,
): ElementChart =>
  elementChart({
    ...parts,
    Chart: withShippedData(parts.Chart as CoreChart, shippedData, parts.id),
    fromResponses: fromResponses(parts.id),
  });

/**
 * A chart's parts (its id, core component, validation and titles) and its data-free element chart:
 * what core/<chart>.ts exports (shipped/<chart>.ts draws the same parts with the shipped data).
 */
export function bundleChart(
  id: BundleChartId,
  Chart: ComponentType<never>,
  validate: ChartParts['validate'],
): { readonly parts: ChartParts; readonly chart: ElementChart } {
  const parts: ChartParts = {
    id,
    Chart: Chart as ChartParts['Chart'],
    validate,
    titles: CORE_TITLES[id],
  };
  return { parts, chart: coreChart(parts) };
}
