// Every chart of the static registry (the CLI's charts), rendered without a DOM: well-formed standalone
// SVG in each locale and preset, and user-supplied labels that try to break out of the markup.
import { describe, expect, it } from 'vitest';
import { getMessages } from '@yhdyspinta/charts';
import { CHART_NAMES, PRESETS, renderToSvgDocument } from '@yhdyspinta/charts/static';
import type { ChartDataMap, ChartName, ChartSpec } from '@yhdyspinta/charts/static';
import { allElements, parseSvg, XHTML_NS } from './support';

const HOSTILE = {
  script: '<script>alert(1)</script>',
  img: '"><img src=x onerror=alert(1)>',
  amp: 'Sote &amp; pelastus',
  quotes: `Kunnan 'oma' ja "yhteinen" tavoite`,
  emoji: 'Hyvinvointi 👩‍⚕️🚒 ÅÄÖ',
};
const LABELS = Object.values(HOSTILE);
const CONTROL = 'Ohjausmerkki\u0001 loppu';

/** Hostile user data for each chart (a new chart must add its own: this is typed over every name). */
const HOSTILE_DATA: { readonly [N in ChartName]: ChartDataMap[N] } = {
  'goal-bars': {
    groups: [
      {
        id: 'g',
        label: CONTROL,
        items: LABELS.map((label, i) => ({ id: `i${i}`, label, value: 1 + i * 0.9 })),
      },
    ],
  },
  'theme-heatmap': {
    kind: 'count',
    rows: LABELS.slice(0, 3).map((label, i) => ({ id: `r${i}`, label })),
    columns: LABELS.slice(2).map((label, i) => ({ id: `c${i}`, label })),
    values: [
      [1, 2, null],
      [0, 3, 4],
      [5, null, 1],
    ],
    notes: [CONTROL],
  },
  'rescue-radar': {
    axes: LABELS.map((label, i) => ({ id: `a${i}`, label })),
    series: [
      {
        id: 's',
        label: CONTROL,
        values: Object.fromEntries(LABELS.map((_, i) => [`a${i}`, i === 2 ? null : 1 + i])),
      },
    ],
  },
  coverage: [...LABELS, CONTROL].map((label, i) => ({ id: `m${i}`, label, answered: i % 2 === 0 })),
};

describe.each(CHART_NAMES)('%s', (chart) => {
  it.each(['fi', 'sv', 'en'] as const)(
    'renders the shipped data as a standalone SVG (%s)',
    (locale) => {
      const doc = renderToSvgDocument({ chart } as ChartSpec, { preset: 'slide-16x9', locale });
      const root = parseSvg(doc.svg).documentElement;
      expect([root.getAttribute('width'), root.getAttribute('height')]).toEqual(['1920', '1080']);
      expect(root.getAttribute('viewBox')).toMatch(/^-?[\d.]+ -?[\d.]+ [\d.]+ [\d.]+$/);
      const [title, desc] = [...root.children];
      expect(title?.localName).toBe('title');
      expect(title?.textContent).toBe(root.getAttribute('aria-label'));
      expect(desc?.localName).toBe('desc');
      expect(desc?.textContent?.length).toBeGreaterThan(10);
      // A file is a picture: no keyboard hint anywhere, no focusable element, no Tab stop.
      expect(doc.svg).not.toContain(getMessages(locale).common.keyboardHint);
      expect(doc.svg).not.toContain('tabindex');
      expect(doc.svg).not.toContain('role="graphics-symbol"');
      expect(parseSvg(doc.svg).getElementsByTagNameNS(XHTML_NS, 'table')).toHaveLength(1);
      expect(doc.svg).not.toContain('style=');
    },
  );

  it('renders at the intranet card width, deterministically', () => {
    const first = renderToSvgDocument({ chart } as ChartSpec, { preset: 'intranet-card' });
    expect(first.width).toBe(PRESETS['intranet-card'].width);
    // Deterministic apart from the ids' prefix, which is unique per render.
    const unprefixed = (text: string) => text.replaceAll(/_y[0-9a-z]+(n\d+)?-R_/g, '_R_');
    const again = renderToSvgDocument({ chart } as ChartSpec, { preset: 'intranet-card' }).svg;
    expect(unprefixed(again)).toBe(unprefixed(first.svg));
  });

  it('escapes hostile labels in user data', () => {
    const data = HOSTILE_DATA[chart];
    const { svg } = renderToSvgDocument({ chart, data } as ChartSpec, { preset: 'slide-4x3' });
    const doc = parseSvg(svg);
    const names = new Set(allElements(doc).map((el) => el.localName));
    expect(['script', 'img'].filter((name) => names.has(name))).toEqual([]);
    expect(svg).not.toMatch(/<script|<img/i);
    const texts = new Set(allElements(doc).map((el) => el.textContent ?? ''));
    for (const label of LABELS) expect(texts.has(label)).toBe(true);
    expect(svg).toContain('Ohjausmerkki\uFFFD loppu');
    expect(svg).not.toContain('style=');
  });
});
