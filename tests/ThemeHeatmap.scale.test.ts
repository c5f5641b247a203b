// ThemeHeatmap ratings with a survey's own scale words (data.scale) through the public entry: the
// legend's bands and the key finding in the data's words, at 320/768/1280 px and on a slide; a scale on
// a count grid is refused. The grid and the agree–disagree words are ILLUSTRATIVE (invented).
import { describe, expect, it } from 'vitest';
import {
  computeThemeHeatmapLayout,
  MESSAGES,
  slideTheme,
  validateThemeHeatmapData,
} from '@yhdyspinta/charts';
import type { HeatmapData } from '@yhdyspinta/charts';
import { grid, options } from './support/heatmapGrids';

const WORDS = [
  'Täysin eri mieltä',
  'Jokseenkin eri mieltä',
  'Ei samaa eikä eri mieltä',
  'Jokseenkin samaa mieltä',
  'Täysin samaa mieltä',
];
const scale = { levels: WORDS.map((label, i) => ({ value: i + 1, label })) };
const ratings: HeatmapData = { ...grid(11, 10, 'rating'), scale };

describe('ThemeHeatmap ratings with their own scale words', () => {
  it.each([
    ['320 px', options(320)],
    ['768 px', options(768)],
    ['1280 px', options(1280)],
    ['a 16:9 slide', options(1920, slideTheme, 1080)],
  ])('names the legend bands in its words at %s', (_name, input) => {
    const layout = computeThemeHeatmapLayout(ratings, input);
    expect(layout.legend.entries.map((e) => e.label)).toEqual([
      '1 Täysin eri mieltä',
      '2 Jokseenkin eri mieltä',
      '3 Ei samaa eikä eri mieltä (keskikohta)',
      '4 Jokseenkin samaa mieltä',
      '5 Täysin samaa mieltä',
      'ei tietoa',
    ]);
  });

  it('keeps the 2024 words without a scale', () => {
    const layout = computeThemeHeatmapLayout(grid(11, 10, 'rating'), options(800));
    const levels = MESSAGES.fi.common.scaleLevels;
    expect(layout.legend.entries[0]?.label).toBe(`1 ${levels[1]}`);
    expect(layout.legend.entries[2]?.label).toBe(`3 ${levels[3]} (keskikohta)`);
  });

  it('checks the scale, and refuses one on a count grid', () => {
    expect(validateThemeHeatmapData(ratings).ok).toBe(true);
    const counts = validateThemeHeatmapData({ ...grid(3, 3, 'count'), scale });
    expect(counts.ok).toBe(false);
    if (counts.ok) return;
    expect(counts.problems).toEqual(["data.scale is only for kind 'rating'"]);
    const empty = validateThemeHeatmapData({
      ...ratings,
      scale: { levels: [{ value: 1, label: '' }, ...scale.levels.slice(1)] },
    });
    expect(empty.ok).toBe(false);
    if (empty.ok) return;
    expect(empty.problems).toEqual(['data.scale.levels[0] has no label']);
  });
});
