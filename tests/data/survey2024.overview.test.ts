// The 2024 survey: metadata, response status, sections and the 11 goals of the summary page.
// Every literal below is copied from shared/seeds/003_ae88570eab8abfd8.txt exactly as printed (see
// survey2024Support.ts).
import { describe, expect, it } from 'vitest';
import { SURVEY_2024_FILE, survey2024 } from '@yhdyspinta/data';
import { expectMean, FILE, goal } from './survey2024Support';

describe(`survey2024: metadata from ${FILE}`, () => {
  it('names the source file', () => {
    expect(SURVEY_2024_FILE).toBe(FILE);
  });

  it('has the printed title and page header', () => {
    expect(survey2024.title.fi).toBe('Hyvinvointialueen ja kuntien välisen yhteistyön arviointi');
    expect(survey2024.texts?.header.fi).toBe(
      'KUNTAKYSELY: HYVINVOINTIALUEEN JA KUNTIEN VÄLISTEN STRATEGISTEN YHTEISTYÖTAVOITTEIDEN TOTEUTUMINEN',
    );
  });

  it('has the response period 6.11.-5.12.2024', () => {
    expect(survey2024.responsePeriod.start).toBe('2024-11-06');
    expect(survey2024.responsePeriod.end).toBe('2024-12-05');
    expect(survey2024.responsePeriod.source.printed).toBe('6.11.-5.12.2024');
    expect(survey2024.responsePeriod.source.file).toBe(FILE);
  });

  it('was aimed at municipal management (kunnanjohto)', () => {
    expect(survey2024.targetGroup.fi).toBe('kunnanjohto');
    expect(survey2024.targetGroup.source.printed).toBe('kunnanjohto');
  });

  it('uses the printed 1–5 scale, from 5 down to 1', () => {
    const { scale } = survey2024;
    expect([scale.min, scale.neutral, scale.max]).toEqual([1, 3, 5]);
    expect(scale.levels.map((l) => [l.value, l.label.fi])).toEqual([
      [5, 'Erinomaisesti'],
      [4, 'Hyvin'],
      [3, 'Kohtalaisesti'],
      [2, 'Heikosti'],
      [1, 'Ei lainkaan'],
    ]);
    expect(scale.source.file).toBe(FILE);
  });
});

describe(`survey2024: response status per municipality (${FILE}, response table)`, () => {
  const printed: [string, string][] = [
    ['espoo', 'Ei vastausta määräajassa'],
    ['kauniainen', 'Kyllä'],
    ['kirkkonummi', 'Kyllä'],
    ['siuntio', 'Ei vastausta määräajassa'],
    ['vihti', 'Ei vastausta määräajassa'],
    ['karkkila', 'Kyllä'],
    ['lohja', 'Kyllä'],
    ['inkoo', 'Ei vastausta määräajassa'],
    ['hanko', 'Kyllä'],
    ['raasepori', 'Kyllä'],
  ];

  it('lists the ten municipalities in the table order with their printed status', () => {
    expect(survey2024.responses.map((r) => [r.municipalityId, r.source.printed])).toEqual(printed);
    for (const r of survey2024.responses) {
      expect(r.answered).toBe(r.source.printed === 'Kyllä');
      expect(r.source.file).toBe(FILE);
    }
  });

  it('6/10 answered, as the caption says', () => {
    expect(survey2024.responses.filter((r) => r.answered)).toHaveLength(6);
    expect(survey2024.responses).toHaveLength(10);
    expect(survey2024.responseTable?.printedAnswered).toBe(6);
    expect(survey2024.responseTable?.printedTotal).toBe(10);
    expect(survey2024.responseTable?.caption.fi).toBe(
      '6/10 alueen kuntaa vastasi strategisten yhteistyötavoitteiden arviointikyselyyn',
    );
  });
});

describe(`survey2024: sections (${FILE}, detail page headings)`, () => {
  it('has the ten sections in source order with the printed headings', () => {
    const ss = 'Palvelustrategian hyvinvointialueen ja kuntien yhteistyötä koskevat';
    expect(survey2024.sections.map((s) => [s.id, s.title.fi])).toEqual([
      [
        'welfare-area-strategy',
        'Hyvinvointialuestrategian valtuustokauden hyvinvointialueen ja kuntien yhteistyötä koskevat tavoitteet',
      ],
      ['service-strategy-1', `${ss} yhteiset tavoitteet 1/4`],
      ['service-strategy-2', `${ss} yhteiset tavoitteet 2/4`],
      ['service-strategy-3', `${ss} yhteiset tavoitteet 3/4`],
      ['service-strategy-4', `${ss} yhteiset tavoitteet 4/4`],
      ['adult-social-services', `${ss} tavoitteet: Aikuisten sosiaalipalvelut`],
      ['older-people', `${ss} tavoitteet: Ikääntyneiden palvelut`],
      ['children-youth-families', `${ss} tavoitteet: Lasten, nuorten ja perheiden palvelut`],
      ['disability-services', `${ss} tavoitteet: Vammaispalvelut`],
      [
        'rescue-service',
        'Pelastustoimen palvelutasopäätös: Kuntien ja hyvinvointialueen yhteistyötä koskevat tavoitteet',
      ],
    ]);
  });

  it('has short chart labels in all three locales', () => {
    const s1 = survey2024.sections[1];
    expect([s1?.shortTitle.fi, s1?.shortTitle.sv, s1?.shortTitle.en]).toEqual([
      'Palvelustrategia 1/4',
      'Servicestrategi 1/4',
      'Service strategy 1/4',
    ]);
  });
});

describe(`survey2024: the 11 goals of the summary page (${FILE})`, () => {
  // [id, section, summary-page mean, printed "(N alatavoitetta)", detail-page main-goal mean]
  const rows: [string, string, string, number | undefined, string | undefined][] = [
    ['ws-1', 'welfare-area-strategy', '2,2', undefined, '2,2'],
    ['ws-2', 'welfare-area-strategy', '2,7', undefined, '2,7'],
    ['ss-1', 'service-strategy-1', '2,7', 4, '2,7'],
    ['ss-2', 'service-strategy-2', '2,2', undefined, '2,2'],
    ['ss-3', 'service-strategy-3', '2,3', undefined, '2,3'],
    ['ss-4', 'service-strategy-4', '2,8', undefined, '2,8'],
    ['adult', 'adult-social-services', '2,3', 2, undefined],
    ['older', 'older-people', '2,7', undefined, undefined],
    ['children', 'children-youth-families', '2,1', 3, undefined],
    ['disability', 'disability-services', '2,1', 2, undefined],
    ['rescue', 'rescue-service', '3,4', 9, undefined],
  ];

  it('lists exactly these goals in source order', () => {
    expect(survey2024.goals.map((g) => g.id)).toEqual(rows.map((r) => r[0]));
  });

  it.each(rows)('%s: section %s, summary mean %s', (id, section, printed, count, detail) => {
    const g = goal(id);
    expect(g.sectionId).toBe(section);
    expectMean(g.mean, printed, /^summary page, row \d+$/);
    expect(g.printedSubGoalCount).toBe(count);
    if (detail === undefined) expect(g.detailMean).toBeUndefined();
    else expectMean(g.detailMean, detail, /^detail page: /);
  });

  it('has the printed goal texts (without the sub-goal counts)', () => {
    expect(survey2024.goals.map((g) => g.text.fi)).toEqual([
      'Rakennetaan kuntien kanssa vaikuttavat palvelujen yhteistyömallit erityisesti lasten ja nuorten palveluissa, työllisyyden edistämisessä sekä maahanmuuttajapalveluissa.',
      'Teemme saumatonta yhteistyötä kolmannen sektorin toimijoiden ja kuntien kanssa hyvinvoinnin ja terveyden edistämiseksi sekä ongelmien ennaltaehkäisemiseksi',
      'Kuntien ja muiden keskeisten toimijoiden kanssa tehtävä yhteistyö on toimivaa ja tavoitteellista.',
      'Hyvinvointialueen asukkaat, henkilöstö ja sidosryhmät ovat mukana palvelujemme suunnittelussa ja kehittämisessä.',
      'Vahvistamme perustason palveluihin pääsyä, kevennämme palvelurakennetta ja lisäämme sisäistä yhteistyötä.',
      'Turvaamme väestöllemme kaikissa olosuhteissa terveyden ja toimintakyvyn kannalta keskeiset sosiaali- ja terveydenhuollon palvelut, terveellisen elinympäristön ja toimeentulon.',
      'Aikuisten sosiaalipalvelut',
      'Ikääntyneiden palvelut',
      'Lasten, nuorten ja perheiden palvelut',
      'Vammaispalvelut',
      'Pelastustoimen palvelutasopäätös',
    ]);
  });

  it('ws-1 and ws-2 are rated directly (no sub-goals)', () => {
    expect(goal('ws-1').subGoals).toEqual([]);
    expect(goal('ws-2').subGoals).toEqual([]);
  });
});
