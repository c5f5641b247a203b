/**
 * Property: every chart component, server-rendered with arbitrary data and props (hostile labels,
 * emoji, right-to-left text, 10 000-character labels, duplicate ids, NaN / ±Infinity / out-of-scale
 * values, junk of any shape, odd sizes, locales and themes), never throws; renders the chart when its
 * validator accepts the data and the empty / error state otherwise; and its markup is well-formed XML
 * with no active content (no script / img / style elements, no on* / style / href attributes, no NaN
 * in the geometry), carrying every label of a drawn chart whole as escaped text.
 */
import fc from 'fast-check';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { getMessages, resolveLocale } from '@yhdyspinta/charts';
import { isXmlSafe, runs } from './support/arbitraries';
import { CHART_CASES, commonProps } from './support/chartCases';
import type { ChartCase, Props } from './support/chartCases';
import { activeContent, BAD_GEOMETRY, carriesText, parseXml, squash } from './support/markup';

/** What the markup shows: the text of its role="status" state, or 'chart'. */
function shown(doc: Document): string {
  const status = [...doc.getElementsByTagNameNS('*', '*')].find(
    (element) => element.getAttribute('role') === 'status',
  );
  return status ? squash(status.textContent ?? '') : 'chart';
}

/** Every string reachable in a value (labels, titles, notes…), for the XML-safety precondition. */
function strings(value: unknown, out: string[] = [], depth = 0): string[] {
  if (typeof value === 'string') out.push(value);
  else if (value && typeof value === 'object' && depth < 6) {
    for (const [key, inner] of Object.entries(value)) {
      out.push(key);
      strings(inner, out, depth + 1);
    }
  }
  return out;
}

function check(chart: ChartCase, props: Props): void {
  const markup = renderToStaticMarkup(chart.render(props));
  expect(markup).not.toMatch(/\sstyle="/);
  expect(markup).not.toMatch(BAD_GEOMETRY);
  const doc = parseXml(markup);
  expect(activeContent(doc)).toEqual([]);

  const messages = getMessages(resolveLocale(props.locale)).common;
  const state = shown(doc);
  if (props.data === undefined) {
    expect(state).toBe('chart');
    return;
  }
  const validation = chart.validate(props.data);
  if (!validation.ok) {
    // The message is wrapped (and cut with "…" at a tiny size): compare without the breaks.
    const message = validation.kind === 'empty' ? messages.emptyData : messages.invalidData;
    const seen = state.replace(/\s/g, '').replace(/…$/, '');
    expect(seen.length).toBeGreaterThan(0);
    expect(message.replace(/\s/g, '').startsWith(seen), `${state} ≠ ${message}`).toBe(true);
    return;
  }
  expect(state).toBe('chart');
  for (const text of chart.texts(validation.data)) {
    if (!carriesText(doc, text))
      throw new Error(`label not carried whole: ${JSON.stringify(text)}`);
  }
  // Deterministic: the same props draw the same markup.
  expect(renderToStaticMarkup(chart.render(props))).toBe(markup);
}

beforeAll(() => {
  // Development warnings about the generated bad data are expected; keep the output readable.
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterAll(() => {
  vi.restoreAllMocks();
});

describe.each(CHART_CASES)('$name (server rendering)', (chart) => {
  it('renders the chart or its empty / error state, as inert well-formed XML, for any input', () => {
    const input = fc
      .tuple(chart.data, commonProps, chart.props)
      .map(([data, common, own]) => ({ ...common, ...own, data }))
      // React writes text as is: XML 1.0 forbids control characters, which renderToSvg replaces
      // (see renderToSvg.properties.ssr.test.tsx); in an HTML page they are harmless.
      .filter((props) => strings(props).every(isXmlSafe));
    fc.assert(
      fc.property(input, (props) => check(chart, props)),
      runs(30),
    );
  }, 60_000);
});
