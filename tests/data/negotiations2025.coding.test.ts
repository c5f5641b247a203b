// The theme coding of the 2025 negotiation memos' points (rule in packages/data/README.md).
import { describe, it, expect } from 'vitest';
import { negotiations2025, type NegotiationMemo } from '@yhdyspinta/data';
import { THEME_IDS, type ThemeId } from '@yhdyspinta/data';

const CODING_TABLE: [string, string, ThemeId[]][] = [
  [
    'kauniainen-s2-b1',
    'Kauniaisissa monien hyvinvointialueen palvelujen',
    ['health-wellbeing-promotion', 'service-network-transport', 'digital-services'],
  ],
  [
    'kauniainen-s2-b2',
    'Kauniaisten terveysaseman osalta toiveena',
    ['access-to-care', 'bilingual-services'],
  ],
  ['kauniainen-s2-b3', 'Kauniaislaiset ovat kertoneet, että', ['access-to-care', 'older-people']],
  [
    'kauniainen-s2-b4',
    'Kauniaisissa ollaan tyytyväisiä palveluverkkoratkaisuun.',
    ['service-network-transport'],
  ],
  ['kauniainen-s2-b5', 'Kuntalaisten kriittisistä palautteista merkittävä', ['access-to-care']],
  ['kauniainen-s2-b6', 'Yhteistyön osalta yhteistyörakenteet on', ['cooperation-structures']],
  ['kauniainen-s2-b7', 'Tuntuu, että turhan usein', ['cooperation-structures']],
  ['kauniainen-s2-b8', 'Kaupunki on tuonut esille', ['safety-preparedness']],
  [
    'kauniainen-s3-b1',
    'Yhteistyön tekeminen on tärkeää,',
    ['health-wellbeing-promotion', 'cooperation-structures'],
  ],
  ['kauniainen-s4-b1', 'Kauniaisten terveysasema toimii hyvin.', ['access-to-care']],
  ['kauniainen-s4-b2', 'Pelastustoimen palvelut ovat ennallaan', ['safety-preparedness']],
  ['kauniainen-s4-b3', 'Villa Bredan osalta on', ['premises', 'third-sector', 'older-people']],
  ['kauniainen-s4-b4', 'Maisa jää Kauniaisissa HUSin', ['digital-services']],
  [
    'kauniainen-s4-b5',
    'Valmiussuunnittelussa on hyvä huomioida',
    ['safety-preparedness', 'communication'],
  ],
  ['kauniainen-s4-b6', 'TE-uudistuksen voimaan astumisen jälkeen', ['employment']],
  ['kauniainen-s4-b7', 'Olkkari-toimintaa tullaan laajentamaan vuoden', ['other']],
  ['kauniainen-s4-b8', 'Työttömien terveystarkastusten osalta vuoden', ['employment']],
  ['espoo-s2-b1', 'Sote-uudistuksen käynnistyminen sujui Espoon', ['cooperation-structures']],
  [
    'espoo-s2-b2',
    'Keskeisiä yhteistyön aiheita ovat',
    ['children-youth-families', 'premises', 'third-sector', 'other'],
  ],
  [
    'espoo-s2-b3',
    'Kaupungin osalta on tärkeää',
    [
      'immigration-integration',
      'cooperation-structures',
      'service-network-transport',
      'communication',
    ],
  ],
  ['espoo-s2-b4', 'Yhteistyön onnistumisia ovat olleet', ['cooperation-structures']],
  ['espoo-s2-b5', 'Kaupungin näkökulmasta haasteeksi ovat', ['children-youth-families']],
  ['espoo-s2-b6', 'Vuoden 2025 vaihteesta on', ['employment', 'immigration-integration']],
  ['espoo-s2-b7', 'Hyvinvoinnin ja terveyden edistämisen', ['health-wellbeing-promotion']],
  ['espoo-s3-b1', 'Terveyden edistäminen kuuluu kuntien', ['health-wellbeing-promotion']],
  ['espoo-s3-b2', 'Rakenteita yhteistyölle on saatu', ['cooperation-structures']],
  ['espoo-s3-b3', 'Työllisyyskysymys on TE-uudistuksen vuoksi', ['employment']],
  ['espoo-s3-b4', 'Palvelujen saavutettavuus ja lähipalvelut', ['service-network-transport']],
  ['espoo-s3-b5', 'Turvallisuusteema ja turvallinen arki', ['safety-preparedness']],
  ['espoo-s4-b1', 'Yhteistyörakenteiden osalta ollaan edelleen', ['cooperation-structures']],
  ['espoo-s4-b2', 'TYM-sopimus on menossa allekirjoitukseen.', ['employment']],
  [
    'espoo-s4-b3',
    'Kalajärvellä käynnistyneestä ammatinharjoittajaomalääkärimallista on',
    ['access-to-care'],
  ],
  ['espoo-s4-b4', 'Lasten, nuorten ja perheiden', ['children-youth-families']],
  ['espoo-s4-b5', 'Neuvottelujen jälkeisellä viikolla Otaniemessä', ['safety-preparedness']],
  [
    'espoo-s4-b6',
    'Yhteistyörakenteiden osalta on keskeistä,',
    ['safety-preparedness', 'cooperation-structures'],
  ],
  ['espoo-s4-b7', 'Vaalien jälkeen uusien valtuustokausien', ['cooperation-structures']],
  ['espoo-s4-b8', 'Keväällä tullaan avaamaan laajat', ['digital-services']],
  ['espoo-s4-b9', 'Järjestöjen tila-asioista ja järjestöjen', ['premises', 'third-sector']],
  [
    'lohja-s2-b1',
    'Hyvinvointialueen kanssa tehtävä yhteistyö',
    ['children-youth-families', 'cooperation-structures', 'communication'],
  ],
  [
    'lohja-s2-b2',
    'Lohjan kaupungin näkemyksen mukaan',
    ['employment', 'children-youth-families', 'premises'],
  ],
  [
    'lohja-s2-b3',
    'Yhteistoimintamalleja tulevalle valtuustokaudelle olisi',
    ['health-wellbeing-promotion', 'cooperation-structures'],
  ],
  ['lohja-s2-b4', 'Asukkaille suunnattu viestintä erityisesti', ['communication']],
  ['lohja-s2-b5', 'Lohjan kaupungilla on valmius', ['employment', 'access-to-care']],
  ['lohja-s2-b6', 'Lohjalla investoidaan joukkoliikenteeseen, ja', ['service-network-transport']],
  ['lohja-s3-b1', 'Kaupungin ja hyvinvointialueen välisten', ['cooperation-structures']],
  ['lohja-s3-b2', 'Työllisyyspalvelujen osalta tiiviimmän yhteistyön', ['employment']],
  [
    'lohja-s4-b1',
    'Pitkäaikaistyöttömien työllisyyttä edistävät palvelut',
    ['employment', 'access-to-care', 'service-network-transport', 'digital-services'],
  ],
  ['lohja-s4-b2', 'Ankkuri-toimintaa halutaan jatkaa myös', ['children-youth-families']],
  [
    'lohja-s4-b3',
    'Kaikki entiset yhteistyörakenteet pelastustoimen',
    ['safety-preparedness', 'cooperation-structures'],
  ],
  ['lohja-s4-b4', 'TE-palvelujen parissa työskentelevät ammattilaiset', ['employment']],
  ['lohja-s4-b5', 'Kaupunki toivoo lisäksi yhteistyötä', ['service-network-transport']],
];

describe('negotiations2025: coding (000, 001, 002; rule in packages/data/README.md, "Theme coding")', () => {
  const points = negotiations2025.flatMap((memo) => memo.points);

  it('codes every point as the table says, in memo order', () => {
    expect(points.map((p) => [p.id, p.text.split(' ').slice(0, 4).join(' '), p.themeIds])).toEqual(
      CODING_TABLE,
    );
  });

  it('gives every point at least one theme, each an existing theme, once, in theme order', () => {
    for (const point of points) {
      expect(point.themeIds.length, point.id).toBeGreaterThan(0);
      expect(new Set(point.themeIds).size, point.id).toBe(point.themeIds.length);
      for (const id of point.themeIds) expect(THEME_IDS, point.id).toContain(id);
      const order = point.themeIds.map((id) => THEME_IDS.indexOf(id));
      expect(order, point.id).toEqual([...order].sort((a, b) => a - b));
    }
  });

  it('has 78 (point, theme) codings: Kauniainen 25, Espoo 30, Lohja 23', () => {
    const codings = (memo: NegotiationMemo) =>
      memo.points.reduce((sum, point) => sum + point.themeIds.length, 0);
    expect(negotiations2025.map(codings)).toEqual([25, 30, 23]);
  });

  it('numbers bullets 1…n per section, with matching ids, locators and sides', () => {
    const sides = { 2: 'municipality', 3: 'welfare-area', 4: 'joint-discussion' } as const;
    for (const memo of negotiations2025) {
      for (const section of [2, 3, 4] as const) {
        const inSection = memo.points.filter((p) => p.section === section);
        inSection.forEach((point, index) => {
          expect(point.bullet).toBe(index + 1);
          expect(point.id).toBe(`${memo.municipalityId}-s${section}-b${index + 1}`);
          expect(point.source).toEqual({
            file: memo.source.file,
            locator: `section ${section}, bullet ${index + 1}`,
          });
          expect(point.side).toBe(sides[section]);
        });
      }
    }
  });

  it('links opening-statement points to speakers of the same section and side', () => {
    for (const memo of negotiations2025) {
      for (const point of memo.points) {
        if (point.section === 4) {
          expect(point.speakerIds).toEqual([]);
          continue;
        }
        expect(point.speakerIds.length, point.id).toBeGreaterThan(0);
        for (const speakerId of point.speakerIds) {
          const speaker = memo.participants.find((p) => p.id === speakerId);
          expect(speaker?.section, point.id).toBe(point.section);
          expect(speaker?.side, point.id).toBe(point.side);
        }
      }
    }
  });

  it('introduces every speaker with a printed sentence naming role and name', () => {
    for (const memo of negotiations2025) {
      for (const speaker of memo.participants) {
        expect(speaker.source.printed).toContain(`${speaker.role.fi} ${speaker.name}`);
        expect(speaker.source.file).toBe(memo.source.file);
      }
    }
  });

  it('keeps texts as single-spaced prose without bullets or procedural text', () => {
    const texts = negotiations2025.flatMap((m) => [
      ...m.points.map((p) => p.text),
      ...m.actions.map((a) => a.text),
    ]);
    for (const text of texts) {
      expect(text).toBe(text.trim());
      expect(text).not.toMatch(/\s{2}|[\n•]/);
      expect(text).not.toContain('Puheenjohtaja päätti neuvottelun');
      expect(text).not.toContain('Laki hyvinvointialueesta');
      expect(text).not.toContain('Keskustelussa todettiin');
    }
  });

  it('has unique point and action ids across the memos', () => {
    const ids = negotiations2025.flatMap((m) => [
      ...m.points.map((p) => p.id),
      ...m.actions.map((a) => a.id),
    ]);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
