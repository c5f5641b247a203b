import { byLocale, everyLocale, LOCALES } from '@yhdyspinta/data';
import { describe, expect, it } from 'vitest';

interface Texts {
  readonly title: string;
  readonly count: (n: number) => string;
}

describe('byLocale', () => {
  const table = byLocale<Texts>({
    title: { fi: 'Otsikko', sv: 'Rubrik', en: 'Title' },
    count: {
      fi: (n) => `${n} kuntaa`,
      sv: (n) => `${n} kommuner`,
      en: (n) => `${n} municipalities`,
    },
  });

  it('gives each locale its own table, in the order of LOCALES', () => {
    expect(Object.keys(table)).toEqual([...LOCALES]);
    expect(table.fi.title).toBe('Otsikko');
    expect(table.sv.title).toBe('Rubrik');
    expect(table.en.count(3)).toBe('3 municipalities');
  });

  it("keeps the side-by-side table's key order in every locale", () => {
    expect(Object.keys(table.sv)).toEqual(['title', 'count']);
  });
});

describe('everyLocale', () => {
  it('gives each locale its own value of `make`, in the order of LOCALES', () => {
    const seen: string[] = [];
    const made = everyLocale((locale) => {
      seen.push(locale);
      return `${locale}!`;
    });
    expect(made).toEqual({ fi: 'fi!', sv: 'sv!', en: 'en!' });
    expect(Object.keys(made)).toEqual([...LOCALES]);
    expect(seen).toEqual([...LOCALES]);
  });
});
