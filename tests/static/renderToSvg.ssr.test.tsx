// renderToSvg (@yhdyspinta/charts/static) without a DOM: every output is parsed as XML (jsdom's
// DOMParser, image/svg+xml), so a single unescaped character or misplaced element fails the test.
// The document and the presets; hostile input, elements, ids and errors are in renderToSvg.input.ssr.test.tsx.
import { describe, expect, it, vi } from 'vitest';
import {
  PRESET_NAMES,
  PRESETS,
  RenderError,
  renderToSvg,
  renderToSvgDocument,
} from '@yhdyspinta/charts/static';
import { allElements, parseSvg, SVG_NS, XHTML_NS } from './support';

function rootOf(svg: string): Element {
  return parseSvg(svg).documentElement;
}

describe('renderToSvg: a standalone, well-formed SVG document', () => {
  const svg = renderToSvg({ chart: 'goal-bars' }, { preset: 'slide-16x9', locale: 'fi' });

  it('starts with the XML declaration and an <svg> root in the SVG namespace', () => {
    expect(
      svg.startsWith(
        '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" ',
      ),
    ).toBe(true);
    const root = rootOf(svg);
    expect(root.localName).toBe('svg');
    expect(root.namespaceURI).toBe(SVG_NS);
  });

  it('has width, height and viewBox of the preset, and <title> then <desc> as first children', () => {
    const root = rootOf(svg);
    expect(root.getAttribute('width')).toBe('1920');
    expect(root.getAttribute('height')).toBe('1080');
    expect(root.getAttribute('viewBox')).toBe('0 0 1920 1080');
    const [first, second] = [...root.children];
    expect(first?.localName).toBe('title');
    expect(first?.textContent).toBe(
      'Strategisten yhteistyötavoitteiden toteutuminen kuntien arvioimana',
    );
    expect(first?.textContent).toBe(root.getAttribute('aria-label'));
    expect(second?.localName).toBe('desc');
    expect(second?.textContent).toMatch(/^11 tavoitetta .*Korkein keskiarvo 3,4/);
    expect(root.getAttribute('aria-describedby')).toBe(second?.getAttribute('id'));
  });

  it('keeps the hidden data table in the XHTML namespace inside the <foreignObject>', () => {
    const doc = parseSvg(svg);
    const table = doc.getElementsByTagNameNS(XHTML_NS, 'table')[0];
    expect(table?.parentElement?.localName).toBe('foreignObject');
    expect(doc.getElementsByTagNameNS(XHTML_NS, 'tr').length).toBeGreaterThan(11);
  });

  it('uses no style attributes and is deterministic', () => {
    expect(svg).not.toContain('style=');
    expect(allElements(parseSvg(svg)).some((el) => el.hasAttribute('style'))).toBe(false);
    // Deterministic apart from the ids' prefix, which is unique per render (see 'ids').
    const again = renderToSvg({ chart: 'goal-bars' }, { preset: 'slide-16x9', locale: 'fi' });
    const unprefixed = (text: string) => text.replaceAll(/_y[0-9a-z]+(n\d+)?-R_/g, '_R_');
    expect(unprefixed(again)).toBe(unprefixed(svg));
    expect(again).not.toBe(svg);
  });

  it('renders Swedish and English', () => {
    const sv = rootOf(renderToSvg({ chart: 'goal-bars' }, { preset: 'slide-16x9', locale: 'sv' }));
    expect(sv.querySelector('title')?.textContent).toBe(
      'Hur de strategiska samarbetsmålen har uppnåtts enligt kommunerna',
    );
    expect(sv.textContent).toContain('3,4');
    const en = rootOf(renderToSvg({ chart: 'goal-bars' }, { locale: 'en' }));
    expect(en.textContent).toContain('3.4');
  });

  it('takes a language tag such as sv-FI for its language', () => {
    const tagged = renderToSvg({ chart: 'coverage' }, { locale: 'sv-FI', idPrefix: 'c' });
    expect(tagged).toBe(renderToSvg({ chart: 'coverage' }, { locale: 'sv', idPrefix: 'c' }));
    expect(rootOf(tagged).querySelector('title')?.textContent).toBe(
      'Kommuner som besvarade kommunenkäten',
    );
  });
});

describe('renderToSvg: presets', () => {
  it.each(
    PRESET_NAMES.filter(
      (name) => PRESETS[name].height !== undefined && !PRESETS[name].physicalSize,
    ),
  )('%s: the preset px size', (preset) => {
    const { width, height } = PRESETS[preset];
    const root = rootOf(renderToSvg({ chart: 'goal-bars' }, { preset }));
    expect(root.getAttribute('width')).toBe(String(width));
    expect(root.getAttribute('height')).toBe(String(height));
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${width} ${height}`);
  });

  it('a4-landscape: printed size in mm, layout 1754×1240 px (150 px/in)', () => {
    const doc = renderToSvgDocument({ chart: 'goal-bars' }, { preset: 'a4-landscape' });
    const root = rootOf(doc.svg);
    expect([root.getAttribute('width'), root.getAttribute('height')]).toEqual(['297mm', '210mm']);
    expect(root.getAttribute('viewBox')).toBe('0 0 1754 1240');
    expect([doc.width, doc.height]).toEqual([1754, 1240]);
  });

  it('intranet-card: 400 px wide at the natural height', () => {
    const doc = renderToSvgDocument({ chart: 'goal-bars' }, { preset: 'intranet-card' });
    expect(doc.width).toBe(400);
    expect(doc.height).toBeGreaterThan(400);
    expect(rootOf(doc.svg).getAttribute('viewBox')).toBe(`0 0 400 ${doc.height}`);
  });

  it('a chart that does not fit is said once, by the error: no console line from the chart too', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      expect(() =>
        renderToSvgDocument({ chart: 'goal-bars' }, { preset: 'slide-4x3', height: 611 }),
      ).toThrow(RenderError);
      expect(warn.mock.calls.flat().join('\n')).not.toContain('too small');
    } finally {
      warn.mockRestore();
    }
  });

  it('refuses to shrink a chart that needs more room than a fixed size: does-not-fit, naming the size', () => {
    // In English at 1440 px wide (two-line title) even one-line labels at the tightest spacing need
    // about 920 px, so 1440×860 is too small. (At 1440×1080 it fits.)
    const render = () =>
      renderToSvgDocument(
        { chart: 'goal-bars' },
        { locale: 'en', preset: 'slide-4x3', height: 860 },
      );
    expect(render).toThrow(RenderError);
    expect(render).toThrow(
      /"goal-bars" does not fit slide-4x3 \(1440×860 px\) with text of at least 20 px/,
    );
    try {
      render();
    } catch (error) {
      expect((error as RenderError).code).toBe('does-not-fit');
    }
  });

  it('fit "shrink" scales a chart that needs more room down to the size, on its background, with a warning', () => {
    const doc = renderToSvgDocument(
      { chart: 'goal-bars' },
      { locale: 'en', preset: 'slide-4x3', height: 860, fit: 'shrink' },
    );
    expect([doc.width, doc.height]).toEqual([1440, 860]);
    const root = rootOf(doc.svg);
    expect([root.getAttribute('width'), root.getAttribute('height')]).toEqual(['1440', '860']);
    const [x, y, w, h] = (root.getAttribute('viewBox') ?? '').split(' ').map(Number);
    expect(h).toBeGreaterThan(860);
    expect(doc.scale).toBeCloseTo(860 / h!, 3);
    expect(y).toBe(0);
    expect(w! / h!).toBeCloseTo(1440 / 860, 3);
    expect(x).toBeCloseTo(-(w! - 1440) / 2, 1);
    const backdrop = root.children[2];
    expect(backdrop?.localName).toBe('rect');
    expect(backdrop?.getAttribute('fill')).toBe('#FFFFFF');
    expect(Number(backdrop?.getAttribute('width'))).toBeCloseTo(w!, 1);
    expect(doc.smallestText).toBeLessThan(22);
    expect(doc.warnings).toEqual([
      expect.stringMatching(
        /^"goal-bars" did not fit slide-4x3 \(1440×860 px\) and was scaled to 9\d % \(smallest text \d+(\.\d)? px\)\. A larger size, fewer items or a split avoids it\.$/,
      ),
      // The layout it was drawn in (the least tall whose labels can be told apart) cut goal texts.
      expect.stringMatching(
        /^"goal-bars" \(en, slide-4x3\): \d+ labels were cut \(…\) to fit the chart in 1440×860 px\. A larger size or fewer items shows every label whole\.$/,
      ),
    ]);
    // The same warning in each language, the size written as the language writes it.
    const [localized] = doc.localizedWarnings ?? [];
    expect(localized?.en).toBe(doc.warnings?.[0]);
    expect(localized?.fi).toMatch(
      /^"goal-bars" ei mahtunut kokoon slide-4x3 \(1440×860 px\), joten se pienennettiin 9\d %:iin \(pienin teksti \d+(,\d)? px\)\. Suurempi koko, vähemmän kohteita tai osiin jakaminen välttää sen\.$/,
    );
    expect(localized?.sv).toMatch(
      /^"goal-bars" rymdes inte i slide-4x3 .* \(minsta text \d+(,\d)? px\)\. En större storlek, färre punkter eller en uppdelning undviker det\.$/,
    );
    // The fit report is for the renderer, not written into the file.
    expect(doc.svg).not.toContain('data-fit');
  });

  it('rejects an unknown fit mode', () => {
    expect(() =>
      renderToSvgDocument({ chart: 'goal-bars' }, { fit: 'squash' as 'shrink' }),
    ).toThrow(/fit must be "error" or "shrink"/);
  });

  it('a width without a height gives the natural height; slide type stays', () => {
    const doc = renderToSvgDocument({ chart: 'goal-bars' }, { preset: 'slide-16x9', width: 1000 });
    expect(doc.width).toBe(1000);
    expect(doc.height).not.toBe(1080);
    expect(rootOf(doc.svg).getAttribute('width')).toBe('1000');
    expect(doc.svg).toContain('font-size="40"');
  });
});
