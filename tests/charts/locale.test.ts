import { describe, expect, it } from 'vitest';
import { LOCALES } from '@yhdyspinta/data';
import {
  formatBase,
  formatNumber,
  formatScore,
  formatScoreOrNoData,
  formatScoreWithLevel,
  nearestScaleLevel,
  scaleLevelLabel,
  MESSAGES,
  getMessages,
  localeFromTag,
  resolveLocale,
} from '@yhdyspinta/charts';
import type { LocaleTag } from '@yhdyspinta/charts';
import { captureDevWarnings } from '../support/devWarnings';

type Leaf = { path: string; value: unknown };

function leaves(value: unknown, path = ''): Leaf[] {
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  }
  return [{ path, value }];
}

describe('messages', () => {
  const fiPaths = leaves(MESSAGES.fi).map((l) => l.path);

  it.each(LOCALES)('%s has every key of fi, and every string is non-empty', (locale) => {
    const own = leaves(MESSAGES[locale]);
    expect(fiPaths.length).toBeGreaterThan(0);
    expect(own.map((l) => l.path).sort()).toEqual([...fiPaths].sort());
    for (const { path, value } of own) {
      if (typeof value === 'function') continue;
      expect(typeof value, path).toBe('string');
      expect((value as string).trim().length, path).toBeGreaterThan(0);
    }
  });

  it.each(LOCALES)('%s templates give non-empty text with their arguments', (locale) => {
    const m = MESSAGES[locale];
    expect(m.common.base('6/10')).toContain('6/10');
    expect(m.common.dataTable('Otsikko')).toContain('Otsikko');
    const finding = m.goalBar.keyFinding({
      count: 11,
      highest: { value: '3,4', labels: ['A'] },
      lowest: { value: '2,1', labels: ['B', 'C'] },
      base: 'n = 6/10',
    });
    for (const part of ['11', '3,4', 'A', '2,1', 'B', 'C', 'n = 6/10'])
      expect(finding).toContain(part);
  });

  it('has the survey scale levels in Finnish as printed, and the base texts', () => {
    expect(Object.values(MESSAGES.fi.common.scaleLevels)).toEqual([
      'Ei lainkaan',
      'Heikosti',
      'Kohtalaisesti',
      'Hyvin',
      'Erinomaisesti',
    ]);
    expect(MESSAGES.fi.common.base('6/10')).toBe('n = 6/10 kuntaa');
    expect(MESSAGES.sv.common.base('6/10')).toBe('n = 6/10 kommuner');
    expect(MESSAGES.en.common.base('6/10')).toBe('n = 6/10 municipalities');
    expect(MESSAGES.fi.common.noData).toBe('ei tietoa');
    expect(MESSAGES.en.common.noData).toBe('no data');
  });

  it('falls back to Finnish for an unsupported locale, with one dev warning', () => {
    const warn = captureDevWarnings();
    expect(resolveLocale('de')).toBe('fi');
    expect(resolveLocale('de')).toBe('fi');
    expect(resolveLocale(undefined)).toBe('fi');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(getMessages('de' as 'fi')).toBe(MESSAGES.fi);
    warn.mockRestore();
  });
});

describe('number formats', () => {
  it('uses a decimal comma in fi and sv and one decimal for scores', () => {
    expect(formatScore(2.7, 'fi')).toBe('2,7');
    expect(formatScore(2.7, 'sv')).toBe('2,7');
    expect(formatScore(2.7, 'en')).toBe('2.7');
    expect(formatScore(3, 'fi')).toBe('3,0');
    expect(formatScore(Number.NaN, 'fi')).toBe('–');
  });

  it('spells out missing values in labels', () => {
    expect(formatScoreOrNoData(null, 'fi')).toBe('ei tietoa');
    expect(formatScoreOrNoData(undefined, 'sv')).toBe('ingen uppgift');
    expect(formatScoreOrNoData(2.2, 'fi')).toBe('2,2');
  });

  it('formats the base and plain numbers', () => {
    expect(formatBase(6, 10, 'fi')).toBe('n = 6/10 kuntaa');
    expect(formatBase(6, 10, 'sv')).toBe('n = 6/10 kommuner');
    expect(formatNumber(3, 'fi')).toBe('3');
    expect(formatNumber(2.25, 'fi', 2)).toBe('2,25');
    expect(formatNumber(-1.5, 'fi', 1)).toBe('-1,5');
  });

  it('names the nearest scale level of a mean', () => {
    expect(nearestScaleLevel(2.2)).toBe(2);
    expect(nearestScaleLevel(2.5)).toBe(3);
    expect(nearestScaleLevel(0.5)).toBeNull();
    expect(nearestScaleLevel(Number.NaN)).toBeNull();
    expect(scaleLevelLabel(3.4, 'fi')).toBe('Kohtalaisesti');
    expect(scaleLevelLabel(1.5, 'sv')).toBe('Svagt');
    expect(scaleLevelLabel(4.6, 'en')).toBe('Excellently');
    expect(formatScoreWithLevel(2.2, 'fi')).toBe('2,2 (Heikosti)');
    expect(formatScoreWithLevel(null, 'en')).toBe('no data');
  });
});

describe('locale tags', () => {
  it('reads the language of a tag case-insensitively, region ignored', () => {
    expect(localeFromTag('sv')).toBe('sv');
    expect(localeFromTag('sv-FI')).toBe('sv');
    expect(localeFromTag(' EN_gb ')).toBe('en');
    expect(localeFromTag('fi-FI')).toBe('fi');
    expect(localeFromTag('de')).toBeUndefined();
    expect(localeFromTag('')).toBeUndefined();
    expect(localeFromTag(null)).toBeUndefined();
  });

  it('lets a chart prop be a tag: sv-FI draws Swedish, without a warning', () => {
    const warn = captureDevWarnings();
    expect(resolveLocale('sv-FI')).toBe('sv');
    expect(resolveLocale('EN')).toBe('en');
    expect(warn).not.toHaveBeenCalled();
    expect(resolveLocale('de-DE')).toBe('fi');
    expect(warn.mock.calls).toEqual([
      ['[@yhdyspinta/charts] Unsupported locale "de-DE"; using "fi".'],
    ]);
    warn.mockRestore();
  });
});

describe('the LocaleTag type', () => {
  it('takes a supported language with any region, and nothing else', () => {
    const tags: LocaleTag[] = ['fi', 'sv-FI', 'en_GB'];
    // @ts-expect-error 'de' is no supported language (a type error, not a silent Finnish chart)
    const german: LocaleTag = 'de';
    expect(tags.map(localeFromTag)).toEqual(['fi', 'sv', 'en']);
    expect(localeFromTag(german)).toBeUndefined();
  });
});
