/**
 * The small shared rules the charts' validate, describe and theme code build on: the keyboard hint
 * appended to a description, the data checks' predicates and messages, the theme merge's kind check.
 */
import { describe, expect, it } from 'vitest';
import { defaultTheme, readableTextColor, resolveTheme } from '@yhdyspinta/charts';
import type { ThemeOverride } from '@yhdyspinta/charts';
import { withKeyboardHint } from '../../packages/charts/src/locale/keyboardHint';
import {
  checkBase,
  checkIdAndLabel,
  isNonEmptyText,
  isScore,
  isWholeCount,
} from '../../packages/charts/src/common/validation';

const HINT_FI = 'Siirry arvosta toiseen nuolinäppäimillä.';

describe('withKeyboardHint', () => {
  it('adds the hint as a sentence of its own, only when the chart is interactive', () => {
    expect(withKeyboardHint('Keskiarvo on 2,2', true, 'fi')).toBe(`Keskiarvo on 2,2. ${HINT_FI}`);
    expect(withKeyboardHint('Keskiarvo on 2,2.', true, 'fi')).toBe(`Keskiarvo on 2,2. ${HINT_FI}`);
    expect(withKeyboardHint('Onko?', true, 'fi')).toBe(`Onko? ${HINT_FI}`);
    expect(withKeyboardHint('Huom!', true, 'fi')).toBe(`Huom! ${HINT_FI}`);
    expect(withKeyboardHint('Loppuu pisteeseen. Ei tässä', true, 'fi')).toBe(
      `Loppuu pisteeseen. Ei tässä. ${HINT_FI}`,
    );
    expect(withKeyboardHint('', true, 'en')).toBe('Use the arrow keys to move between values.');
    expect(withKeyboardHint('Text', false, 'fi')).toBe('Text');
    expect(withKeyboardHint('', false, 'fi')).toBe('');
  });
});

describe('validation predicates', () => {
  it('isScore: a finite 1–5, ends included', () => {
    expect([1, 5, 2.5].map(isScore)).toEqual([true, true, true]);
    expect([0.99, 5.01, Number.NaN, Number.POSITIVE_INFINITY, '3'].map(isScore)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('isNonEmptyText: a string with something besides spaces', () => {
    expect(['a', ' a '].map(isNonEmptyText)).toEqual([true, true]);
    expect(['', '   ', 3, null].map(isNonEmptyText)).toEqual([false, false, false, false]);
  });

  it('isWholeCount: a whole number ≥ 0', () => {
    expect([0, 7].map(isWholeCount)).toEqual([true, true]);
    expect([-1, 1.5, Number.NaN, '2'].map(isWholeCount)).toEqual([false, false, false, false]);
  });

  it('checkBase accepts no base and 0 ≤ answered ≤ total, and reports anything else once', () => {
    const message = 'base must be whole numbers with 0 ≤ answered ≤ total';
    const run = (base: unknown) => {
      const problems: string[] = [];
      checkBase(base, problems);
      return problems;
    };
    expect(run(undefined)).toEqual([]);
    expect(run({ answered: 6, total: 10 })).toEqual([]);
    expect(run({ answered: 10, total: 10 })).toEqual([]);
    expect(run({ answered: 11, total: 10 })).toEqual([message]);
    expect(run({ answered: -1, total: 10 })).toEqual([message]);
    expect(run({ answered: 1, total: 1.5 })).toEqual([message]);
    expect(run(null)).toEqual([message]);
    expect(run('6/10')).toEqual([message]);
  });

  it('checkIdAndLabel names a missing id, a repeated id and a missing label', () => {
    const ids = new Set<string>();
    const problems: string[] = [];
    checkIdAndLabel({ id: 'a', label: 'A' }, 'items[0]', ids, problems);
    checkIdAndLabel({ id: 'a', label: 'A2' }, 'items[1]', ids, problems);
    checkIdAndLabel({ id: ' ', label: 'B' }, 'items[2]', ids, problems);
    checkIdAndLabel({ id: 'c', label: '' }, 'items[3]', ids, problems);
    expect(problems).toEqual([
      'items[1] repeats the id "a"',
      'items[2] has no id',
      'items[3] (c) has no label',
    ]);
    expect([...ids]).toEqual(['a', 'c']);
  });
});

describe('resolveTheme: kinds', () => {
  it('ignores a value of another kind than the base, and unsafe keys', () => {
    const bad = {
      colors: 'red',
      fontSize: { title: { size: 3 } },
      series: { 0: '#000000' },
      spacing: ['1'],
      lineHeight: '2',
    } as unknown as ThemeOverride;
    expect(resolveTheme(bad)).toEqual(defaultTheme);
    const polluted = JSON.parse(
      '{"__proto__": {"x": 1}, "constructor": 1, "prototype": 2}',
    ) as ThemeOverride;
    const theme = resolveTheme(polluted);
    expect(theme).toEqual(defaultTheme);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('adds a key the base does not have, and merges a nested group key by key', () => {
    const theme = resolveTheme({ tooltip: { padding: 4 } });
    expect(theme.tooltip).toEqual({ ...defaultTheme.tooltip, padding: 4 });
    const extra = resolveTheme({ extra: 1 } as unknown as ThemeOverride) as unknown as Record<
      string,
      unknown
    >;
    expect(extra.extra).toBe(1);
    expect(resolveTheme([] as unknown as ThemeOverride)).toBe(defaultTheme);
    expect(resolveTheme(null)).toBe(defaultTheme);
  });
});

describe('readableTextColor: inputs that are not hex', () => {
  it('falls back to the first candidate, or black without candidates', () => {
    expect(readableTextColor('url(#hatch)', ['#1B1B1B', '#FFFFFF'])).toBe('#1B1B1B');
    expect(readableTextColor('#000000', ['red', '#FFFFFF'])).toBe('#FFFFFF');
    expect(readableTextColor('#000000', [])).toBe('#000000');
    // A tie keeps the first.
    expect(readableTextColor('#777777', ['#FFFFFF', '#FFF'])).toBe('#FFFFFF');
  });
});
