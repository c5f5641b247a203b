// Server rendering without a DOM. Means as printed in 003_ae88570eab8abfd8.txt (2024 municipal survey,
// detail page "Pelastustoimen palvelutasopäätös"; title page "6/10 alueen kuntaa vastasi").
import { describe, expect, it, vi } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { RescueRadar, slideTheme } from '@yhdyspinta/charts';
import { radar1, radar3, radar6 } from './fixtures/stress/radar';
import { normalizeSvg } from './support/svgSnapshot';
import { count, expectResponsiveChart, expectStandaloneSvg } from './support/serverMarkup';

describe('RescueRadar server rendering', () => {
  it.each([
    ['fi', 'Pelastustoimen yhteistyötavoitteiden toteutuminen', 'n = 6/10 kuntaa', '3,8'],
    ['sv', 'Hur räddningsväsendets samarbetsmål har uppnåtts', 'n = 6/10 kommuner', '3,8'],
    [
      'en',
      'Progress on the rescue service&#x27;s cooperation goals',
      'n = 6/10 municipalities',
      '3.8',
    ],
  ] as const)('renders the complete chart in %s, deterministically', (locale, title, base, top) => {
    const markup = renderToStaticMarkup(<RescueRadar locale={locale} />);
    expectResponsiveChart(markup, title);
    expect(markup).toContain(base);
    // One focusable element stands for the active point (roving focus; arrows move it).
    expect(count(markup, 'role="graphics-symbol"')).toBe(1);
    expect(count(markup, 'tabindex="0"')).toBe(1);
    expect(count(markup, '<th scope="row">')).toBe(9);
    expect(count(markup, `>${top}<`)).toBeGreaterThanOrEqual(2);
    expect(markup).not.toContain('style=');
    expect(markup).not.toContain('NaN');
    expect(renderToStaticMarkup(<RescueRadar locale={locale} />)).toBe(markup);
  });

  it('renders a standalone SVG at a fixed size (slides)', () => {
    const svg = renderToStaticMarkup(<RescueRadar width={1920} height={1080} theme={slideTheme} />);
    expectStandaloneSvg(svg, 1920, 1080);
  });

  it('renders the bar twin after the radar', () => {
    const markup = renderToStaticMarkup(<RescueRadar width={800} twin="bars" />);
    expect(count(markup, '<svg xmlns')).toBe(2);
    const radar = markup.slice(0, markup.indexOf('<svg xmlns', 10));
    expect(count(radar, 'role="graphics-symbol"')).toBe(1);
    expect(count(markup, 'role="graphics-symbol"')).toBeGreaterThan(1);
    expect(markup).not.toContain('style=');
  });

  it('renders the error state for invalid data instead of throwing', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const markup = renderToStaticMarkup(
      <RescueRadar
        width={400}
        data={{
          axes: [
            { id: 'a', label: 'A' },
            { id: 'b', label: 'B' },
            { id: 'c', label: 'C' },
          ],
          series: [{ id: 's', label: 'S', values: { a: Number.NaN } }],
        }}
      />,
    );
    expect(markup).toContain('role="status"');
    expect(markup).toContain('Kaavion tiedot ovat virheellisiä');
    warn.mockRestore();
  });

  it('draws six series as small multiples: the note, the numbered goals and their key, one Tab stop', () => {
    const data = radar6('fi');
    const markup = renderToStaticMarkup(<RescueRadar data={data} width={1280} />);
    expect(markup).toContain('6 sarjaa: oma kuvio kullekin, sama asteikko; tavoitteet numeroina.');
    // The description says it too.
    expect(markup).toMatch(/<desc[^>]*>[^<]*6 sarjaa: oma kuvio kullekin/);
    expect(markup).toContain(`${data.series[3]!.label} – ei tietoa`);
    expect(markup).toContain('Ei tietoa: 2');
    expect(markup).toContain('>Sopimuspalokunnat<');
    expect(count(markup, 'tabindex="0"')).toBe(1);
    expect(count(markup, '<th scope="row">')).toBe(9);
    expect(markup).not.toMatch(/NaN|style=/);
  });

  it('says "ingen uppgift" under a goal without a value, and does not fit six series on a slide', () => {
    const sv = renderToStaticMarkup(<RescueRadar data={radar1('sv')} width={1280} locale="sv" />);
    expect(sv).toContain('>ingen uppgift<');
    const slide = renderToStaticMarkup(
      <RescueRadar data={radar6('fi')} width={1920} height={1080} theme={slideTheme} />,
    );
    expect(slide).toContain('data-fit="does-not-fit"');
    expect(slide).toContain('data-fit-unit="series"');
    const three = renderToStaticMarkup(
      <RescueRadar data={radar3('fi')} width={1920} height={1080} theme={slideTheme} />,
    );
    expect(three).not.toContain('does-not-fit');
  });

  it('matches the SVG snapshot of the standard fixture (survey2024, fi, 800 × 600)', async () => {
    const svg = renderToStaticMarkup(<RescueRadar width={800} height={600} />);
    await expect(normalizeSvg(svg)).toMatchFileSnapshot('./__snapshots__/RescueRadar.fi.svg');
  });
});
