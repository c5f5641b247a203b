// ThemeHeatmap's words without React (ThemeHeatmap/describe.ts): value names, header notes, name lists,
// the empty-lines note, the key finding's ties and rounding, the description's sentences. Illustrative data.
import { describe, expect, it } from 'vitest';
import type { HeatmapData } from '@yhdyspinta/charts';
import {
  cellName,
  emptyLinesNote,
  headerNotes,
  heatmapDescription,
  joinNames,
  keyFinding,
  valueFormatter,
  valueLabel,
} from '../../packages/charts/src/ThemeHeatmap/describe';
import { axisItems } from '../support/heatmapGrids';

const data = (kind: HeatmapData['kind'], values: (number | null)[][]): HeatmapData => ({
  kind,
  rows: axisItems('r', values.length),
  columns: axisItems('c', values[0]?.length ?? 0),
  values,
});

describe('ThemeHeatmap words', () => {
  it('formats ratings to one decimal and counts as whole numbers, the same each time', () => {
    const rating = valueFormatter(data('rating', [[2.25]]), 'fi');
    expect([rating(2.25), rating(2.25), rating(4)]).toEqual(['2,3', '2,3', '4,0']);
    const count = valueFormatter(data('count', [[2]]), 'fi');
    expect([count(2), count(1234), count(2)]).toEqual(
      ['2', '1 234', '2'].map((s) => s.replace(' ', '\u00a0')),
    );
  });

  it('names a cell by its row, its column and its value', () => {
    expect(cellName(data('count', [[1, null]]), 0, 1, 'fi')).toBe('r 0, c 1: ei tietoa');
    expect(cellName(data('count', [[1, null]]), 0, 0, 'fi')).toBe('r 0, c 0: 1');
  });

  it('calls the values levels for ratings and counts otherwise, unless the data names them', () => {
    expect(valueLabel(data('rating', [[1]]), 'fi')).toBe('Lähin asteikon kohta');
    expect(valueLabel(data('count', [[1]]), 'fi')).toBe('Määrä');
    expect(valueLabel({ ...data('count', [[1]]), valueLabel: 'Kirjauksia' }, 'fi')).toBe(
      'Kirjauksia',
    );
  });

  it('puts "illustrative" first and the base last under the title', () => {
    const given = { ...data('count', [[1]]), notes: ['Huomio'], base: { answered: 6, total: 10 } };
    const notes = headerNotes(given, 'fi', true);
    expect(notes[1]).toBe('Huomio');
    expect(notes).toHaveLength(3);
    expect(notes[2]).toMatch(/6\/10/);
    expect(notes[0]).not.toBe('Huomio');
    expect(headerNotes(given, 'fi', false)).toEqual(['Huomio', notes[2]]);
    expect(headerNotes(data('count', [[1]]), 'fi', false)).toEqual([]);
  });

  it('joins names with commas and the locale’s "and"', () => {
    expect(joinNames([], 'fi')).toBe('');
    expect(joinNames(['Lohja'], 'fi')).toBe('Lohja');
    expect(joinNames(['Lohja', 'Vihti'], 'fi')).toBe('Lohja ja Vihti');
    expect(joinNames(['Lohja', 'Vihti', 'Inkoo'], 'sv')).toBe('Lohja, Vihti och Inkoo');
  });

  it('leads the note of empty rows with the data’s own words, columns with the chart’s', () => {
    const items = axisItems('x', 2);
    const own = { ...data('count', [[1]]), emptyRowsNote: 'Ei muistiota' };
    expect(emptyLinesNote(own, items, 'rows', 'fi')).toBe('Ei muistiota: x 0 ja x 1.');
    const columns = emptyLinesNote(own, items, 'columns', 'fi');
    expect(columns).not.toContain('Ei muistiota');
    expect(columns).toContain('x 0 ja x 1');
    expect(emptyLinesNote(data('count', [[1]]), items, 'rows', 'fi')).toBe(columns);
  });

  it('finds the extremes of ratings at one decimal, ties together, and says when all are equal', () => {
    // 3.04 and 3.0 tie at one decimal; 1.96 and 2.0 too.
    const rating = keyFinding(
      data('rating', [
        [3.04, 2.0],
        [3.0, 1.96],
      ]),
      'fi',
    );
    expect(rating).toMatch(/r 0, c 0/);
    expect(rating).toMatch(/r 1, c 0/);
    expect(rating).toMatch(/r 1, c 1/);
    const equal = keyFinding(data('count', [[2, 2]]), 'fi');
    expect(equal).toMatch(/r 0, c 0/);
    expect(equal).not.toMatch(/Pienin/);
    const missing = keyFinding(data('count', [[2, null]]), 'fi');
    expect(missing).toMatch(/1\/2/);
    expect(keyFinding(data('count', [[2, 1]]), 'fi')).not.toMatch(/Ei tietoa/);
    // The first of two equal highs is not replaced by the second.
    const ties = keyFinding(data('count', [[5, 1, 5]]), 'fi');
    expect(ties).toMatch(/r 0, c 0.*r 0, c 2/);
  });

  it('ends every note of the description with a stop, once', () => {
    const given = {
      ...data('count', [[1, 2]]),
      notes: ['Ilman pistettä', 'Pisteen kanssa.', 'Kysymys?'],
    };
    const text = heatmapDescription(given, { data: given, transposed: false, notes: [] }, 'fi');
    expect(text.startsWith('Ilman pistettä. Pisteen kanssa. Kysymys? ')).toBe(true);
  });
});
