// ResponseCoverage's layout through the public entry (computeResponseCoverageLayout) with the 2024 survey;
// populations and odd line limits are in ResponseCoverage.populations.test.ts. Its internal parts (grid.ts,
// tileParts.ts) are tested in tests/internals/ResponseCoverage.compute.test.ts.
// Response statuses as printed in 003_ae88570eab8abfd8.txt (title page, response table: "Kyllä" /
// "Ei vastausta määräajassa").
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { ResponseCoverageItem } from '@yhdyspinta/charts';

import { SURVEY_FI, layout, expectSound } from './support/coverageLayout';

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
