// The source line of static outputs (issue 15): from the shipped data's sources and base at slide and
// print presets, in fi/sv/en, overridable (`source`), none for own data unless given.
import { describe, expect, it } from 'vitest';
import { renderToSvgDocument, renderToSvgParts } from '@yhdyspinta/charts/static';
import type { ChartSpec } from '@yhdyspinta/charts/static';
import { STRESS_FIXTURES } from '../fixtures/stress';
import { parseSvg } from './support';

const texts = (svg: string) =>
  [...parseSvg(svg).getElementsByTagName('text')].map((t) => t.textContent ?? '');

/** The drawn text that starts the source line (its first line when it wraps). */
const sourceLine = (svg: string, lead: RegExp) => texts(svg).find((t) => lead.test(t));

describe('source line', () => {
  it('draws the survey, the area and the base under the shipped goal bars on a slide, in fi/sv/en', () => {
    const expected = {
      fi: 'Lähde: Kuntakysely 2024, Länsi-Uudenmaan hyvinvointialue · n = 6/10 kuntaa',
      sv: 'Källa: Kommunenkäten 2024, Västra Nylands välfärdsområde · n = 6/10 kommuner',
      en: 'Source: Municipal survey 2024, Western Uusimaa wellbeing services county · n = 6/10 municipalities',
    } as const;
    for (const locale of ['fi', 'sv', 'en'] as const) {
      const { svg } = renderToSvgDocument(
        { chart: 'goal-bars' },
        { preset: 'slide-16x9', locale, idPrefix: 's' },
      );
      expect(texts(svg).join(' ')).toContain(expected[locale]);
    }
  });

  it('names the memos and how many municipalities have one under the shipped heatmap', () => {
    const { svg } = renderToSvgDocument({ chart: 'theme-heatmap' }, { preset: 'slide-4x3' });
    expect(texts(svg).join(' ')).toMatch(
      /Lähde: §\u00a014 -neuvottelujen muistiot 2025, Länsi-Uudenmaan hyvinvointialue · muistio 3\/10 kunnalta/,
    );
  });

  it('counts the answered municipalities of the shipped coverage (6/10) and the radar base', () => {
    for (const chart of ['coverage', 'rescue-radar'] as const) {
      const { svg } = renderToSvgDocument({ chart }, { preset: 'slide-16x9', locale: 'en' });
      expect(texts(svg).join(' ')).toContain('Source: Municipal survey 2024');
      expect(texts(svg).join(' ')).toContain('n = 6/10 municipalities');
    }
  });

  it('is replaced by `source`, left out with false, and absent at natural-height sizes', () => {
    const spec: ChartSpec = { chart: 'goal-bars' };
    const given = renderToSvgDocument(spec, { preset: 'slide-16x9', source: 'Lähde: oma' }).svg;
    expect(sourceLine(given, /^Lähde/)).toBe('Lähde: oma');
    const none = renderToSvgDocument(spec, { preset: 'slide-16x9', source: false }).svg;
    expect(sourceLine(none, /^Lähde/)).toBeUndefined();
    const card = renderToSvgDocument(spec, { preset: 'intranet-card' }).svg;
    expect(sourceLine(card, /^Lähde/)).toBeUndefined();
  });

  it('is not invented for own data, and is drawn on every part of a split chart', () => {
    const fixture = STRESS_FIXTURES.find((f) => f.name === 'goals-40' && f.locale === 'fi');
    const spec = fixture as ChartSpec;
    const own = renderToSvgParts(spec, { preset: 'slide-16x9' }).parts;
    expect(own.length).toBeGreaterThan(1);
    for (const part of own) expect(sourceLine(part.svg, /^Lähde/)).toBeUndefined();
    const credited = renderToSvgParts(spec, {
      preset: 'slide-16x9',
      source: 'Lähde: keksitty testiaineisto',
    }).parts;
    for (const part of credited) {
      expect(sourceLine(part.svg, /^Lähde/)).toBe('Lähde: keksitty testiaineisto');
    }
  });
});
