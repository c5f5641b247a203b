import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { ChartErrorBoundary } from '../../packages/charts/src/common/ChartErrorBoundary';
import { ChartShell } from '../../packages/charts/src/common/ChartShell';
import { ChartState, defaultTheme } from '@yhdyspinta/charts';
import { ResponsiveChart } from '../../packages/charts/src/layout/ResponsiveChart';
import { axeViolations } from '../support/axe';
import { resetDevWarnings } from '../support/devWarnings';
import { DEMO_ITEMS, DemoChart, renderDemoForPointer } from './support/DemoChart';

describe('shared building blocks together (DemoChart)', () => {
  it('is a named, described figure with a hidden data table and no style attributes', async () => {
    const { container } = render(<DemoChart />);
    const figure = screen.getByRole('figure', { name: 'Demokaavio', description: 'Kolme kohtaa.' });
    expect(figure.tagName.toLowerCase()).toBe('svg');
    const table = screen.getByRole('table', { name: 'Demokaavio: tiedot taulukkona' });
    expect(screen.getAllByRole('rowheader').map((c) => c.textContent)).toEqual(DEMO_ITEMS);
    expect(table.parentElement?.localName).toBe('foreignObject');
    expect(table.parentElement?.getAttribute('overflow')).toBe('hidden');
    expect(container.querySelector('[style]')).toBeNull();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('has one Tab stop; arrows, Home and End move the active mark; the tooltip follows; Escape hides it', async () => {
    const user = userEvent.setup();
    const { container } = render(
      <>
        <DemoChart />
        <button type="button">Seuraava</button>
      </>,
    );
    // One focusable element, named after the active mark (the first before any move).
    const focusable = screen.getByRole('graphics-symbol');
    expect(screen.getAllByRole('graphics-symbol')).toHaveLength(1);
    expect(focusable.getAttribute('tabindex')).toBe('0');
    expect(focusable).toBe(screen.getByRole('graphics-symbol', { name: DEMO_ITEMS[0] }));

    await user.tab();
    expect(document.activeElement).toBe(focusable);
    expect(screen.getByRole('tooltip').textContent).toContain(DEMO_ITEMS[0]);
    expect(
      screen.getByRole('graphics-symbol', { name: DEMO_ITEMS[0], description: 'Arvo: 1' }),
    ).toBe(focusable);

    await user.keyboard('{ArrowDown}');
    expect(focusable.getAttribute('aria-label')).toBe(DEMO_ITEMS[1]);
    expect(screen.getByRole('tooltip').textContent).toContain(DEMO_ITEMS[1]);
    await user.keyboard('{End}');
    expect(focusable.getAttribute('aria-label')).toBe(DEMO_ITEMS[2]);
    await user.keyboard('{PageUp}');
    expect(focusable.getAttribute('aria-label')).toBe(DEMO_ITEMS[0]);
    await user.keyboard('{PageDown}');
    expect(focusable.getAttribute('aria-label')).toBe(DEMO_ITEMS[2]);
    await user.keyboard('{Home}');
    expect(focusable.getAttribute('aria-label')).toBe(DEMO_ITEMS[0]);

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).toBeNull();
    expect(document.activeElement).toBe(focusable);
    expect(await axeViolations(container)).toEqual([]);

    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tooltip').textContent).toContain(DEMO_ITEMS[1]);
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Seuraava' }));
    expect(screen.queryByRole('tooltip')).toBeNull();
    // Shift+Tab comes back to the last active mark, not the first.
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(focusable);
    expect(focusable.getAttribute('aria-label')).toBe(DEMO_ITEMS[1]);
  });

  it('maps the pointer to a mark: tooltip on hover, none between marks or after leaving', () => {
    const { group, at } = renderDemoForPointer();
    fireEvent.pointerMove(group, at(2));
    expect(screen.getByRole('tooltip').textContent).toContain(DEMO_ITEMS[2]);
    fireEvent.pointerMove(group, at(1, -10)); // the gap above mark 2
    expect(screen.queryByRole('tooltip')).toBeNull();
    fireEvent.pointerMove(group, at(1));
    expect(screen.getByRole('tooltip').textContent).toContain(DEMO_ITEMS[1]);
    fireEvent.pointerLeave(group);
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('makes the mark under a released pointer the active one and focuses the chart', () => {
    const { group, at } = renderDemoForPointer();
    fireEvent.pointerUp(group, at(2));
    expect(document.activeElement).toBe(
      screen.getByRole('graphics-symbol', { name: DEMO_ITEMS[2] }),
    );
  });

  it('moves by rows in a grid', async () => {
    const user = userEvent.setup();
    render(<DemoChart columns={2} />);
    await user.tab();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('graphics-symbol').getAttribute('aria-label')).toBe(DEMO_ITEMS[2]);
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('graphics-symbol').getAttribute('aria-label')).toBe(DEMO_ITEMS[2]);
  });
});

describe('ChartState', () => {
  it('shows the message of its kind in the locale, as a status', () => {
    render(<ChartState kind="empty" locale="sv" width={400} height={200} title="Titel" />);
    expect(screen.getByRole('status').textContent).toBe('Diagrammet har inga uppgifter att visa.');
    expect(screen.getByRole('figure', { name: 'Titel' }).getAttribute('width')).toBe('400');
  });

  it('marks loading as busy and passes axe', async () => {
    const { container } = render(<ChartState kind="loading" width={300} />);
    expect(screen.getByRole('status').textContent).toBe('Kaaviota ladataan…');
    expect(screen.getByRole('figure').getAttribute('aria-busy')).toBe('true');
    expect(await axeViolations(container)).toEqual([]);
  });
});

function Thrower({ fail }: { fail: boolean }) {
  if (fail) throw new Error('broken child');
  return <p>ok</p>;
}

describe('ChartErrorBoundary', () => {
  it('renders the error state when a child throws, and retries when resetKey changes', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    function Harness() {
      const [fail, setFail] = useState(true);
      return (
        <>
          <button type="button" onClick={() => setFail(false)}>
            fix
          </button>
          <ChartErrorBoundary fallback={{ width: 300, locale: 'en' }} resetKey={fail}>
            <Thrower fail={fail} />
          </ChartErrorBoundary>
        </>
      );
    }
    render(<Harness />);
    expect(screen.getByRole('status').textContent).toBe('The chart could not be drawn.');
    expect(warn).toHaveBeenCalled();
    await userEvent.setup().click(screen.getByRole('button', { name: 'fix' }));
    screen.getByText('ok');
    error.mockRestore();
    warn.mockRestore();
  });
});

describe('ResponsiveChart in jsdom (no layout)', () => {
  it('renders at the default width inside a wrapper when no width is given', () => {
    const { container } = render(
      <ResponsiveChart className="wrap">
        {({ width, height }) => <svg width={width} height={height} />}
      </ResponsiveChart>,
    );
    const svg = container.querySelector('svg');
    expect(svg?.parentElement?.tagName).toBe('DIV');
    expect(svg?.getAttribute('width')).toBe('800');
    expect(svg?.getAttribute('height')).toBe('450');
  });

  it('renders just the chart at a fixed width, with the natural height', () => {
    const { container } = render(
      <ResponsiveChart width={300} heightForWidth={(w) => w + 1}>
        {({ width, height }) => <svg width={width} height={height} />}
      </ResponsiveChart>,
    );
    expect(container.firstElementChild?.tagName.toLowerCase()).toBe('svg');
    expect(container.firstElementChild?.getAttribute('height')).toBe('301');
  });
});

describe('ChartShell', () => {
  const base = {
    chartName: 'TestChart',
    locale: 'fi' as const,
    theme: defaultTheme,
    title: 'Testi',
    width: 300,
    heightForWidth: () => 120,
  };
  const draw = (data: string, size: { width: number; height: number }) => (
    <svg role="img" aria-label={data} width={size.width} height={size.height} />
  );

  it('draws valid data at the resolved size', () => {
    render(
      <ChartShell {...base} validation={{ ok: true, data: 'kuva' }}>
        {draw}
      </ChartShell>,
    );
    expect(screen.getByRole('img', { name: 'kuva' }).getAttribute('height')).toBe('120');
  });

  it('shows loading, empty and error states; reports only invalid data, to onError too', () => {
    resetDevWarnings();
    const warn = vi.spyOn(console, 'error').mockImplementation(() => {});
    const onError = vi.fn();
    const { rerender } = render(
      <ChartShell {...base} loading validation={{ ok: true, data: 'x' }}>
        {draw}
      </ChartShell>,
    );
    expect(screen.getByRole('status').textContent).toBe('Kaaviota ladataan…');
    rerender(
      <ChartShell {...base} validation={{ ok: false, kind: 'empty', problems: [] }}>
        {draw}
      </ChartShell>,
    );
    expect(screen.getByRole('status').textContent).toBe('Kaaviossa ei ole näytettäviä tietoja.');
    expect(warn).not.toHaveBeenCalled();
    rerender(
      <ChartShell
        {...base}
        onError={onError}
        validation={{ ok: false, kind: 'invalid', problems: ['mean 7'] }}
      >
        {draw}
      </ChartShell>,
    );
    expect(screen.getByRole('status').textContent).toContain('virheellisiä');
    expect(warn.mock.calls).toEqual([['[@yhdyspinta/charts] TestChart: invalid data: mean 7']]);
    expect(onError.mock.calls).toEqual([[['mean 7']]]);
    warn.mockRestore();
  });
});
