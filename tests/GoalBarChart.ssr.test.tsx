// Server rendering without a DOM. Means as printed in 003_ae88570eab8abfd8.txt (2024 municipal survey).
import { describe, expect, it, vi } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { GoalBarChart, slideTheme } from '@yhdyspinta/charts';
import { normalizeSvg } from './support/svgSnapshot';
import { count, expectResponsiveChart, expectStandaloneSvg } from './support/serverMarkup';

describe('GoalBarChart server rendering', () => {
  it.each([
    [
      'fi',
      'Strategisten yhteistyötavoitteiden toteutuminen kuntien arvioimana',
      'n = 6/10 kuntaa',
      '3,4',
    ],
    [
      'sv',
      'Hur de strategiska samarbetsmålen har uppnåtts enligt kommunerna',
      'n = 6/10 kommuner',
      '3,4',
    ],
    [
      'en',
      'Progress on the strategic cooperation goals as rated by the municipalities',
      'n = 6/10 municipalities',
      '3.4',
    ],
  ] as const)('renders the complete chart in %s, deterministically', (locale, title, base, top) => {
    const markup = renderToStaticMarkup(<GoalBarChart locale={locale} />);
    expectResponsiveChart(markup, title);
    expect(markup).toContain(base);
    // One focusable element (the active row, the first on the server); every goal in the table.
    expect(count(markup, 'role="graphics-symbol"')).toBe(1);
    expect(count(markup, 'tabindex="0"')).toBe(1);
    expect(count(markup, '<th scope="row">')).toBe(11);
    expect(markup).toContain(`>${top}<`);
    expect(markup).not.toContain('style=');
    expect(renderToStaticMarkup(<GoalBarChart locale={locale} />)).toBe(markup);
  });

  it('renders a standalone SVG at a fixed size (slides)', () => {
    const svg = renderToStaticMarkup(
      <GoalBarChart width={1920} height={1080} theme={slideTheme} />,
    );
    expectStandaloneSvg(svg, 1920, 1080);
  });

  it('renders the error state for invalid data instead of throwing', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const markup = renderToStaticMarkup(
      <GoalBarChart
        width={400}
        data={{ groups: [{ id: 'g', label: 'G', items: [{ id: 'a', label: 'A', value: 9 }] }] }}
      />,
    );
    expect(markup).toContain('role="status"');
    expect(markup).toContain('Kaavion tiedot ovat virheellisiä');
    warn.mockRestore();
  });

  it('draws 2000 goals as two texts per goal (label and value; a halo copy only of the values a grid line crosses) and a path per fill, with a summary table', () => {
    const data = {
      groups: [
        {
          id: 'all',
          label: '',
          items: Array.from({ length: 2000 }, (_, i) => ({
            id: `g${i}`,
            label: `Tavoite ${i + 1}`,
            value: i % 100 === 7 ? null : 1 + (i % 41) / 10,
          })),
        },
      ],
    };
    const svg = renderToStaticMarkup(
      <GoalBarChart data={data} width={800} height={56200} title="Tavoitteet" />,
    );
    // The halo is a text of its own under its value (office renderers ignore paint-order), drawn only
    // where a grid line runs through the value: a minority of the rows.
    const underlay = svg.match(/<g[^>]*data-halo-underlay[^>]*>.*?<\/g><\/g>/s)?.[0] ?? '';
    const halos = count(underlay, '<text');
    expect(halos).toBeGreaterThan(0);
    expect(halos).toBeLessThan(2000 / 2);
    expect(count(svg, '<text')).toBeLessThan(2 * 2000 + halos + 30);
    expect(count(svg, '<path')).toBeLessThan(10);
    expect(count(svg, '>Tavoite 2000<')).toBe(1);
    // Each missing value printed once (no grid line runs through it at 800 px).
    expect(count(svg, '>ei tietoa<')).toBe(20);
    expect(count(svg, 'role="graphics-symbol"')).toBe(1);
    expect(count(svg, '<th scope="row">')).toBe(1);
    expect(svg).toMatch(/Tavoitteita on 2\s000, joten taulukossa on osiokohtainen yhteenveto/);
  });

  it('matches the SVG snapshot of the standard fixture (survey2024, fi, 800 px, mean marker)', async () => {
    const svg = renderToStaticMarkup(<GoalBarChart width={800} comparison="mean" />);
    await expect(normalizeSvg(svg)).toMatchFileSnapshot('./__snapshots__/GoalBarChart.fi.svg');
  });
});
