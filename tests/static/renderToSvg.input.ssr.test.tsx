// renderToSvg (@yhdyspinta/charts/static) without a DOM: every output is parsed as XML (jsdom's
// DOMParser, image/svg+xml), so a single unescaped character or misplaced element fails the test.
// Hostile labels in user data, chart elements, ids and errors.
import { describe, expect, it } from 'vitest';
import { GoalBarChart } from '@yhdyspinta/charts';
import type { GoalBarData, RescueRadarData } from '@yhdyspinta/charts';
import { chartDefinition, RenderError, renderToSvg } from '@yhdyspinta/charts/static';
import type { ChartSpec, RenderChartOptions } from '@yhdyspinta/charts/static';
import { allElements, parseSvg } from './support';

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

function renderError(run: () => unknown): RenderError {
  try {
    run();
  } catch (error) {
    if (error instanceof RenderError) return error;
    throw error;
  }
  throw new Error('expected a RenderError');
}

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
    const root = parseSvg(svg).documentElement;
    expect(root.getAttribute('width')).toBe('640');
    expect(root.getAttribute('viewBox')).toMatch(/^0 0 640 \d+$/);
    expect(root.firstElementChild?.textContent).toBe(root.getAttribute('aria-label'));
  });

  it('replaces the title and description when asked, escaped', () => {
    const root = parseSvg(
      renderToSvg(<GoalBarChart width={640} />, { title: 'A & B', description: '<x>' }),
    ).documentElement;
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
    // What the chart needs, in each language (the English message is `message`).
    expect(empty.messageIn('fi')).toBe(
      'Kaavion "goal-bars" datassa ei ole mitään piirrettävää: se tarvitsee vähintään yhden tavoitteen, jonka keskiarvo on asteikolla 1–5 (vastauksista: kyselyn tavoitteiden arvioita, esim. kohdat ws-1 tai ss-2.1).',
    );
    expect(empty.messageIn('sv')).toMatch(
      /^Data för "goal-bars" har ingenting att rita: .*minst ett mål/,
    );
    expect(error.messageIn('fi')).toMatch(/^Kaavion "goal-bars" data ei kelpaa/);
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
