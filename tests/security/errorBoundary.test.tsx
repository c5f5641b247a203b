/**
 * Isolation: when drawing fails inside a chart (forced here by making the hidden data table, which every
 * chart draws, throw), the chart shows a small error notice in the chosen locale and the rest of the
 * host page keeps working — its other charts, its buttons and its state. The same for each custom
 * element, whose failure never reaches the page as an uncaught error. With good input again, the chart
 * draws. Hostile inline data in an element stays text.
 */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import type { ReactElement } from 'react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHART_ELEMENTS, defineYhdyspintaElements } from '@yhdyspinta/charts/elements';
import {
  GoalBarChart,
  getMessages,
  RescueRadar,
  ResponseCoverage,
  ThemeHeatmap,
} from '@yhdyspinta/charts';
import type { Messages } from '@yhdyspinta/charts';
import type { Locale } from '@yhdyspinta/data';
import type * as HiddenDataTableModule from '../../packages/charts/src/a11y/HiddenDataTable';
import type { HiddenDataTableProps } from '../../packages/charts/src/a11y/HiddenDataTable';

/**
 * While `failing.on`, the hidden data table (which every chart draws) throws — for every chart, or only
 * for the chart whose table caption (its title) contains `failing.marker`.
 */
const failing = vi.hoisted(() => ({ on: false, marker: '' }));
vi.mock('../../packages/charts/src/a11y/HiddenDataTable', async (importOriginal) => {
  const original = await importOriginal<typeof HiddenDataTableModule>();
  return {
    ...original,
    HiddenDataTable: (props: HiddenDataTableProps) => {
      if (failing.on && props.caption.includes(failing.marker)) {
        throw new Error('Simulated failure while drawing');
      }
      // HiddenDataTable is a memo component (an object, not a function): render it, not call it.
      const Original = original.HiddenDataTable;
      return <Original {...props} />;
    },
  };
});

interface ChartCase {
  readonly name: string;
  readonly title: (m: Messages) => string;
  readonly draw: (locale: Locale, width: number) => ReactElement;
}
const CHARTS: readonly ChartCase[] = [
  {
    name: 'GoalBarChart',
    title: (m) => m.goalBar.title,
    draw: (l, w) => <GoalBarChart locale={l} width={w} />,
  },
  {
    name: 'ThemeHeatmap',
    title: (m) => m.themeHeatmap.title,
    draw: (l, w) => <ThemeHeatmap locale={l} width={w} />,
  },
  {
    name: 'RescueRadar',
    title: (m) => m.rescueRadar.title,
    draw: (l, w) => <RescueRadar locale={l} width={w} />,
  },
  {
    name: 'ResponseCoverage',
    title: (m) => m.responseCoverage.title,
    draw: (l, w) => <ResponseCoverage locale={l} width={w} />,
  },
];
const LOCALES: readonly Locale[] = ['fi', 'sv', 'en'];

/** A host page: its own heading, a counter button and the chart under test. */
function HostPage({ chart }: { readonly chart: ReactElement }) {
  const [count, setCount] = useState(0);
  return (
    <main>
      <h1>Intranet</h1>
      <button type="button" onClick={() => setCount((n) => n + 1)}>
        Clicked {count}
      </button>
      <section aria-label="Chart">{chart}</section>
    </main>
  );
}

let uncaught: unknown[] = [];
const onError = (event: ErrorEvent) => uncaught.push(event.error);

beforeAll(() => {
  defineYhdyspintaElements();
});
beforeEach(() => {
  uncaught = [];
  window.addEventListener('error', onError);
  // React reports errors caught by a boundary on the console; the test checks what the page shows.
  vi.spyOn(console, 'error').mockImplementation(() => {});
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  failing.on = false;
  failing.marker = '';
  window.removeEventListener('error', onError);
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe.each(CHARTS)('$name inside a host page', ({ title, draw }) => {
  it.each(LOCALES)(
    'a failure while drawing shows the notice in %s; the page keeps working',
    (locale) => {
      const messages = getMessages(locale);
      failing.on = true;
      const { rerender } = render(<HostPage chart={draw(locale, 640)} />);
      const section = screen.getByRole('region', { name: 'Chart' });
      within(section).getByRole('figure', { name: title(messages) });
      expect(within(section).getByRole('status').textContent?.replace(/\s+/g, ' ').trim()).toBe(
        messages.common.renderError,
      );
      // The host page is still alive: its heading, its button and its React state.
      screen.getByRole('heading', { name: 'Intranet' });
      fireEvent.click(screen.getByRole('button', { name: 'Clicked 0' }));
      screen.getByRole('button', { name: 'Clicked 1' });
      expect(uncaught).toEqual([]);

      // Fixed input (here: the failure gone, new props) draws the chart again.
      failing.on = false;
      rerender(<HostPage chart={draw(locale, 600)} />);
      expect(within(section).queryByRole('status')).toBeNull();
      expect(within(section).getAllByRole('graphics-symbol').length).toBeGreaterThan(0);
      screen.getByRole('button', { name: 'Clicked 1' });
    },
  );
});

describe('a failing chart next to working ones', () => {
  it('only the failing chart shows the notice; the others and the page work', () => {
    failing.on = true;
    failing.marker = 'Rikkinäinen';
    render(
      <HostPage
        chart={
          <>
            <GoalBarChart width={520} />
            <ThemeHeatmap width={520} />
            <RescueRadar width={520} title="Rikkinäinen kaavio" />
            <ResponseCoverage width={520} />
          </>
        }
      />,
    );
    const figures = screen.getAllByRole('figure');
    expect(figures).toHaveLength(4);
    const broken = screen.getByRole('figure', { name: 'Rikkinäinen kaavio' });
    expect(within(broken).getByRole('status').textContent).toContain(
      getMessages('fi').common.renderError,
    );
    for (const figure of figures.filter((f) => f !== broken)) {
      expect(within(figure).queryByRole('status')).toBeNull();
      expect(within(figure).getAllByRole('graphics-symbol').length).toBeGreaterThan(0);
    }
    fireEvent.click(screen.getByRole('button', { name: 'Clicked 0' }));
    screen.getByRole('button', { name: 'Clicked 1' });
    expect(uncaught).toEqual([]);
  });
});

describe.each(Object.keys(CHART_ELEMENTS))('<%s> in a plain page', (tag) => {
  function mount(attributes: Record<string, string>): HTMLElement {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    document.body.append(element);
    return element;
  }
  const inside = (element: HTMLElement) => within(element.shadowRoot as unknown as HTMLElement);

  it.each(LOCALES)(
    'a failure while drawing shows the notice in %s, never an uncaught error',
    async (locale) => {
      const button = document.createElement('button');
      let clicks = 0;
      button.textContent = 'Page button';
      button.addEventListener('click', () => (clicks += 1));
      document.body.append(button);
      failing.on = true;
      const element = mount({ locale, width: '600' });
      const status = await inside(element).findByRole('status');
      expect(status.textContent?.replace(/\s+/g, ' ').trim()).toBe(
        getMessages(locale).common.renderError,
      );
      button.click();
      expect(clicks).toBe(1);
      expect(uncaught).toEqual([]);
      // A changed attribute retries: without the failure the chart draws.
      failing.on = false;
      await act(async () => element.setAttribute('width', '560'));
      await waitFor(() => expect(inside(element).queryByRole('status')).toBeNull());
      expect(inside(element).getAllByRole('graphics-symbol').length).toBeGreaterThan(0);
    },
  );

  it('bad inline JSON shows the invalid-data notice in the page language', async () => {
    document.documentElement.setAttribute('lang', 'sv');
    try {
      const element = mount({ data: '{"groups": [' });
      const status = await inside(element).findByRole('status');
      expect(status.textContent?.replace(/\s+/g, ' ').trim()).toBe(
        getMessages('sv').common.invalidData,
      );
    } finally {
      document.documentElement.removeAttribute('lang');
    }
  });
});

describe('hostile inline data in an element stays text', () => {
  it('labels with markup are drawn as text, never as elements', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    const data = [
      { id: 'a', label: hostile, answered: true },
      { id: 'b', label: '"><svg onload=alert(1)>', answered: false },
    ];
    const element = document.createElement('yhdyspinta-coverage');
    element.setAttribute('data', JSON.stringify(data));
    document.body.append(element);
    const root = element.shadowRoot as ShadowRoot;
    await waitFor(() => expect(root.querySelector('[role="graphics-symbol"]')).not.toBeNull());
    expect(root.querySelectorAll('img, script, iframe, object, embed').length).toBe(0);
    expect(root.querySelectorAll('svg svg').length).toBe(0);
    expect(root.textContent).toContain(hostile);
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });
});
