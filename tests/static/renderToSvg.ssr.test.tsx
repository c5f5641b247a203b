// renderToSvg (@yhdyspinta/charts/static) without a DOM: every output is parsed as XML (jsdom's
// DOMParser, image/svg+xml), so a single unescaped character or misplaced element fails the test.
import { describe, expect, it } from 'vitest';
import { GoalBarChart } from '@yhdyspinta/charts';
import type { GoalBarData, RescueRadarData } from '@yhdyspinta/charts';
import {
  chartDefinition,
  PRESET_NAMES,
  PRESETS,
  RenderError,
  renderToSvg,
  renderToSvgDocument,
} from '@yhdyspinta/charts/static';
import type { ChartSpec, RenderChartOptions } from '@yhdyspinta/charts/static';
import { allElements, parseSvg, SVG_NS, XHTML_NS } from './support';

const HOSTILE = {
  script: '<script>alert(1)</script>',
  img: '"><img src=x onerror=alert(1)>',
  amp: 'Sote &amp; pelastus',
  quotes: `Kunnan 'oma' ja "yhteinen" tavoite`,
  emoji: 'Hyvinvointi 👩‍⚕️🚒 ja ÅÄÖ',
  control: 'Ohjausmerkki\u0001 ja\u0000 loppu',
};

const hostileData: GoalBarData = {
  groups: [
    {
      id: 'g1',
      label: HOSTILE.script,
      items: [
        { id: 'a', label: HOSTILE.img, value: 2.5 },
        { id: 'b', label: HOSTILE.amp, value: 3.1 },
        { id: 'c', label: HOSTILE.quotes, value: null },
        { id: 'd', label: HOSTILE.emoji, value: 4 },
        { id: 'e', label: HOSTILE.control, value: 1.2 },
      ],
    },
  ],
  base: { answered: 3, total: 10 },
};
const hostileTitle = `<b>Otsikko</b> & "lainaus" </svg>`;

function rootOf(svg: string): Element {
  return parseSvg(svg).documentElement;
}

function renderError(run: () => unknown): RenderError {
  try {
    run();
  } catch (error) {
    if (error instanceof RenderError) return error;
    throw error;
  }
  throw new Error('expected a RenderError');
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
        /^"goal-bars" did not fit slide-4x3 \(1440×860 px\) and was scaled to 9\d % \(smallest text \d+(\.\d)? px\)\.$/,
      ),
    ]);
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

describe('renderToSvg: hostile labels in user data', () => {
  const svg = renderToSvg(
    { chart: 'goal-bars', data: hostileData },
    { preset: 'intranet-card', title: hostileTitle },
  );
  const doc = parseSvg(svg);
  const texts = allElements(doc).map((el) => el.textContent ?? '');

  it('is still well-formed XML and injects no element', () => {
    const names = new Set(allElements(doc).map((el) => el.localName));
    for (const name of ['script', 'img', 'b']) expect(names.has(name)).toBe(false);
    expect(svg).not.toMatch(/<script|<img|<b>/i);
  });

  it('escapes every label, so the parsed text is exactly what the user wrote', () => {
    for (const label of [HOSTILE.script, HOSTILE.img, HOSTILE.amp, HOSTILE.quotes, HOSTILE.emoji]) {
      expect(texts.some((text) => text === label)).toBe(true);
    }
    // The goals' labels are the data table's row headers (a file has no focused bar to name).
    const rowHeaders = allElements(doc)
      .filter((el) => el.localName === 'th' && el.getAttribute('scope') === 'row')
      .map((el) => el.textContent);
    for (const label of [HOSTILE.img, HOSTILE.amp, HOSTILE.quotes, HOSTILE.emoji]) {
      expect(rowHeaders).toContain(label);
    }
    // The section (a hostile string too) is the goal's table cell beside it.
    const cells = allElements(doc)
      .filter((el) => el.localName === 'td')
      .map((el) => el.textContent);
    expect(cells).toContain(HOSTILE.script);
    expect(svg).toContain('Sote &amp;amp; pelastus');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('escapes the title, and replaces characters XML forbids with U+FFFD', () => {
    expect(doc.documentElement.firstElementChild?.textContent).toBe(hostileTitle);
    expect(texts.some((text) => text === 'Ohjausmerkki\uFFFD ja\uFFFD loppu')).toBe(true);
    expect([svg.includes('\u0000'), svg.includes('\u0001')]).toEqual([false, false]);
  });

  it('adds no style attribute', () => {
    expect(svg).not.toContain('style=');
  });
});

describe('renderToSvg: chart elements', () => {
  it('renders an element with a fixed width as a document', () => {
    const svg = renderToSvg(<GoalBarChart width={640} locale="sv" />);
    const root = rootOf(svg);
    expect(root.getAttribute('width')).toBe('640');
    expect(root.getAttribute('viewBox')).toMatch(/^0 0 640 \d+$/);
    expect(root.firstElementChild?.textContent).toBe(root.getAttribute('aria-label'));
  });

  it('replaces the title and description when asked, escaped', () => {
    const root = rootOf(
      renderToSvg(<GoalBarChart width={640} />, { title: 'A & B', description: '<x>' }),
    );
    const [title, desc] = [...root.children];
    expect([title?.textContent, desc?.textContent]).toEqual(['A & B', '<x>']);
  });

  it('refuses a responsive element (its root is a <div>, not an <svg>)', () => {
    expect(renderError(() => renderToSvg(<GoalBarChart />)).code).toBe('not-svg');
  });
});

describe('renderToSvg: ids', () => {
  const idsOf = (svg: string) => [...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? '');

  it('gives two different charts no id in common, so both can be inlined in one page', () => {
    const bars = renderToSvg({ chart: 'goal-bars' }, { width: 640 });
    // Missing rows drawn (not collapsed into a note), so the heatmap has its hatch pattern's id too.
    const heatmap = renderToSvg(
      { chart: 'theme-heatmap', props: { collapseMissing: false } },
      { width: 640 },
    );
    const [a, b] = [idsOf(bars), idsOf(heatmap)];
    expect(a.length).toBeGreaterThan(1);
    expect(b.length).toBeGreaterThan(1);
    expect(a.filter((id) => b.includes(id))).toEqual([]);
    // Every reference points at an id of its own file.
    for (const ref of bars.matchAll(/url\(#([^)]+)\)|aria-describedby="([^"]+)"/g)) {
      expect(a).toContain(ref[1] ?? ref[2]);
    }
  });

  it('makes the default prefix from the drawing, and a counter from its second render on', () => {
    const once = renderToSvg({ chart: 'goal-bars' }, { locale: 'sv', width: 640, height: 900 });
    const twice = renderToSvg({ chart: 'goal-bars' }, { locale: 'sv', width: 640, height: 900 });
    expect(idsOf(once).every((id) => /^_y[0-9a-z]+-R_/.test(id))).toBe(true);
    expect(idsOf(twice).every((id) => /^_y[0-9a-z]+n2-R_/.test(id))).toBe(true);
    // The same file apart from the prefix: the output is otherwise deterministic.
    const prefix = (svg: string) => /_(y[0-9a-z]+(n\d+)?-)R_/.exec(svg)?.[1] ?? '';
    expect(twice.replaceAll(prefix(twice), prefix(once))).toBe(once);
  });

  it('takes an idPrefix, and refuses one that would make ids invalid', () => {
    const svg = renderToSvg({ chart: 'coverage' }, { width: 640, idPrefix: 'page2-' });
    expect(idsOf(svg).length).toBeGreaterThan(0);
    expect(idsOf(svg).every((id) => id.startsWith('_page2-R_'))).toBe(true);
    const error = renderError(() =>
      renderToSvg({ chart: 'coverage' }, { width: 640, idPrefix: '1 "x"' }),
    );
    expect(error.code).toBe('invalid-id-prefix');
  });
});

describe('renderToSvg: errors', () => {
  const spec = (chart: string) => ({ chart }) as unknown as ChartSpec;
  const withOptions = (options: object) => () =>
    renderToSvg({ chart: 'goal-bars' }, options as RenderChartOptions);

  it.each([
    ['an unknown chart', () => renderToSvg(spec('pie')), 'unknown-chart'],
    ['an unknown preset', withOptions({ preset: 'poster' }), 'unknown-preset'],
    ['an unsupported locale', withOptions({ locale: 'de' }), 'unsupported-locale'],
    ['a zero width', withOptions({ width: 0 }), 'invalid-size'],
    ['a fractional height', withOptions({ height: 10.5 }), 'invalid-size'],
  ] as const)('%s', (_, run, code) => {
    const error = renderError(run);
    expect(error.code).toBe(code);
    expect(error.message.length).toBeGreaterThan(10);
  });

  it('validates data before drawing and lists the problems', () => {
    const bad: GoalBarData = {
      groups: [{ id: 'g', label: 'G', items: [{ id: 'a', label: 'A', value: 7 }] }],
    };
    const error = renderError(() => renderToSvg({ chart: 'goal-bars', data: bad }));
    expect(error.code).toBe('invalid-data');
    expect(error.problems.join(' ')).toContain('value 7');
    const empty = renderError(() => renderToSvg({ chart: 'goal-bars', data: { groups: [] } }));
    expect(empty.code).toBe('empty-data');
    expect(empty.message).toContain('needs at least one goal with a mean on 1–5');
  });

  it('says which items a chart drawn from responses needs when none of them were rated', () => {
    const responses = [{ municipalityId: 'espoo', itemId: 'ss-1', rating: 3 }] as const;
    const data = chartDefinition('rescue-radar').fromResponses;
    expect(typeof data).toBe('function');
    const radar = typeof data === 'function' ? data(responses, 'fi') : undefined;
    const error = renderError(() =>
      renderToSvg({ chart: 'rescue-radar', data: radar as RescueRadarData }),
    );
    expect(error.code).toBe('empty-data');
    expect(error.message).toContain('item ids rescue.1 … rescue.9');
  });
});
