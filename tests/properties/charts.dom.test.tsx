/**
 * Property: every chart component, rendered in a (jsdom) page next to the page's own button, with
 * arbitrary data and props, never throws into the page: it shows the chart or its empty / error state
 * (role="status"), the page's button keeps working, and keyboard use of the chart (arrows, Home, End,
 * Escape) with hostile labels throws nothing and shows no markup from the labels. Fewer runs than the
 * server-rendering property: the DOM is slower, and this covers the client-only paths (sizing, effects,
 * focus, tooltips).
 */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import fc from 'fast-check';
import { useState } from 'react';
import type { ReactElement } from 'react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runs } from './support/arbitraries';
import { CHART_CASES, commonProps } from './support/chartCases';

function Page({ chart }: { readonly chart: ReactElement }) {
  const [count, setCount] = useState(0);
  return (
    <main>
      <button type="button" onClick={() => setCount((n) => n + 1)}>
        Clicked {count}
      </button>
      <section aria-label="Chart">{chart}</section>
    </main>
  );
}

const KEYS = ['ArrowRight', 'ArrowDown', 'End', 'ArrowLeft', 'Home', 'ArrowUp', 'Escape'];

beforeAll(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterAll(() => {
  vi.restoreAllMocks();
});

describe.each(CHART_CASES)('$name (in a page)', (chart) => {
  it('shows the chart or a state, keeps the page working, and survives the keyboard', () => {
    const errors = vi.spyOn(console, 'error');
    const input = fc
      .tuple(chart.data, commonProps, chart.props)
      .map(([data, common, own]) => ({ ...common, ...own, data }));
    fc.assert(
      fc.property(input, (props) => {
        try {
          render(<Page chart={chart.render(props)} />);
          const section = screen.getByRole('region', { name: 'Chart' });
          const figures = within(section).getAllByRole('figure');
          expect(figures.length).toBeGreaterThan(0);
          const drawable = props.data === undefined || chart.validate(props.data).ok;
          const states = within(section).queryAllByRole('status');
          const marks = within(section).queryAllByRole('graphics-symbol');
          if (drawable) expect(marks.length).toBeGreaterThan(0);
          else expect(states.length).toBeGreaterThan(0);
          const first = marks.find((m) => m.getAttribute('tabindex') === '0');
          if (first) {
            first.focus();
            for (const key of KEYS) fireEvent.keyDown(document.activeElement ?? first, { key });
            fireEvent.mouseEnter(marks[marks.length - 1]!);
          }
          expect(section.querySelectorAll('script, img, iframe').length).toBe(0);
          fireEvent.click(screen.getByRole('button', { name: 'Clicked 0' }));
          screen.getByRole('button', { name: 'Clicked 1' });
          // Nothing was caught by an error boundary either: React reports those on the console. The
          // one console error a chart gives itself is its report of invalid data.
          const reports = /^\[@yhdyspinta\/charts\] \w+: invalid data: /;
          const others = errors.mock.calls.filter(([first]) => !reports.test(String(first)));
          expect(others).toEqual([]);
        } finally {
          cleanup();
        }
      }),
      runs(15),
    );
  }, 60_000);
});
