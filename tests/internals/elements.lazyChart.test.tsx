/**
 * The browser bundles' elements (jsdom, on React): a chart whose code loads on demand (lazyChart) shows
 * its loading state until the code is there, then the chart; a chunk that fails to load is the error
 * state with the load message; an element of the data-free bundle without `data` or `src` shows the
 * state saying it needs one and dispatches `yhdyspinta-error`, but one whose `src` is still being read
 * shows the loading state; the on-demand `src` reader that cannot be loaded is the load error state.
 */
import { waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getMessages } from '@yhdyspinta/charts';
import { ELEMENT_MESSAGES } from '@yhdyspinta/charts/elements';
import { chart as goalBars } from '../../packages/charts/src/elements/core/goalBars';
import { CORE_TITLES } from '../../packages/charts/src/elements/bundles/titles';
import type { ElementChart } from '../../packages/charts/src/elements/elementChart';
import { lazyChart } from '../../packages/charts/src/elements/lazyChart';
import {
  onDemandSourceElements,
  setSourceSupportUrl,
} from '../../packages/charts/src/elements/onDemandSourceElements';

const fi = getMessages('fi');
let defined = 0;

/** Defines `chart` under a fresh tag and mounts an element of it with `attributes`. */
function mount(chart: ElementChart, attributes: Record<string, string> = {}): HTMLElement {
  defined += 1;
  const tag = `test-lazy-${defined}`;
  const classes = onDemandSourceElements([chart]);
  const element = Object.values(classes)[0];
  if (!element) throw new Error('no element class');
  customElements.define(tag, element);
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries({ width: '640', ...attributes })) {
    node.setAttribute(name, value);
  }
  document.body.append(node);
  return node;
}

const status = (element: HTMLElement) =>
  element.shadowRoot?.querySelector('[role="status"]')?.textContent ?? null;

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('a chart loaded on demand', () => {
  it('shows the loading state until its code is there, then draws', async () => {
    let release: (chart: ElementChart) => void = () => {};
    const chart = lazyChart(
      'goal-bars',
      CORE_TITLES['goal-bars'],
      () => new Promise<ElementChart>((resolve) => (release = resolve)),
    );
    const data = {
      groups: [{ id: 'g', label: '', items: [{ id: 'a', label: 'Oma', value: 4.2 }] }],
    };
    const element = mount(chart, { data: JSON.stringify(data) });
    await waitFor(() => expect(status(element)).toBe(fi.common.loading));
    release(goalBars);
    const root = element.shadowRoot as unknown as HTMLElement;
    const figure = await within(root).findByRole('figure', {
      name: 'Pylväskaavio keskiarvoista asteikolla 1–5',
    });
    expect(figure.textContent).toContain('4,2');
    expect(status(element)).toBeNull();
  });

  it('shows the load error state when its code cannot be loaded', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const chart = lazyChart('goal-bars', CORE_TITLES['goal-bars'], () =>
      Promise.reject(new Error('chunk 404')),
    );
    const element = mount(chart);
    await waitFor(() => expect(status(element)).toBe(ELEMENT_MESSAGES.fi.loadFailed));
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('chunk 404'));
  });
});

describe('a data-free element', () => {
  it('without data or src shows that it needs one and reports it once', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const events: CustomEvent[] = [];
    document.addEventListener('yhdyspinta-error', (e) => events.push(e as CustomEvent));
    const element = mount(goalBars);
    await waitFor(() => expect(status(element)).toBe(ELEMENT_MESSAGES.fi.needsData));
    await waitFor(() => expect(events).toHaveLength(1));
    expect(events[0]?.detail).toEqual({
      reason: 'invalid-data',
      problems: [expect.stringMatching(/no `data` or `src`/)],
    });
    element.setAttribute('locale', 'sv');
    await waitFor(() => expect(status(element)).toBe(ELEMENT_MESSAGES.sv.needsData));
    expect(events).toHaveLength(1);
  });

  it('with a src still being read shows the loading state, not that it needs data', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const events: Event[] = [];
    document.addEventListener('yhdyspinta-error', (e) => events.push(e));
    // A reader whose module never finishes loading: the element stays in its loading state.
    setSourceSupportUrl('data:text/javascript,await new Promise(() => {})');
    const element = mount(goalBars, { src: 'responses.csv' });
    await waitFor(() => expect(status(element)).toBe(fi.common.loading));
    const figure = element.shadowRoot?.querySelector('svg[role="figure"]');
    expect(figure?.getAttribute('aria-busy')).toBe('true');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(status(element)).toBe(fi.common.loading);
    expect(events).toEqual([]);
    expect(errors).not.toHaveBeenCalled();
  });

  it('with a src whose reader cannot be loaded shows the load error state', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    setSourceSupportUrl('data:text/javascript,throw new Error("no reader")');
    const element = mount(goalBars, { src: 'responses.csv' });
    await waitFor(() => expect(status(element)).toBe(ELEMENT_MESSAGES.fi.loadFailed), {
      timeout: 3000,
    });
  });
});
