import { describe, it, expect } from 'vitest';
import { themes, THEME_IDS, isThemeId, themeById } from '@yhdyspinta/data';
import { LOCALES } from '@yhdyspinta/data';

const KUNTALIITTO_FILE = '004_2e06357bd7847191.txt';

describe('themes: the five cooperation areas of the Kuntaliitto slides (004_2e06357bd7847191.txt)', () => {
  const expected: [string, string][] = [
    ['employment', 'Työllisyyden hoito'],
    ['immigration-integration', 'Maahanmuutto ja kotoutumisen edistäminen'],
    ['health-wellbeing-promotion', 'Hyvinvoinnin ja terveyden edistäminen'],
    ['safety-preparedness', 'Turvallisuus ja häiriötilanteisiin varautuminen'],
    ['children-youth-families', 'Lasten, nuorten ja perheiden tukeminen'],
  ];

  it('come first, in slide order, with the Finnish names exactly as printed', () => {
    expect(themes.slice(0, 5).map((theme) => [theme.id, theme.name.fi])).toEqual(expected);
  });

  it('are the only themes of Kuntaliitto origin, each citing the slide with its printed name', () => {
    const kuntaliitto = themes.filter((theme) => theme.origin === 'kuntaliitto-2022');
    expect(kuntaliitto.map((theme) => theme.id)).toEqual(expected.map(([id]) => id));
    for (const theme of kuntaliitto) {
      expect(theme.source?.file).toBe(KUNTALIITTO_FILE);
      expect(theme.source?.locator).toContain(
        'Tavoitteiden saavuttaminen edellyttää toimivaa yhteistyötä useilla eri osa-alueilla',
      );
      expect(theme.source?.printed).toBe(theme.name.fi);
      expect(theme.name.unofficial).toEqual(['sv', 'en']);
    }
  });
});

describe('themes: the taxonomy', () => {
  it('has 15 themes in THEME_IDS order, few enough for heatmap columns', () => {
    expect(themes.map((theme) => theme.id)).toEqual([...THEME_IDS]);
    expect(themes).toHaveLength(15);
  });

  it('has unique kebab-case ids', () => {
    const ids = themes.map((theme) => theme.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('marks the themes the project added: origin "project", no source, sv/en unofficial', () => {
    const added = themes.filter((theme) => theme.origin === 'project').map((theme) => theme.id);
    expect(added).toEqual([
      'cooperation-structures',
      'access-to-care',
      'service-network-transport',
      'premises',
      'digital-services',
      'communication',
      'third-sector',
      'older-people',
      'bilingual-services',
      'other',
    ]);
    for (const theme of themes.filter((t) => t.origin === 'project')) {
      expect(theme.source).toBeNull();
      expect(theme.name.unofficial).toEqual(['sv', 'en']);
    }
  });

  it('names and defines every theme in fi, sv and en, with distinct translations', () => {
    for (const theme of themes) {
      for (const locale of LOCALES) {
        expect(theme.name[locale].trim().length, `${theme.id} name ${locale}`).toBeGreaterThan(0);
        expect(theme.definition[locale], `${theme.id} definition ${locale}`).toMatch(/\S.*\.$/);
      }
      expect(theme.name.sv).not.toBe(theme.name.fi);
      expect(theme.name.en).not.toBe(theme.name.fi);
      expect(theme.definition.unofficial).toEqual(['sv', 'en']);
    }
  });

  it('has distinct names within each locale', () => {
    for (const locale of LOCALES) {
      const names = themes.map((theme) => theme.name[locale]);
      expect(new Set(names).size).toBe(names.length);
    }
  });

  it('gives the project themes readable names', () => {
    expect(themeById('bilingual-services')?.name).toMatchObject({
      fi: 'Kaksikieliset palvelut',
      sv: 'Tvåspråkig service',
      en: 'Bilingual services',
    });
    expect(themeById('access-to-care')?.name.fi).toBe('Terveysasemapalvelut ja hoitoon pääsy');
  });
});

describe('themes: lookup', () => {
  it('isThemeId accepts the ids only', () => {
    expect(isThemeId('employment')).toBe(true);
    expect(isThemeId('Employment')).toBe(false);
    expect(isThemeId('housing')).toBe(false);
  });

  it('themeById finds a theme or returns undefined', () => {
    expect(themeById('premises')?.name.fi).toBe('Tilat ja kiinteistöt');
    expect(themeById('nope')).toBeUndefined();
  });
});
