// Server rendering without a DOM. Response statuses as printed in 003_ae88570eab8abfd8.txt (title page:
// 6/10 answered; Espoo, Siuntio, Vihti and Inkoo "Ei vastausta määräajassa").
import { describe, expect, it, vi } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { ResponseCoverage, highContrastTheme, slideTheme } from '@yhdyspinta/charts';
import { RenderError, renderToSvgDocument } from '@yhdyspinta/charts/static';
import { coverage25 } from './fixtures/stress/coverage';
import { normalizeSvg } from './support/svgSnapshot';
import { count, expectResponsiveChart, expectStandaloneSvg } from './support/serverMarkup';

describe('ResponseCoverage server rendering', () => {
  it.each([
    [
      'fi',
      'Kuntakyselyyn vastanneet kunnat',
      '6/10 kuntaa vastasi',
      'Ei vastausta määräajassa',
      'Vastasi',
    ],
    [
      'sv',
      'Kommuner som besvarade kommunenkäten',
      '6/10 kommuner svarade',
      'Inget svar inom utsatt tid',
      'Svarade',
    ],
    [
      'en',
      'Municipalities that answered the survey',
      '6/10 municipalities answered',
      'No answer by the deadline',
      'Answered',
    ],
  ] as const)(
    'renders the complete chart in %s, deterministically',
    (locale, title, headline, missing, answered) => {
      const markup = renderToStaticMarkup(<ResponseCoverage locale={locale} />);
      expectResponsiveChart(markup, title);
      expect(markup).toContain(`>${headline}<`);
      // One focusable element (on the first tile); every tile is in the table.
      expect(count(markup, 'role="graphics-symbol"')).toBe(1);
      expect(count(markup, 'tabindex="0"')).toBe(1);
      expect(count(markup, '<th scope="row">')).toBe(10);
      expect(count(markup, `<td>${missing}</td>`)).toBe(4);
      expect(count(markup, `<td>${answered}</td>`)).toBe(6);
      expect(markup).toContain('<desc id=');
      expect(markup).not.toContain('style=');
      expect(renderToStaticMarkup(<ResponseCoverage locale={locale} />)).toBe(markup);
    },
  );

  it('renders a standalone SVG at slide size in every theme', () => {
    for (const theme of [slideTheme, highContrastTheme]) {
      const svg = renderToStaticMarkup(
        <ResponseCoverage width={1920} height={1080} theme={theme} locale="sv" />,
      );
      expectStandaloneSvg(svg, 1920, 1080);
      expect(svg).toContain('Kyrkslätt');
    }
  });

  it('shows the states instead of throwing, reporting invalid data on the console', () => {
    const warn = vi.spyOn(console, 'error').mockImplementation(() => {});
    const invalid = renderToStaticMarkup(
      <ResponseCoverage
        width={400}
        data={[{ id: 'a', label: 'A', answered: 'yes' as unknown as boolean }]}
      />,
    );
    expect(invalid).toContain('role="status"');
    expect(invalid).toContain('Kaavion tiedot ovat virheellisiä');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('answered yes, not true or false'));
    expect(renderToStaticMarkup(<ResponseCoverage width={400} data={[]} locale="sv" />)).toContain(
      'Diagrammet har inga uppgifter att visa.',
    );
    expect(renderToStaticMarkup(<ResponseCoverage width={400} loading locale="en" />)).toContain(
      'Loading chart…',
    );
    warn.mockRestore();
  });

  it('draws the compact list at 320 px on the server: legend, one focus element, every municipality in the table', () => {
    const data = coverage25('sv');
    const markup = renderToStaticMarkup(<ResponseCoverage width={320} data={data} locale="sv" />);
    expect(markup).toContain('>Svarade<');
    expect(markup).toContain('>Inget svar inom utsatt tid<');
    expect(count(markup, 'role="graphics-symbol"')).toBe(1);
    expect(count(markup, '<th scope="row">')).toBe(25);
    expect(markup).not.toContain('…');
    const sizes = [...markup.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
    expect(renderToStaticMarkup(<ResponseCoverage width={320} data={data} locale="sv" />)).toBe(
      markup,
    );
  });

  it('renders slide-16x9 files that fit, and names the split when 25 municipalities do not', () => {
    for (const locale of ['fi', 'sv'] as const) {
      for (const data of [undefined, coverage25(locale)]) {
        const doc = renderToSvgDocument(
          { chart: 'coverage', ...(data ? { data } : {}) },
          { preset: 'slide-16x9', locale },
        );
        expect(doc.height).toBe(1080);
        expect(doc.fit?.fits ?? true).toBe(true); // a fitting chart writes no report
        expect(doc.smallestText).toBeGreaterThanOrEqual(slideTheme.minFontSize);
      }
    }
    let error: unknown;
    try {
      renderToSvgDocument(
        { chart: 'coverage', data: coverage25('fi') },
        { width: 1920, height: 700, theme: slideTheme },
      );
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RenderError);
    const plan = (error as RenderError).plan;
    expect(plan?.unit).toBe('tiles');
    expect(plan?.pages.length).toBeGreaterThan(1);
    expect(plan?.pages.at(-1)?.end).toBe(25);
  });

  it('matches the SVG snapshot of the standard fixture (survey2024, fi, 800 px)', async () => {
    const svg = renderToStaticMarkup(<ResponseCoverage width={800} />);
    await expect(normalizeSvg(svg)).toMatchFileSnapshot('./__snapshots__/ResponseCoverage.fi.svg');
  });
});
