// ResponseCoverage's fit to a fixed height, exactly (public entry): line limits lowered one at a time,
// spare room to larger type (×1.25, ×1.5) and then taller tiles (up to square), and the summary's
// population rules. Heights below were read off the natural layouts at 400 and 800 px (default theme,
// Finnish): the 4 long names take 287 px at 3 lines, 252 at 2 and 217 at 1; the survey's 10
// municipalities take 249 px in 2 rows of 69.95 × 148.8 px tiles.
import { describe, expect, it } from 'vitest';
import { survey2024 } from '@yhdyspinta/data';
import {
  computeResponseCoverageLayout,
  defaultTheme,
  responseCoverageFromSurvey,
  summarizeCoverage,
} from '@yhdyspinta/charts';
import type { ResponseCoverageItem, ResponseCoverageOptions } from '@yhdyspinta/charts';

const OPTIONS: ResponseCoverageOptions = {
  title: 'Kuntakyselyyn vastanneet kunnat',
  hideTitle: false,
  illustrative: false,
  showBase: false,
  wording: 'deadline',
  order: 'source',
  maxColumns: 5,
  maxLabelLines: 3,
};
const LONG: ResponseCoverageItem[] = Array.from({ length: 4 }, (_, i) => ({
  id: `m${i}`,
  label: `Kunta ${i} jonka nimi on hyvin pitkä ja jatkuu usealle riville`,
  answered: i % 2 === 0,
}));
const SURVEY = responseCoverageFromSurvey(survey2024, 'fi');

const layout = (data: readonly ResponseCoverageItem[], width: number, height?: number) =>
  computeResponseCoverageLayout({
    data,
    width,
    height,
    locale: 'fi',
    theme: defaultTheme,
    options: OPTIONS,
  });

describe('computeResponseCoverageLayout: a fixed height', () => {
  it('the natural layouts the numbers below start from', () => {
    const long = layout(LONG, 400);
    expect([long.naturalHeight, long.maxLabelLines, long.truncatedCount]).toEqual([287, 3, 0]);
    const survey = layout(SURVEY, 800);
    expect([survey.naturalHeight, survey.grid.rows, survey.truncatedCount, survey.scale]).toEqual([
      249, 2, 0, 1,
    ]);
    expect(survey.grid.tileHeight).toBeCloseTo(69.95, 10);
  });

  it('ignores a height that is not a finite number', () => {
    expect(layout(SURVEY, 800, Number.NaN)).toEqual(layout(SURVEY, 800));
    expect(layout(SURVEY, 800, Number.POSITIVE_INFINITY)).toEqual(layout(SURVEY, 800));
  });

  it('takes the most name lines that fit: 2 lines in 282 px, 1 line in 240 px, growing the tiles by the rest', () => {
    const two = layout(LONG, 400, 282);
    expect(two.truncatedCount).toBe(two.tiles.filter((t) => t.nameTruncated).length);
    expect(two.truncatedCount).toBeGreaterThan(0);
    expect([two.maxLabelLines, two.height, two.naturalHeight, two.overflow, two.scale]).toEqual([
      2,
      282,
      252,
      false,
      1,
    ]);
    // 30 px spare over 2 rows: each tile 15 px taller than at 2 lines.
    const twoNatural = computeResponseCoverageLayout({
      data: LONG,
      width: 400,
      locale: 'fi',
      theme: defaultTheme,
      options: { ...OPTIONS, maxLabelLines: 2 },
    });
    expect(two.grid.tileHeight).toBeCloseTo(twoNatural.grid.tileHeight + 15, 10);
    const one = layout(LONG, 400, 240);
    expect([one.maxLabelLines, one.height, one.naturalHeight, one.overflow]).toEqual([
      1,
      240,
      217,
      false,
    ]);
  });

  it('grows the tiles by the spare room over the rows, from 1 px a row, never past square', () => {
    const tile = (height: number) => layout(SURVEY, 800, height).grid.tileHeight;
    expect(tile(250.5)).toBeCloseTo(69.95, 10); // 0.75 px a row: unchanged
    expect(tile(251)).toBeCloseTo(70.95, 10); // exactly 1 px a row
    expect(tile(259)).toBeCloseTo(74.95, 10);
    const tall = layout(SURVEY, 800, 2000);
    expect(tall.grid.tileHeight).toBeCloseTo(tall.grid.tileWidth, 10);
    expect([tall.height, tall.naturalHeight]).toEqual([2000, 249]);
  });

  it('enlarges the type by 1.25 or 1.5 only when the larger layout fits', () => {
    expect(layout(SURVEY, 800, 259).scale).toBe(1);
    const mid = layout(SURVEY, 800, 289);
    expect(mid.scale).toBe(1.25);
    expect(mid.tiles[0]?.name.fontSize).toBe(defaultTheme.fontSize.label * 1.25);
    expect(mid.tiles[0]?.status.fontSize).toBe(defaultTheme.fontSize.small * 1.25);
    expect(layout(SURVEY, 800, 449).scale).toBe(1.5);
  });

  it('places the population line xs under the tallest status of the row', () => {
    const data = SURVEY.map((item) => ({ ...item, population: 1000 }));
    const { tiles } = layout(data, 800);
    const statusLines = Math.max(...tiles.map((t) => t.status.lines.length));
    expect(statusLines).toBe(2);
    for (const { status, population } of tiles) {
      expect(population?.y).toBeCloseTo(status.y + statusLines * 12 * 1.35 + 4, 10);
    }
  });
});

describe('summarizeCoverage: populations', () => {
  const item = (id: string, answered: boolean, population?: number): ResponseCoverageItem =>
    population === undefined
      ? { id, label: id, answered }
      : { id, label: id, answered, population };

  it('gives no population share when the populations add up to 0', () => {
    const s = summarizeCoverage([item('a', true, 0), item('b', false, 0)]);
    expect(s.population).toBeUndefined();
    expect(s.invalidPopulationIds).toEqual([]);
  });

  it('lists negative and non-finite populations as invalid, and then gives no share', () => {
    const s = summarizeCoverage([
      item('a', true, -1),
      item('b', false, Number.POSITIVE_INFINITY),
      item('c', true, 5),
    ]);
    expect(s.invalidPopulationIds).toEqual(['a', 'b']);
    expect(s.population).toBeUndefined();
  });

  it('counts a missing population as missing, not as 0 of a share', () => {
    expect(summarizeCoverage([item('a', true, 10), item('b', false)]).population).toEqual({
      covered: 10,
      total: 10,
      share: 1,
      missingIds: ['b'],
    });
    expect(summarizeCoverage([item('a', true), item('b', false)]).population).toBeUndefined();
  });
});
