// RescueRadar's previous round rendered on the server: the thin dashed outline, the legend entry, the
// hidden table's columns with the signed change, and the description. The earlier round is INVENTED
// (tests/support/radarPrevious.ts), so the chart is marked illustrative.
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { RescueRadar, slideTheme } from '@yhdyspinta/charts';
import { radarWithPrevious, withoutPrevious } from './support/radarPrevious';
import { count } from './support/serverMarkup';

describe('RescueRadar previous round: server rendering', () => {
  it.each([
    [
      'fi',
      'edellinen kierros',
      'Edellinen kierros',
      '+0,3',
      '\u22120,2',
      'Muutos edellisestä kierroksesta',
    ],
    [
      'sv',
      'föregående omgång',
      'Föregående omgång',
      '+0,3',
      '\u22120,2',
      'Förändring från föregående omgång',
    ],
    [
      'en',
      'previous round',
      'Previous round',
      '+0.3',
      '\u22120.2',
      'Change from the previous round',
    ],
  ] as const)(
    '%s: outline, legend, table and description',
    (locale, legend, column, up, down, sentence) => {
      const markup = renderToStaticMarkup(
        <RescueRadar data={radarWithPrevious(locale)} locale={locale} width={800} illustrative />,
      );
      // One group of thin dashed outlines (2 2 × 1,25 px: half the 2,5 px series line) with the series' path in its colour.
      expect(count(markup, 'stroke-dasharray="2.5 2.5"')).toBe(2); // the outline group and the legend sample
      expect(markup).toMatch(
        /<g aria-hidden="true" pointer-events="none" fill="none" stroke-width="1.25" stroke-dasharray="2.5 2.5"[^>]*><path d="M[^"]+" stroke="#0072B2">/,
      );
      expect(markup).toContain(`>${legend}</text>`);
      expect(markup).toContain(`<th scope="col">${column}</th>`);
      expect(markup).toContain(`<td>${up}</td>`);
      expect(markup).toContain(`<td>${down}</td>`);
      expect(markup).toContain(sentence);
      expect(markup).not.toContain('NaN');
    },
  );

  it('draws nothing of a previous round without one', () => {
    const data = radarWithPrevious();
    const none = withoutPrevious(data);
    const markup = renderToStaticMarkup(<RescueRadar data={none} width={800} />);
    expect(markup).not.toContain('stroke-dasharray="2.5 2.5"');
    expect(markup).not.toContain('edellinen kierros');
  });

  it('fits a slide with the previous round', () => {
    const svg = renderToStaticMarkup(
      <RescueRadar data={radarWithPrevious()} width={1920} height={1080} theme={slideTheme} />,
    );
    expect(svg).not.toContain('data-fit');
    expect(svg).toContain('>edellinen kierros</text>');
  });
});
