// ResponseCoverage's layout through the public entry (computeResponseCoverageLayout, summarizeCoverage).
// Its internal parts (grid.ts, tileParts.ts) are tested in tests/internals/ResponseCoverage.compute.test.ts.
// Response statuses as printed in 003_ae88570eab8abfd8.txt (title page, response table: "Kyllä" /
// "Ei vastausta määräajassa"). Populations here are ILLUSTRATIVE (made up): the sources give none.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { coverageOf, survey2024 } from '@yhdyspinta/data';
import type { Locale, Survey } from '@yhdyspinta/data';
import {
  computeResponseCoverageLayout,
  defaultTheme,
  measureText,
  responseCoverageFromSurvey,
  summarizeCoverage,
} from '@yhdyspinta/charts';
import type {
  ChartTheme,
  ResponseCoverageItem,
  ResponseCoverageLayout,
  ResponseCoverageOptions,
} from '@yhdyspinta/charts';

import { OPTIONS } from './support/coverageOptions';

/** Illustrative populations (not real figures). */
const ILLUSTRATIVE_POPULATIONS = {
  espoo: 300000,
  kauniainen: 10000,
  kirkkonummi: 40000,
  siuntio: 6000,
  vihti: 29000,
  karkkila: 8500,
  lohja: 46000,
  inkoo: 5500,
  hanko: 8000,
  raasepori: 27000,
} as const;

const SURVEY_FI = responseCoverageFromSurvey(survey2024, 'fi');

function layout(
  width: number,
  extra: {
    locale?: Locale;
    theme?: ChartTheme;
    height?: number;
    data?: readonly ResponseCoverageItem[];
    options?: Partial<ResponseCoverageOptions>;
  } = {},
): ResponseCoverageLayout {
  const locale = extra.locale ?? 'fi';
  return computeResponseCoverageLayout({
    data: extra.data ?? responseCoverageFromSurvey(survey2024, locale),
    width,
    height: extra.height,
    locale,
    theme: extra.theme ?? defaultTheme,
    options: { ...OPTIONS, ...extra.options },
  });
}

function overlaps(
  a: { x: number; y: number; width: number; height: number },
  b: typeof a,
): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Every tile inside the chart, no two overlapping, every text line within its tile's text area. */
function expectSound(l: ResponseCoverageLayout, theme: ChartTheme = defaultTheme): void {
  const { tiles } = l;
  expect(tiles.length).toBeGreaterThan(0);
  for (const [i, t] of tiles.entries()) {
    expect(t.box.x).toBeGreaterThanOrEqual(0);
    expect(t.box.x + t.box.width).toBeLessThanOrEqual(l.width + 1e-6);
    expect(t.box.y + t.box.height).toBeLessThanOrEqual(l.height + 1e-6);
    for (const other of tiles.slice(i + 1)) expect(overlaps(t.box, other.box)).toBe(false);
    const right = t.box.x + t.box.width - theme.spacing.sm + 1e-6;
    for (const b of [
      t.name,
      ...(t.status ? [t.status] : []),
      ...(t.population ? [t.population] : []),
    ]) {
      for (const line of b.lines) {
        expect(b.x + measureText(line, b.fontSize, b.fontWeight)).toBeLessThanOrEqual(right);
      }
      expect(b.y).toBeGreaterThanOrEqual(t.box.y);
      expect(b.y + b.lines.length * b.lineHeight).toBeLessThanOrEqual(
        t.box.y + t.box.height + 1e-6,
      );
    }
    expect(t.icon.cx - t.icon.r).toBeGreaterThanOrEqual(t.box.x);
  }
}

describe('computeResponseCoverageLayout with the 2024 survey', () => {
  it('draws ten tiles in source order, 5 × 2 at 800 px, with the headline "6/10 kuntaa vastasi"', () => {
    const l = layout(800);
    expect(l.grid.columns).toBe(5);
    expect(l.grid.rows).toBe(2);
    expect(l.headline.lines).toEqual(['6/10 kuntaa vastasi']);
    expect(l.tiles.map((t) => [t.item.label, t.item.answered])).toEqual([
      ['Espoo', false],
      ['Kauniainen', true],
      ['Kirkkonummi', true],
      ['Siuntio', false],
      ['Vihti', false],
      ['Karkkila', true],
      ['Lohja', true],
      ['Inkoo', false],
      ['Hanko', true],
      ['Raasepori', true],
    ]);
    expect(l.mode).toBe('tiles');
    expect(l.legend).toEqual([]);
    expect(l.tiles.map((t) => t.status?.lines.join(' '))).toContain('Ei vastausta määräajassa');
    expect(l.summary).toMatchObject({ answered: 6, total: 10 });
    expect(l.height).toBe(l.naturalHeight);
    expectSound(l);
  });

  it('prints the base under the title with showBase, like the other charts', () => {
    expect(layout(800, { options: { showBase: true } }).header.notes[0]?.lines).toEqual([
      'n = 6/10 kuntaa',
    ]);
    expect(layout(800).header.notes).toEqual([]);
  });

  it('uses the localized names and statuses (sv official names, en Finnish names)', () => {
    const sv = layout(800, { locale: 'sv' });
    expect(sv.tiles.map((t) => t.item.label)).toEqual([
      'Esbo',
      'Grankulla',
      'Kyrkslätt',
      'Sjundeå',
      'Vichtis',
      'Högfors',
      'Lojo',
      'Ingå',
      'Hangö',
      'Raseborg',
    ]);
    expect(sv.headline.lines).toEqual(['6/10 kommuner svarade']);
    expect(layout(800, { locale: 'en' }).tiles[2]?.item.label).toBe('Kirkkonummi');
  });

  it.each([
    ['fi', 400],
    ['sv', 400],
    ['en', 400],
    ['fi', 320],
    ['sv', 240],
    ['fi', 160],
  ] as const)('fits %s at %i px without overlaps, clipping or broken names', (locale, width) => {
    const l = layout(width, { locale });
    expectSound(l);
    for (const t of l.tiles) {
      if (width >= 240) expect(t.name.lines.join(' ')).toBe(t.item.label); // whole words only
      expect(t.nameTruncated).toBe(false);
    }
  });

  it('takes three columns in a 400 px card and keeps statuses to two lines', () => {
    const l = layout(400, { locale: 'sv' });
    expect(l.grid.columns).toBe(3);
    expect(l.tiles).toHaveLength(10);
    for (const t of l.tiles) expect(t.status?.lines.length).toBeLessThanOrEqual(2);
  });

  it('switches to the compact list below three tile columns: chips with icons under a legend', () => {
    const l = layout(320);
    expect(l.mode).toBe('compact');
    expect(l.grid.columns).toBe(2);
    expect(l.legend.map((e) => [e.answered, e.label.lines.join(' ')])).toEqual([
      [true, 'Vastasi'],
      [false, 'Ei vastausta määräajassa'],
    ]);
    for (const t of l.tiles) {
      expect(t.status).toBeNull();
      expect(t.population).toBeNull();
      expect(t.box.y).toBeGreaterThan(
        Math.max(...l.legend.map((e) => e.swatch.y + e.swatch.height)),
      );
    }
    expect(layout(800).mode).toBe('tiles');
    // A fixed column count is about tiles: it keeps them.
    expect(layout(320, { options: { columns: 1 } }).mode).toBe('tiles');
    // Only the statuses present are explained.
    const all = layout(320, { data: SURVEY_FI.map((i) => ({ ...i, answered: true })) });
    expect(all.legend.map((e) => e.answered)).toEqual([true]);
  });

  it('keeps the natural layout when the height given is the natural one', () => {
    const natural = layout(800);
    const fixed = layout(800, { height: natural.naturalHeight });
    const { fit, ...rest } = fixed;
    expect(rest).toEqual(natural);
    expect(fit).toEqual({
      fits: true,
      neededHeight: natural.naturalHeight,
      unit: 'tiles',
      total: 10,
      pages: [{ start: 0, end: 10 }],
    });
    expect(natural.fit).toBeUndefined();
  });

  it('never cuts names to fit a height: it reports that the tiles do not fit and draws them whole', () => {
    const long: ResponseCoverageItem[] = Array.from({ length: 4 }, (_, i) => ({
      id: `m${i}`,
      label: `Kunta ${i} jonka nimi on hyvin pitkä ja jatkuu usealle riville`,
      answered: i % 2 === 0,
    }));
    const natural = layout(400, { data: long });
    expect(natural.truncatedCount).toBe(0);
    const tighter = layout(400, { data: long, height: natural.naturalHeight - 20 });
    expect(tighter.overflow).toBe(true);
    expect(tighter.fit?.fits).toBe(false);
    expect(tighter.truncatedCount).toBe(0);
    expect(tighter.maxLabelLines).toBe(5);
    expect(tighter.height).toBe(tighter.naturalHeight);
    expect(tighter.height).toBeGreaterThan(natural.naturalHeight - 20);
  });

  it('truncates a 300-character name with "…" and keeps the full text on the item', () => {
    const label = `${'Pitkä kunnan nimi '.repeat(16)}loppu`.slice(0, 300);
    const l = layout(300, { data: [{ id: 'x', label, answered: true }] });
    const tile = l.tiles[0]!;
    expect(tile.nameTruncated).toBe(true);
    expect(tile.name.lines).toHaveLength(5);
    expect(tile.name.lines[4]?.endsWith('…')).toBe(true);
    expect(tile.item.label).toBe(label);
    expect(l.truncatedCount).toBe(1);
    expectSound(l);
  });

  it('orders answered first on request, stably', () => {
    const l = layout(800, { options: { order: 'answered-first' } });
    expect(l.tiles.map((t) => t.item.id)).toEqual([
      'kauniainen',
      'kirkkonummi',
      'karkkila',
      'lohja',
      'hanko',
      'raasepori',
      'espoo',
      'siuntio',
      'vihti',
      'inkoo',
    ]);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(layout(640))).toBe(JSON.stringify(layout(640)));
  });

  it('keeps text and tiles apart for random names and widths (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            label: fc.stringMatching(/^[A-Za-zÅÄÖåäö]{1,14}( [A-Za-zÅÄÖåäö]{1,14}){0,3}$/),
            answered: fc.boolean(),
          }),
          { minLength: 1, maxLength: 24 },
        ),
        fc.integer({ min: 160, max: 1400 }),
        (entries, width) => {
          const data = entries.map((e, i) => ({ id: String(i), ...e }));
          expectSound(layout(width, { data }));
        },
      ),
      { numRuns: 60, seed: 20241205 },
    );
  });
});

describe('populations (illustrative values, caller-supplied)', () => {
  const withPopulations = (
    populations: Record<string, number | undefined>,
    locale: Locale = 'fi',
  ) =>
    layout(600, {
      locale,
      data: responseCoverageFromSurvey(survey2024, locale, populations),
    });

  it('states the share of residents covered, as coverageOf computes it', () => {
    const l = withPopulations(ILLUSTRATIVE_POPULATIONS);
    const expected = coverageOf(survey2024, { populations: ILLUSTRATIVE_POPULATIONS }).population;
    expect(l.summary.population?.share).toBeCloseTo(expected?.share ?? NaN, 12);
    // (10000 + 40000 + 8500 + 46000 + 8000 + 27000) / 480000 = 0.290625
    expect(l.notes.map((n) => n.lines.join(' '))).toEqual([
      'Vastanneissa kunnissa asuu 29\u00a0% alueen asukkaista.',
    ]);
    expect(l.tiles[0]?.population?.lines.join(' ')).toBe('300\u00a0000 asukasta');
    expectSound(l);
  });

  it('names municipalities without a population and leaves them out of the share', () => {
    const l = withPopulations({ ...ILLUSTRATIVE_POPULATIONS, espoo: undefined, vihti: undefined });
    expect(l.notes.map((n) => n.lines.join(' '))).toEqual([
      'Vastanneissa kunnissa asuu 92\u00a0% alueen asukkaista.',
      'Asukasluku puuttuu: Espoo ja Vihti (ei mukana osuudessa).',
    ]);
    expect(l.tiles[0]?.population?.lines.join(' ')).toBe('Asukasluku puuttuu');
  });

  it('computes no share when a population is invalid, and says whose', () => {
    const sv = withPopulations({ ...ILLUSTRATIVE_POPULATIONS, espoo: -5, lohja: Number.NaN }, 'sv');
    expect(sv.summary.population).toBeUndefined();
    expect(sv.notes.map((n) => n.lines.join(' '))).toEqual([
      'Andelen invånare beräknades inte eftersom invånarantalet är felaktigt: Esbo och Lojo.',
    ]);
    expect(sv.tiles[0]?.population?.lines.join(' ')).toBe('Felaktigt invånarantal');
  });

  it('agrees with coverageOf on missing and invalid populations for any input', () => {
    const value = fc.oneof(
      fc.constant(undefined),
      fc.integer({ min: 0, max: 400000 }),
      fc.constantFrom(-1, Number.NaN, Number.POSITIVE_INFINITY),
    );
    fc.assert(
      fc.property(
        fc.array(value, { minLength: 10, maxLength: 10 }),
        fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }),
        (values, answered) => {
          const ids = survey2024.responses.map((r) => r.municipalityId);
          const survey: Survey = {
            ...survey2024,
            responses: survey2024.responses.map((r, i) => ({ ...r, answered: answered[i]! })),
          };
          const populations = Object.fromEntries(ids.map((id, i) => [id, values[i]]));
          const expected = coverageOf(survey, { populations });
          const got = summarizeCoverage(responseCoverageFromSurvey(survey, 'fi', populations));
          expect(got.answeredIds).toEqual(expected.answeredIds);
          expect(got.missingIds).toEqual(expected.missingIds);
          expect(got.invalidPopulationIds).toEqual(expected.invalidPopulationIds);
          expect(got.population?.share).toEqual(expected.population?.share);
          expect(got.population?.missingIds).toEqual(expected.population?.missingPopulationIds);
        },
      ),
      { numRuns: 80, seed: 6112024 },
    );
  });
});

describe('computeResponseCoverageLayout: odd maxLabelLines (found by the property tests)', () => {
  const long: ResponseCoverageItem[] = Array.from({ length: 4 }, (_, i) => ({
    id: `m${i}`,
    label: `Kunta ${i} ${'jonka nimi on hyvin pitkä ja jatkuu usealle riville '.repeat(4)}`,
    answered: i % 2 === 0,
  }));
  const names = (l: ResponseCoverageLayout) => l.tiles.map((t) => t.name.lines);

  it('treats NaN, 0 and negatives as the default 5', () => {
    const byDefault = layout(400, { data: long });
    for (const odd of [Number.NaN, 0, -1, Number.NEGATIVE_INFINITY]) {
      const l = layout(400, { data: long, options: { maxLabelLines: odd } });
      expect(l.maxLabelLines, String(odd)).toBe(5);
      expect(names(l), String(odd)).toEqual(names(byDefault));
    }
  });

  it('finishes on 1e6 and Infinity with a fixed height (it once tried every limit down to 1 and hung)', () => {
    for (const huge of [1e6, Number.POSITIVE_INFINITY]) {
      for (const height of [100, 300, 2000]) {
        const start = performance.now();
        const l = layout(400, { data: long, height, options: { maxLabelLines: huge } });
        expect(performance.now() - start).toBeLessThan(1000);
        const capped = layout(400, { data: long, height, options: { maxLabelLines: 20 } });
        expect(l.maxLabelLines).toBe(capped.maxLabelLines);
        expect(names(l)).toEqual(names(capped));
        expect(l.overflow).toBe(capped.overflow);
      }
    }
    // The example from the report: the shipped data in a 100 px high chart.
    const tiny = layout(800, { height: 100, options: { maxLabelLines: 1e6 } });
    expect(tiny.overflow).toBe(true);
    expect(tiny.maxLabelLines).toBe(20);
    expect(tiny.fit?.pages).toEqual([]);
  });
});
