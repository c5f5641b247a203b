/**
 * locale/format.ts's internals: the scoped valueFormat (withValueFormat), the signed change of a mean and
 * the cached Intl formatters' options. The public formatters' everyday cases are in tests/charts/locale.test.ts.
 */
import { describe, expect, it } from 'vitest';
import {
  formatList,
  formatNumber,
  formatScore,
  formatScoreChange,
  formatScoreOrNoData,
  formatValue,
  nearestScaleLevel,
  withValueFormat,
} from '../../packages/charts/src/locale/format';

const stars = (value: number) => `${value}★`;

describe('withValueFormat', () => {
  it('formats scores and values with the caller’s formatter inside the scope only', () => {
    expect(withValueFormat(stars, () => [formatScore(2.7, 'fi'), formatValue(12, 'fi')])).toEqual([
      '2.7★',
      '12★',
    ]);
    expect(formatScore(2.7, 'fi')).toBe('2,7');
    expect(formatValue(12, 'fi')).toBe('12');
  });

  it('runs the drawing with the defaults when no formatter is given', () => {
    expect(withValueFormat(undefined, () => formatScore(2.7, 'sv'))).toBe('2,7');
  });

  it('restores the outer scope after a nested scope, also when the drawing throws', () => {
    const inner = (value: number) => `<${value}>`;
    const seen = withValueFormat(stars, () => {
      const nested = withValueFormat(inner, () => formatScore(3, 'fi'));
      return [nested, formatScore(3, 'fi')];
    });
    expect(seen).toEqual(['<3>', '3★']);
    expect(() =>
      withValueFormat(stars, () => {
        throw new Error('drawing failed');
      }),
    ).toThrow('drawing failed');
    expect(formatScore(3, 'fi')).toBe('3,0');
  });

  it('keeps missing and non-finite values out of the caller’s formatter', () => {
    const [missing, nan, value] = withValueFormat(stars, () => [
      formatScore(null, 'fi'),
      formatScore(Number.NaN, 'fi'),
      formatValue(Number.NaN, 'fi'),
    ]);
    expect([missing, nan, value]).toEqual(['–', '–', '–']);
  });

  it.each([[''], ['   '], [undefined], [3]])(
    'a formatter that returns %j is an error naming the value, not a blank label',
    (returned) => {
      const bad = () => returned as unknown as string;
      expect(() => withValueFormat(bad, () => formatScore(2.5, 'fi'))).toThrow(
        new TypeError(
          `valueFormat returned ${JSON.stringify(returned)} for 2.5; it must return text.`,
        ),
      );
    },
  );

  it('does not apply to a change since the previous round', () => {
    expect(withValueFormat(stars, () => formatScoreChange(0.3, 'fi'))).toBe('+0,3');
  });
});

describe('formatScoreOrNoData', () => {
  it('says no data for null, undefined and NaN, in the locale', () => {
    expect(formatScoreOrNoData(null, 'fi')).toBe('ei tietoa');
    expect(formatScoreOrNoData(undefined, 'sv')).toBe('ingen uppgift');
    expect(formatScoreOrNoData(Number.NaN, 'en')).toBe('no data');
    expect(formatScoreOrNoData(4.25, 'en')).toBe('4.3');
  });
});

describe('formatScoreChange', () => {
  it('signs rises with + and falls with U+2212, zero unsigned', () => {
    expect(formatScoreChange(0.3, 'fi')).toBe('+0,3');
    expect(formatScoreChange(-0.2, 'sv')).toBe('\u22120,2');
    expect(formatScoreChange(-0.2, 'en')).toBe('\u22120.2');
    expect(formatScoreChange(0, 'fi')).toBe('0,0');
    expect(formatScoreChange(-0.04, 'fi')).toBe('0,0');
    expect(formatScoreChange(0.04, 'fi')).toBe('0,0');
  });

  it('rounds a half away from zero, also a difference of means a hair under it', () => {
    expect(formatScoreChange(0.05, 'fi')).toBe('+0,1');
    expect(formatScoreChange(3.15 - 3.1, 'fi')).toBe('+0,1');
    expect(formatScoreChange(-0.05, 'fi')).toBe('\u22120,1');
  });

  it('reads a missing or non-finite change as a dash', () => {
    expect(formatScoreChange(null, 'fi')).toBe('–');
    expect(formatScoreChange(undefined, 'fi')).toBe('–');
    expect(formatScoreChange(Number.NaN, 'fi')).toBe('–');
    expect(formatScoreChange(Number.POSITIVE_INFINITY, 'fi')).toBe('–');
    expect(formatScoreChange('0.3' as unknown as number, 'fi')).toBe('–');
  });
});

describe('cached Intl formatters', () => {
  it('formatNumber keeps the asked decimals, also on a second call of the same key', () => {
    expect(formatNumber(3, 'fi', 2)).toBe('3,00');
    expect(formatNumber(3, 'fi', 2)).toBe('3,00');
    expect(formatNumber(2.3456, 'en', 3)).toBe('2.346');
    expect(formatNumber(Number.NaN, 'fi')).toBe('–');
  });

  it('formatList joins in the asked type', () => {
    expect(formatList(['Hanko', 'Raasepori'], 'fi', 'disjunction')).toBe('Hanko tai Raasepori');
    expect(formatList(['Hanko', 'Raasepori'], 'fi')).toBe('Hanko ja Raasepori');
    expect(formatList(['Hangö', 'Raseborg'], 'sv', 'disjunction')).toBe('Hangö eller Raseborg');
  });
});

describe('nearestScaleLevel', () => {
  it('takes the ends of the scale and nothing outside it', () => {
    expect(nearestScaleLevel(1)).toBe(1);
    expect(nearestScaleLevel(5)).toBe(5);
    expect(nearestScaleLevel(5.01)).toBeNull();
    expect(nearestScaleLevel(0.99)).toBeNull();
    expect(nearestScaleLevel('3' as unknown as number)).toBeNull();
  });
});
