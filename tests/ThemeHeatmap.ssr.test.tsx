// Server rendering without a DOM. The shipped matrix is the data package's coding of the 2025 §14 memos
// (000_d696d4283556c540.txt, 001_f4669efc46533f46.txt, 002_5c80737f701266ac.txt); municipality order and
// the ten municipalities from 003_ae88570eab8abfd8.txt.
import { describe, expect, it, vi } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { ThemeHeatmap, highContrastTheme, slideTheme } from '@yhdyspinta/charts';
import { ThemeHeatmap as CoreThemeHeatmap } from '@yhdyspinta/charts/core';
import { normalizeSvg } from './support/svgSnapshot';
import { count, expectResponsiveChart, expectStandaloneSvg } from './support/serverMarkup';

describe('ThemeHeatmap server rendering', () => {
  it.each([
    [
      'fi',
      'Yhteistyön teemat kunnittain',
      'Ei muistiota 7 kunnalta: Kirkkonummi',
      'Espoo',
      'Työllisyyden hoito',
    ],
    [
      'sv',
      'Samarbetets teman per kommun',
      'Ingen promemoria från 7 kommuner: Kyrkslätt',
      'Esbo',
      'Sysselsättning',
    ],
    [
      'en',
      'Cooperation themes by municipality',
      'No memo from 7 municipalities: Kirkkonummi',
      'Espoo',
      'Employment',
    ],
  ] as const)(
    'renders the complete chart in %s, deterministically',
    (locale, title, note, municipality, theme) => {
      const markup = renderToStaticMarkup(<ThemeHeatmap locale={locale} />);
      expectResponsiveChart(markup, title);
      // One focusable element; the seven municipalities without a memo in one note (not 105 hatched
      // cells; the table keeps them); the long theme names on the 15 rows.
      expect(count(markup, 'tabindex="0"')).toBe(1);
      expect(markup).toContain(note);
      expect(markup).not.toContain('<pattern');
      expect(count(markup, '<th scope="row">')).toBe(15);
      expect(markup).toContain(`>${municipality}<`);
      expect(markup).toContain(`>${theme}<`);
      expect(markup).toContain('3/10');
      expect(markup).not.toContain('rotate(-90)');
      expect(markup).not.toContain('style=');
      expect(renderToStaticMarkup(<ThemeHeatmap locale={locale} />)).toBe(markup);
    },
  );

  it('renders a standalone SVG at a fixed size in every theme', () => {
    for (const theme of [slideTheme, highContrastTheme]) {
      const svg = renderToStaticMarkup(<ThemeHeatmap width={1920} height={1080} theme={theme} />);
      expectStandaloneSvg(svg, 1920, 1080);
    }
  });

  it('renders the error state for invalid data instead of throwing', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const markup = renderToStaticMarkup(
      <ThemeHeatmap
        width={400}
        data={{
          kind: 'count',
          rows: [{ id: 'a', label: 'A' }],
          columns: [{ id: 'b', label: 'B' }],
          values: [[-1]],
        }}
      />,
    );
    expect(markup).toContain('role="status"');
    expect(markup).toContain('Kaavion tiedot ovat virheellisiä');
    warn.mockRestore();
  });

  it('keeps a 10 × 10 grid lean: stroked band paths, values per row, inherited font attributes', () => {
    const values = Array.from({ length: 10 }, (_, r) =>
      Array.from({ length: 10 }, (_, c) => 1 + ((r * 7 + c * 3) % 41) / 10),
    );
    const data = (cells: (number | null)[][]) => ({
      kind: 'rating' as const,
      rows: values.map((_, i) => ({ id: `r${i}`, label: `Rivi ${i + 1}` })),
      columns: values.map((_, i) => ({ id: `c${i}`, label: `Sarake ${i + 1}` })),
      values: cells,
    });
    const markup = renderToStaticMarkup(
      <CoreThemeHeatmap data={data(values)} width={800} height={600} title="Heatmap 10×10" />,
    );
    // Everything is still there: 20 axis labels, 100 printed values and 100 table cells, one focusable cell.
    expect(count(markup, '>Rivi 1<')).toBe(2); // its axis label and its table row
    expect(count(markup, '<tspan x=')).toBe(100);
    expect(count(markup, '<td>')).toBe(100);
    expect(count(markup, 'tabindex="0"')).toBe(1);
    // No per-text font attributes (set once per group) and no unused hatch pattern.
    expect(count(markup, 'font-size=')).toBeLessThanOrEqual(10);
    expect(markup).not.toContain('<pattern');
    // Coordinates of labels, cells and the focusable cell rounded (the legend is a shared module's).
    expect(markup.slice(0, markup.indexOf('tabindex="0"'))).not.toMatch(/\d\.\d{4}/);
    // Issue 6: ≤ 1.5 × the minimal baseline's ~78 B per cell; ~103 B here.
    expect(markup.length / 100).toBeLessThan(110);
    // A missing cell brings the (quiet) hatch back, and its "ei tietoa" label.
    const gappy = values.map((row, r) => row.map((v, c) => (r === 2 && c === 3 ? null : v)));
    const withMissing = renderToStaticMarkup(
      <CoreThemeHeatmap data={data(gappy)} width={800} height={600} title="Heatmap 10×10" />,
    );
    expect(count(withMissing, '<pattern')).toBe(1);
    expect(withMissing).toContain('>ei tietoa<');
  });

  it('matches the SVG snapshot of the standard fixture (shipped memo themes, fi, 800 px)', async () => {
    const svg = renderToStaticMarkup(<ThemeHeatmap width={800} />);
    await expect(normalizeSvg(svg)).toMatchFileSnapshot('./__snapshots__/ThemeHeatmap.fi.svg');
  });
});
