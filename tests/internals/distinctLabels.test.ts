import { describe, expect, it } from 'vitest';
import { wrapText } from '@yhdyspinta/charts';
import {
  collidingLabels,
  distinctLineLimit,
  distinctLineLimits,
  visibleText,
} from '../../packages/charts/src/text/distinctLabels';
import type { WrapToLines } from '../../packages/charts/src/text/distinctLabels';
import { MAX_LABEL_LINES } from '../../packages/charts/src/text/lineLimit';

const OPENING = 'Hyvinvointialue ja kunnat kehittävät yhdessä';
const LABELS = [
  `${OPENING} ikääntyneiden palveluja ja kotihoitoa`,
  `${OPENING} lasten, nuorten ja perheiden palveluja`,
  'Työllisyys',
  `${OPENING} ikääntyneiden palveluja ja omaishoitoa`,
];
const wrap: WrapToLines = (label, maxLines) =>
  wrapText(label, { maxWidth: 260, fontSize: 14, maxLines, locale: 'fi' });
const texts = (limits: readonly number[]) =>
  LABELS.map((label, i) => visibleText(wrap(label, limits[i] ?? 1)));

describe('distinct labels', () => {
  it('finds labels cut to the same text, but not labels equal in full', () => {
    const one = LABELS.map((label) => wrap(label, 1));
    expect(collidingLabels(LABELS, one)).toEqual([[0, 1, 3]]);
    const twins = ['Sama nimi', 'Sama nimi'];
    expect(
      collidingLabels(
        twins,
        twins.map((l) => wrap(l, 1)),
      ),
    ).toEqual([]);
  });

  it('gives colliding labels more lines until they read differently, leaving the others alone', () => {
    const limits = distinctLineLimits(LABELS, wrap, 1);
    expect(limits[2]).toBe(1);
    const seen = texts(limits);
    expect(new Set(seen).size).toBe(LABELS.length);
    // Rows 0 and 3 share more words than row 1: they need more lines than it does.
    expect(limits[0]).toBeGreaterThan(limits[1] ?? 0);
    expect(limits[0]).toBe(limits[3]);
    // One line fewer and they would read the same again.
    const fewer = [...limits];
    fewer[0] = (limits[0] ?? 1) - 1;
    fewer[3] = (limits[3] ?? 1) - 1;
    expect(texts(fewer)[0]).toBe(texts(fewer)[3]);
  });

  it('stops at max, and for labels that are equal in full', () => {
    expect(distinctLineLimits(LABELS, wrap, 1, 2)).toEqual([2, 2, 1, 2]);
    expect(distinctLineLimits(['Sama', 'Sama'], wrap, 2)).toEqual([2, 2]);
    expect(distinctLineLimits([], wrap, 2)).toEqual([]);
  });

  it('gives the smallest uniform limit at which every visible text differs', () => {
    const limit = distinctLineLimit(LABELS, wrap, 1);
    const at = (n: number) => new Set(LABELS.map((l) => visibleText(wrap(l, n)))).size;
    expect(at(limit)).toBe(LABELS.length);
    expect(at(limit - 1)).toBeLessThan(LABELS.length);
    expect(distinctLineLimit(LABELS, wrap, limit + 1)).toBe(limit + 1);
    expect(distinctLineLimit(LABELS, wrap, 1, 2)).toBe(2);
  });

  it('keeps limits whole and within 1 … MAX_LABEL_LINES', () => {
    expect(distinctLineLimit(['a', 'b'], wrap, 0)).toBe(1);
    expect(distinctLineLimit(['a', 'b'], wrap, 2.7)).toBe(2);
    expect(distinctLineLimits(['a'], wrap, 1000)).toEqual([MAX_LABEL_LINES]);
  });
});
