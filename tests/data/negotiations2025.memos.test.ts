// The three 2025 negotiation memos as transcribed: speakers, points and actions of each.
import { describe, it, expect } from 'vitest';
import { negotiations2025, negotiationPointById, type NegotiationMemo } from '@yhdyspinta/data';
import { memoOf } from './negotiationsSupport';

const KAUNIAINEN = '000_d696d4283556c540.txt';
const ESPOO = '001_f4669efc46533f46.txt';
const LOHJA = '002_5c80737f701266ac.txt';

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
