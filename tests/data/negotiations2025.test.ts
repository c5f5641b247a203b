import { describe, it, expect, beforeEach } from 'vitest';
import {
  negotiations2025,
  negotiationPointById,
  themeCounts,
  type NegotiationMemo,
  type ThemeCountMatrix,
} from '@yhdyspinta/data';
import { themes, THEME_IDS, type ThemeId } from '@yhdyspinta/data';

const KAUNIAINEN = '000_d696d4283556c540.txt';
const ESPOO = '001_f4669efc46533f46.txt';
const LOHJA = '002_5c80737f701266ac.txt';

function memoOf(municipalityId: string): NegotiationMemo {
  const memo = negotiations2025.find((m) => m.municipalityId === municipalityId);
  if (!memo) throw new Error(`no memo for ${municipalityId}`);
  return memo;
}

function pointText(id: string): string | undefined {
  return negotiationPointById(id)?.point.text;
}

function sectionCounts(memo: NegotiationMemo): [number, number, number] {
  const count = (section: number) => memo.points.filter((p) => p.section === section).length;
  return [count(2), count(3), count(4)];
}

function speakers(memo: NegotiationMemo) {
  return memo.participants.map((p) => [p.name, p.role.fi, p.side, p.section, p.capacity]);
}

describe('negotiations2025: the three memos', () => {
  it('holds Kauniainen (000), Espoo (001) and Lohja (002), in file order', () => {
    expect(negotiations2025.map((m) => [m.municipalityId, m.source.file])).toEqual([
      ['kauniainen', KAUNIAINEN],
      ['espoo', ESPOO],
      ['lohja', LOHJA],
    ]);
  });
});

describe(`Kauniainen memo (${KAUNIAINEN})`, () => {
  const memo = memoOf('kauniainen');

  it('states no date, time or place', () => {
    expect([memo.date, memo.time, memo.place, memo.schedule]).toEqual([null, null, null, null]);
  });

  it('has 8 + 1 + 8 = 17 points in sections 2, 3 and 4', () => {
    expect(sectionCounts(memo)).toEqual([8, 1, 8]);
    expect(memo.points).toHaveLength(17);
  });

  it('names the speakers with their roles as printed', () => {
    expect(speakers(memo)).toEqual([
      [
        'Veronica Rehn-Kivi',
        'Kaupunginhallituksen puheenjohtaja',
        'municipality',
        2,
        'elected-leadership',
      ],
      ['Kristoffer Masar', 'Kaupunginjohtaja', 'municipality', 2, 'executive-leadership'],
      [
        'Johanna Värmälä',
        'Aluehallituksen 1. varapuheenjohtaja',
        'welfare-area',
        3,
        'elected-leadership',
      ],
    ]);
    expect(memo.participants[1]?.source.printed).toBe(
      'Kaupunginjohtaja Kristoffer Masar piti puheenvuoron kaupungin viranhaltijajohdon puolesta.',
    );
  });

  it('keeps the bilingual-service wish verbatim and codes it', () => {
    const point = negotiationPointById('kauniainen-s2-b2')?.point;
    expect(point?.text).toBe(
      'Kauniaisten terveysaseman osalta toiveena olisi vahvistaa kaksikielistä palvelua.',
    );
    expect(point?.themeIds).toContain('bilingual-services');
    expect(point?.speakerIds).toEqual(['kauniainen-rehn-kivi']);
    expect(point?.side).toBe('municipality');
    expect(point?.source).toEqual({ file: KAUNIAINEN, locator: 'section 2, bullet 2' });
  });

  it('joins bullets that run over blank lines in the extraction', () => {
    expect(pointText('kauniainen-s2-b5')).toBe(
      'Kuntalaisten kriittisistä palautteista merkittävä osa liittyy takaisinsoittoon, mutta tämänkin osalta on tapahtunut edistystä.',
    );
    expect(pointText('kauniainen-s4-b4')).toBe(
      'Maisa jää Kauniaisissa HUSin palvelujen osalta käyttöön. Hyvinvointialueen kärkihankkeena on ottaa käyttöön digitaalisen asioinnin palvelut käyttöön keväällä 2025, ja tämä tulee asukkaan kannalta olemaan monelta osin Maisaa vastaava ratkaisu.',
    );
  });

  it('attributes section 2 bullets 4–8 to the mayor and section 3 to the vice-chair', () => {
    const bySpeaker = (id: string) => memo.points.filter((p) => p.speakerIds.includes(id));
    expect(bySpeaker('kauniainen-masar').map((p) => p.bullet)).toEqual([4, 5, 6, 7, 8]);
    expect(bySpeaker('kauniainen-varmala').map((p) => p.id)).toEqual(['kauniainen-s3-b1']);
  });

  it('records the Kela meeting as proposed by the city and agreed', () => {
    expect(memo.actions).toEqual([
      {
        id: 'kauniainen-s5-p1',
        text: 'Kauniaisten kaupunki ehdotti Kelan edustajien tapaaminen TE-asioihin liittyen voisi olla tarpeen. Sovittiin, että tapaamista järjestetään.',
        status: 'agreed',
        proposedBy: { side: 'municipality', printed: 'Kauniaisten kaupunki' },
        agreement: 'Sovittiin, että tapaamista järjestetään.',
        source: { file: KAUNIAINEN, locator: 'section 5, paragraph 1' },
      },
    ]);
  });

  it('prints section 5 as "Muut asiat"', () => {
    expect(memo.sections.map((s) => s.title.fi)).toEqual([
      'Puheenjohtaja avaa neuvottelun',
      'Kunnan luottamushenkilöjohdon ja viranhaltijajohdon edustajien avauspuheenvuorot',
      'Hyvinvointialueen luottamushenkilöjohdon edustajan avauspuheenvuoro',
      'Yhteistyön rakenteet ja ennakkotehtävä',
      'Muut asiat',
      'Neuvottelujen päätös',
    ]);
  });
});

describe(`Espoo memo (${ESPOO})`, () => {
  const memo = memoOf('espoo');

  it('was held on 15.1.2025 at 9–10 on Teams', () => {
    expect(memo.date).toBe('2025-01-15');
    expect(memo.time).toEqual({ start: '09:00', end: '10:00' });
    expect(memo.place).toBe('Teams-yhteys');
    expect(memo.place).toContain('Teams');
    expect(memo.schedule?.printed).toBe('15.1.2025 klo 9–10, Teams-yhteys');
    expect(memo.schedule?.file).toBe(ESPOO);
  });

  it('has 7 + 5 + 9 = 21 points in sections 2, 3 and 4', () => {
    expect(sectionCounts(memo)).toEqual([7, 5, 9]);
  });

  it('names the speakers with their roles as printed', () => {
    expect(speakers(memo)).toEqual([
      [
        'Mervi Katainen',
        'Kaupunginhallituksen puheenjohtaja',
        'municipality',
        2,
        'elected-leadership',
      ],
      ['Mervi Heinaro', 'Elinvoimajohtaja', 'municipality', 2, 'executive-leadership'],
      ['Mia Laiho', 'Aluehallituksen puheenjohtaja', 'welfare-area', 3, 'elected-leadership'],
      ['Jarno Limnéll', 'aluevaltuuston puheenjohtaja', 'welfare-area', 3, 'elected-leadership'],
    ]);
  });

  it('attributes section 3 to the two chairs jointly', () => {
    const section3 = memo.points.filter((p) => p.section === 3);
    for (const point of section3)
      expect(point.speakerIds).toEqual(['espoo-laiho', 'espoo-limnell']);
  });

  it('keeps hyphens at line ends and parentheses verbatim', () => {
    expect(pointText('espoo-s2-b3')).toBe(
      'Kaupungin osalta on tärkeää saada palveluverkkosuunnitelmista riittävän hyvissä ajoin tietoa. Kevään 2025 alue- ja kuntavaalien osalta toivotaan yhteistyötä tiedottamisen osalta. Alue jakautuu osiin monin eri tavoin (TE-alueet, HSY-alueet, jne.), ja tämä tulisi ottaa paremmin huomioon yhteistyössä. Maahanmuuttajataustaisten ja vieraskielisten asukkaiden määrän kasvu näkyy sekä kaupungin että hyvinvointialueen toiminnassa, ja tämän osalta yhteistyötä tulisi tehdä kokemuksia ja tietoa jakamalla.',
    );
    expect(pointText('espoo-s3-b3')).toBe(
      'Työllisyyskysymys on TE-uudistuksen vuoksi erityisen ajankohtainen.',
    );
  });

  it('records one agreed and one proposed action', () => {
    expect(memo.actions.map((a) => [a.status, a.proposedBy, a.agreement])).toEqual([
      [
        'agreed',
        { side: 'welfare-area', printed: 'Hyvinvointialueen viranhaltijajohto' },
        'Sovittiin, että tapaaminen järjestetään.',
      ],
      ['proposed', { side: 'welfare-area', printed: 'Hyvinvointialue' }, null],
    ]);
    expect(memo.actions[1]?.text).toBe(
      'Hyvinvointialue ehdottaa yhteistä tapaamista Kelan kanssa liittyen TE-palvelujen piirissä oleviin asiakkaisiin, aiheena mm. eläkepäätökset.',
    );
  });

  it('prints "avasi" in section 1 and "Kokouksessa sovitut asiat" as section 5', () => {
    expect(memo.sections[0]?.title.fi).toBe('Puheenjohtaja avasi neuvottelun');
    expect(memo.sections[4]?.title.fi).toBe('Kokouksessa sovitut asiat');
  });
});

describe(`Lohja memo (${LOHJA})`, () => {
  const memo = memoOf('lohja');

  it('states no date, time or place', () => {
    expect([memo.date, memo.time, memo.place, memo.schedule]).toEqual([null, null, null, null]);
  });

  it('has 6 + 2 + 5 = 13 points in sections 2, 3 and 4', () => {
    expect(sectionCounts(memo)).toEqual([6, 2, 5]);
  });

  it('names the speakers with their roles as printed', () => {
    expect(speakers(memo)).toEqual([
      [
        'Jussi Patinen',
        'Kaupunginhallituksen puheenjohtaja',
        'municipality',
        2,
        'elected-leadership',
      ],
      ['Pasi Perämäki', 'Kaupunginjohtaja', 'municipality', 2, 'executive-leadership'],
      ['Mia Laiho', 'Aluehallituksen puheenjohtaja', 'welfare-area', 3, 'elected-leadership'],
    ]);
  });

  it('keeps the long discussion bullet verbatim', () => {
    expect(pointText('lohja-s4-b1')).toBe(
      'Pitkäaikaistyöttömien työllisyyttä edistävät palvelut ovat hyvinvointialueen kannalta tärkeä palvelujen kehittämisen kohde. Toisaalta hyvinvointialueen nykyiset palvelut palvelevat tätä asiakasryhmää jo nyt laajalti. TYM-sopimus on menossa pian allekirjoitukseen. Terveysasematoiminnan osalta Lohjalla on hyvinvointialueen matalimmat takaisinsoiton viiveet. Hyvinvointialue on ottamassa digitaalisen asioinnin palvelut käyttöön kevään 2025 aikana, ja tällä pyritään edelleen sujuvoittamaan asiointia. Karjalohja-Sammatti-Pusula-alueen palveluverkon osalta suunnitellaan aktiivisesti, miten palvelut turvataan. Alueelle toivotaan ammatinharjoittajalääkäritoimintaa. Pusulan alueen lähiterveysasemakonsepti olisi suunnitelmien mukaan menossa tämän vuoden aikana aluehallituksen päätettäväksi.',
    );
  });

  it('records the city proposal and the intended Ankkuri negotiation, neither agreed', () => {
    expect(memo.actions).toEqual([
      {
        id: 'lohja-s5-b1',
        text: 'Lohjan kaupunki ehdotti yhteistä tapaamista työllisyysalueen ja hyvinvointialueen välillä. Lisäksi Lohjan kaupunki esitti toiveen uudesta tapaamisesta hyvinvointialueen ja kaupungin viranhaltijajohdon ja luottamushenkilöjohdon välillä.',
        status: 'proposed',
        proposedBy: { side: 'municipality', printed: 'Lohjan kaupunki' },
        agreement: null,
        source: { file: LOHJA, locator: 'section 5, bullet 1' },
      },
      {
        id: 'lohja-s5-b2',
        text: 'Tarkempi neuvottelu alueen Ankkuri-toimijoiden kanssa on tarkoitus järjestää alkuvuoden aikana.',
        status: 'intended',
        proposedBy: null,
        agreement: null,
        source: { file: LOHJA, locator: 'section 5, bullet 2' },
      },
    ]);
  });
});

/** [point id, first four words as printed, themes] for every point of files 000, 001 and 002 (README.md, "Theme coding"). */
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

const ALL_ROWS = [
  'espoo',
  'kauniainen',
  'kirkkonummi',
  'siuntio',
  'vihti',
  'karkkila',
  'lohja',
  'inkoo',
  'hanko',
  'raasepori',
];
const WITHOUT_MEMO = ['kirkkonummi', 'siuntio', 'vihti', 'karkkila', 'inkoo', 'hanko', 'raasepori'];

describe('themeCounts (municipality × theme heatmap of files 000, 001, 002)', () => {
  // Computed per test (not while the file is collected), so that mutation testing reaches it.
  let matrix: ThemeCountMatrix;
  beforeEach(() => {
    matrix = themeCounts();
  });
  const row = (id: string) => ALL_ROWS.indexOf(id);

  it('has all ten municipalities as rows in source order and the themes as columns', () => {
    expect(matrix.rows).toEqual(ALL_ROWS);
    expect(matrix.columns).toEqual([...THEME_IDS]);
    expect(matrix.cells).toHaveLength(10);
    for (const cells of matrix.cells) expect(cells).toHaveLength(15);
  });

  it('gives null (no data, never 0) for the seven municipalities without a memo', () => {
    for (const id of WITHOUT_MEMO) {
      expect(matrix.cells[row(id)]).toEqual(Array(15).fill(null));
      expect(matrix.pointIds[row(id)]).toEqual(Array(15).fill([]));
      expect(matrix.rowPointCounts[row(id)]).toBeNull();
    }
  });

  it('counts the three memos per theme, 0 where a memo has no point on the theme', () => {
    // Columns: employment … other, in THEME_IDS order.
    expect(matrix.cells[row('kauniainen')]).toEqual([2, 0, 2, 3, 0, 3, 4, 2, 1, 2, 1, 1, 2, 1, 1]);
    expect(matrix.cells[row('espoo')]).toEqual([3, 2, 2, 3, 3, 7, 1, 2, 2, 1, 1, 2, 0, 0, 1]);
    expect(matrix.cells[row('lohja')]).toEqual([5, 0, 1, 1, 3, 4, 2, 3, 1, 1, 2, 0, 0, 0, 0]);
    expect(matrix.rowPointCounts.filter((n) => n !== null)).toEqual([21, 17, 13]);
  });

  it('sums to the number of (point, theme) codings', () => {
    const total = matrix.cells.flat().reduce<number>((sum, n) => sum + (n ?? 0), 0);
    const codings = negotiations2025.reduce(
      (sum, m) => sum + m.points.reduce((s, p) => s + p.themeIds.length, 0),
      0,
    );
    expect(total).toBe(codings);
    expect(total).toBe(78);
  });

  it('lists the counted points per cell for tooltips', () => {
    const column = (id: ThemeId) => THEME_IDS.indexOf(id);
    expect(matrix.pointIds[row('kauniainen')]?.[column('access-to-care')]).toEqual([
      'kauniainen-s2-b2',
      'kauniainen-s2-b3',
      'kauniainen-s2-b5',
      'kauniainen-s4-b1',
    ]);
    expect(matrix.pointIds[row('kauniainen')]?.[column('bilingual-services')]).toEqual([
      'kauniainen-s2-b2',
    ]);
    matrix.pointIds.forEach((cells, r) =>
      cells.forEach((ids, c) => {
        expect(ids.length).toBe(matrix.cells[r]?.[c] ?? 0);
        for (const id of ids) {
          const located = negotiationPointById(id);
          expect(located?.memo.municipalityId).toBe(matrix.rows[r]);
          expect(located?.point.themeIds).toContain(matrix.columns[c]);
        }
      }),
    );
  });

  it('gives all-null rows without memos and follows the given theme list and rows', () => {
    const empty = themeCounts([]);
    expect(empty.cells.flat().every((n) => n === null)).toBe(true);
    const subset = themeCounts(negotiations2025, themes.slice(0, 2), ['lohja', 'hanko']);
    expect(subset.columns).toEqual(['employment', 'immigration-integration']);
    expect(subset.cells).toEqual([
      [5, 0],
      [null, null],
    ]);
  });

  it('sums several memos of one municipality', () => {
    const lohja = memoOf('lohja');
    const doubled = themeCounts([lohja, lohja], themes, ['lohja']);
    expect(doubled.cells[0]?.[0]).toBe(10);
    expect(doubled.rowPointCounts).toEqual([26]);
  });
});
