/**
 * The chart elements' lifecycle in jsdom: defining, rendering into the shadow root, re-rendering on
 * attribute changes, inline data, `src` with a stubbed fetch, events, unmounting on disconnect, and
 * never throwing into the page. (The real browser run is elements.browser.test.ts.)
 */
import { waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  CHART_ELEMENTS,
  defineYhdyspintaElements,
  YhdyspintaChartElement,
  YhdyspintaGoalBarsElement,
  ELEMENT_MESSAGES,
} from '@yhdyspinta/charts/elements';
import { getMessages, defaultTheme, slideTheme } from '@yhdyspinta/charts';
import { responsesCsv } from './support/responses';

const TAG = 'yhdyspinta-goal-bars';
const fiTitle = getMessages('fi').goalBar.title;

beforeAll(() => {
  defineYhdyspintaElements();
});

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

function mount(attributes: Record<string, string> = {}): HTMLElement {
  const element = document.createElement(TAG);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  document.body.append(element);
  return element;
}

function shadow(element: HTMLElement) {
  if (!element.shadowRoot) throw new Error('no shadow root');
  return within(element.shadowRoot as unknown as HTMLElement);
}

describe('defineYhdyspintaElements', () => {
  it('defines every chart element once; calling it again is harmless', () => {
    expect(customElements.get(TAG)).toBe(YhdyspintaGoalBarsElement);
    expect(() => defineYhdyspintaElements()).not.toThrow();
    expect(Object.keys(CHART_ELEMENTS).sort()).toEqual([
      'yhdyspinta-coverage',
      'yhdyspinta-goal-bars',
      'yhdyspinta-rescue-radar',
      'yhdyspinta-theme-heatmap',
    ]);
    for (const [tag, element] of Object.entries(CHART_ELEMENTS)) {
      expect(customElements.get(tag)).toBe(element);
    }
  });
});

describe('<yhdyspinta-goal-bars>', () => {
  it('renders the shipped chart into an open shadow root, not into the page', async () => {
    const element = mount({ width: '640' });
    const figure = await shadow(element).findByRole('figure', { name: fiTitle });
    expect(figure.getAttribute('width')).toBe('640');
    expect(element.shadowRoot?.mode).toBe('open');
    expect(element.children).toHaveLength(0);
  });

  it('re-renders on locale, theme and size changes; takes the page language without one', async () => {
    const element = mount({ width: '640' });
    await shadow(element).findByRole('figure', { name: fiTitle });
    element.setAttribute('locale', 'sv');
    element.setAttribute('width', '500');
    const sv = await shadow(element).findByRole('figure', {
      name: getMessages('sv').goalBar.title,
    });
    expect(sv.getAttribute('width')).toBe('500');
    const titleSize = () => element.shadowRoot?.querySelector('text')?.getAttribute('font-size');
    expect(titleSize()).toBe(String(defaultTheme.fontSize.title));
    element.setAttribute('theme', 'slide');
    await waitFor(() => expect(titleSize()).toBe(String(slideTheme.fontSize.title)));

    document.documentElement.lang = 'en';
    const english = mount({ width: '640' });
    await shadow(english).findByRole('figure', { name: getMessages('en').goalBar.title });
    document.documentElement.removeAttribute('lang');
  });

  it('follows the page language live when it has no locale of its own (sv-FI is Swedish)', async () => {
    const follower = mount({ width: '640' });
    const own = mount({ width: '640', locale: 'en' });
    await shadow(follower).findByRole('figure', { name: fiTitle });
    document.documentElement.lang = 'sv-FI';
    await shadow(follower).findByRole('figure', { name: getMessages('sv').goalBar.title });
    // Its own locale wins over the page's.
    expect(shadow(own).getByRole('figure').getAttribute('aria-label')).toBe(
      getMessages('en').goalBar.title,
    );
    document.documentElement.removeAttribute('lang');
    await shadow(follower).findByRole('figure', { name: fiTitle });
  });

  it('draws inline data, and shows the error state for data that is not JSON or not valid', async () => {
    const data = {
      groups: [{ id: 'g', label: '', items: [{ id: 'a', label: 'Oma tavoite', value: 4.2 }] }],
    };
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = mount({ width: '640', data: JSON.stringify(data) });
    // Own data gets no invented title: the figure is named after its kind.
    const figure = await shadow(element).findByRole('figure', {
      name: 'Pylväskaavio keskiarvoista asteikolla 1–5',
    });
    expect(figure.textContent).not.toContain(fiTitle);
    expect(figure.textContent).toContain('Oma tavoite');
    expect(figure.textContent).toContain('4,2');

    element.setAttribute('data', '{not json');
    await waitFor(() =>
      expect(shadow(element).getByRole('status').textContent).toBe(
        getMessages('fi').common.invalidData,
      ),
    );
    element.setAttribute('data', JSON.stringify({ groups: 'nope' }));
    await waitFor(() =>
      expect(shadow(element).getByRole('status').textContent).toBe(
        getMessages('fi').common.invalidData,
      ),
    );
    expect(warn).toHaveBeenCalled();
  });

  it('reports invalid data to the page as a yhdyspinta-error event with the problems', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const data = { groups: [{ id: 'g', label: 'G', items: [{ id: 'a', label: 'A', value: 9 }] }] };
    const element = document.createElement(TAG);
    const events: CustomEvent[] = [];
    element.addEventListener('yhdyspinta-error', (event) => events.push(event as CustomEvent));
    element.setAttribute('width', '640');
    element.setAttribute('data', JSON.stringify(data));
    document.body.append(element);
    await waitFor(() => expect(events).toHaveLength(1));
    const problem = 'groups[0].items[0] (a) has value 9, not a mean on 1–5 or null';
    expect(events[0]?.detail).toEqual({ reason: 'invalid-data', problems: [problem] });
    expect(errors).toHaveBeenCalledWith(`[@yhdyspinta/charts] <${TAG}>: invalid data: ${problem}`);
    errors.mockRestore();
  });

  it('fetches src, showing the loading state first, then the chart and a load event', async () => {
    let answer: (response: Response) => void = () => {};
    const fetchMock = vi.fn(() => new Promise<Response>((resolve) => (answer = resolve)));
    vi.stubGlobal('fetch', fetchMock);
    const element = mount({ width: '640', src: '/responses.csv' });
    const loaded = new Promise<Event>((resolve) =>
      element.addEventListener('yhdyspinta-load', resolve),
    );

    await waitFor(() =>
      expect(shadow(element).getByRole('status').textContent).toBe(
        getMessages('fi').common.loading,
      ),
    );
    answer(new Response(responsesCsv(), { headers: { 'content-type': 'text/csv' } }));
    const event = (await loaded) as CustomEvent<{ responses: number }>;
    expect(event.detail.responses).toBeGreaterThan(0);
    await waitFor(() =>
      expect(shadow(element).getByRole('figure', { name: fiTitle }).textContent).toContain(
        'n = 2/10 kuntaa',
      ),
    );
    // A locale change re-renders the fetched data without fetching again.
    element.setAttribute('locale', 'sv');
    await shadow(element).findByRole('figure', { name: getMessages('sv').goalBar.title });
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('shows the error state and dispatches an error event when src fails', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.stubGlobal('fetch', async () => new Response('', { status: 500 }));
    const element = mount({ width: '640', locale: 'sv', src: '/broken' });
    const failed = await new Promise<Event>((resolve) =>
      element.addEventListener('yhdyspinta-error', resolve),
    );
    expect((failed as CustomEvent<{ reason: string }>).detail.reason).toBe('load');
    await waitFor(() =>
      expect(shadow(element).getByRole('status').textContent).toBe(ELEMENT_MESSAGES.sv.loadFailed),
    );
  });

  it('unmounts its chart when removed, and renders again when put back', async () => {
    const element = mount({ width: '640' });
    await shadow(element).findByRole('figure', { name: fiTitle });
    element.remove();
    await waitFor(() => expect(element.shadowRoot?.childNodes).toHaveLength(0));
    document.body.append(element);
    await shadow(element).findByRole('figure', { name: fiTitle });
  });

  it('keeps its chart when moved within the page', async () => {
    const element = mount({ width: '640' });
    const before = await shadow(element).findByRole('figure', { name: fiTitle });
    const box = document.createElement('section');
    document.body.append(box);
    box.append(element);
    await Promise.resolve();
    await Promise.resolve();
    expect(shadow(element).getByRole('figure', { name: fiTitle })).toBe(before);
  });

  it('shows the error state when its chart throws while drawing, and the page carries on', async () => {
    // A chart as the element class needs it: the override below must fit the base class's chart type.
    const throwing = {
      tag: 'test-throwing-chart',
      title: () => 'Testikaavio',
      draw: () => {
        throw new Error('drawing failed');
      },
      fromResponses: 'not used',
    };
    class ThrowingElement extends YhdyspintaChartElement {
      protected get chart() {
        return throwing;
      }
    }
    customElements.define('test-throwing-chart', ThrowingElement);
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = document.createElement('test-throwing-chart');
    element.setAttribute('width', '400');
    document.body.append(element);
    const figure = await shadow(element).findByRole('figure', { name: 'Testikaavio' });
    expect(within(figure).getByRole('status').textContent).toBe(
      getMessages('fi').common.renderError,
    );
    expect(logged).toHaveBeenCalled();
  });
});
