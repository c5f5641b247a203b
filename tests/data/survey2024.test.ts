import { describe, expect, it } from 'vitest';
import { LOCALES, SURVEY_2024_FILE, survey2024 } from '@yhdyspinta/data';
import type { PublishedMean, SurveyGoal } from '@yhdyspinta/data';

// Every literal below is copied from shared/seeds/003_ae88570eab8abfd8.txt exactly as printed (decimal
// comma). The test does not read that file: users of the repository do not have it.
const FILE = '003_ae88570eab8abfd8.txt';
const num = (printed: string): number => Number(printed.replace(',', '.'));

function expectMean(mean: PublishedMean | undefined, printed: string, locator: RegExp): void {
  expect(mean).toBeDefined();
  expect(mean?.value).toBe(num(printed));
  expect(mean?.source.printed).toBe(printed);
  expect(mean?.source.file).toBe(FILE);
  expect(mean?.source.locator).toMatch(locator);
}

function goal(id: string): SurveyGoal {
  const g = survey2024.goals.find((x) => x.id === id);
  if (!g) throw new Error(`no goal ${id}`);
  return g;
}

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

describe(`survey2024: every sub-goal with its detail-page mean (${FILE})`, () => {
  // [goal id, sub-goal id, mean as printed, full text as printed]
  const subs: [string, string, string, string][] = [
    [
      'ss-1',
      'ss-1.1',
      '2,3',
      'Luomme selkeän yhdyspintarakenteen, joissa eri toimijoiden vastuut ja roolit ovat määritelty. Toimintamallit ja yhteistyökäytännöt rakennetaan yhdessä asukkaita varten. Luomme yhteiset tavoitteet kuntien kanssa hyvinvoinnin ja terveyden edistämiseen, työllisyyden tukemiseen, maahanmuuttajien kotoutumisen tukemiseen ja sivistystoimen kanssa tehtävään yhteistyöhön. Käymme säännöllistä vuoropuhelua kuntakohtaisista erityispiirteistä.',
    ],
    [
      'ss-1',
      'ss-1.2',
      '2,8',
      'Kehitämme yhteistä tietopohjaa kuntien kanssa alueen väestöstä, jonka avulla pystymme vastaamaan ennakoivasti palvelutarpeeseen.',
    ],
    [
      'ss-1',
      'ss-1.3',
      '2,5',
      'Käymme avointa vuoropuhelua hyvinvointialueen toimitilojen omistus- ja toimitilasuunnittelusta kuntien kanssa.',
    ],
    [
      'ss-1',
      'ss-1.4',
      '3,2',
      'Hyvinvointialueen hyvinvointikertomus – ja suunnitelma tehdään yhdessä kuntien ja muiden keskeisten sidosryhmien kanssa. Länsi-Uudenmaan hyvinvointialueella toimii alueen kuntien ja hyvinvointialueen yhteinen LU-hyte-verkosto. Verkosto toimii alustana alueellisen hyvinvointikertomuksen ja -suunnitelman yhteistyössä.',
    ],
    [
      'ss-2',
      'ss-2.1',
      '2,2',
      'Hyvinvointialueella asuvat, työskentelevät ja vaikuttavat ihmiset, kunnat, yhteisöt ja yritykset tietävät palveluistamme, toiminnastamme ja suunnitelmistamme ja osallistuvat aktiivisesti hyvinvointialueen kehittämiseen.',
    ],
    [
      'ss-3',
      'ss-3.1',
      '2,3',
      'Sovimme kuntien ja järjestöjen kanssa tehtävässä yhteistyössä painopisteet, jolla voimme tunnistaa eriarvoisuuteen, terveyteen ja hyvinvointiin liittyvät riskitekijöitä',
    ],
    [
      'ss-4',
      'ss-4.1',
      '2,8',
      'Valmiussuunnittelu perustuu kansallisesti yhtenäisiin perusteisiin ja sitä tehdään yhdessä kuntien ja HUS yhtymän kanssa.',
    ],
    [
      'adult',
      'adult.1',
      '2,2',
      'Palvelujen järjestämisessä on selkeä työnjako hyvinvointialueen sisällä sekä kuntien, TE-toimiston, järjestöjen ja muiden viranomaisten kanssa. Luomme yhteistyörakenteet tulevien työllisyysalueiden ja TE-hallinnon kanssa.',
    ],
    [
      'adult',
      'adult.2',
      '2,3',
      'Maahanmuuttajien kotoutumista tuetaan sosiaali- ja terveyspalvelujen, kuntien ja järjestöjen yhteistyöllä.',
    ],
    [
      'older',
      'older.1',
      '2,7',
      'Ikäihmisten toimintakykyä ja kotona-asumisen edellytyksiä vahvistetaan ja yksinäisyyttä torjutaan yhteistyössä kuntien ja järjestöjen kanssa.',
    ],
    [
      'children',
      'children.1',
      '2,7',
      'Perheiden arjen sujuvuutta varmistetaan perhekeskuksen ammattilaisten tekemällä alueellisella yhteistyöllä kuntien ja järjestöjen kanssa.',
    ],
    [
      'children',
      'children.2',
      '1,5',
      'Yhteistyötä sijaishuollon ja kuntien sivistystoimen välillä kehitetään.',
    ],
    [
      'children',
      'children.3',
      '2,2',
      'Hyvinvointialue tekee tiivistä yhteistyötä kuntien kanssa, jotta opiskeluhuollon palvelut ovat jatkossakin saavutettavia ja lähellä oppilaita ja opiskelijoita.',
    ],
    [
      'disability',
      'disability.1',
      '2,3',
      'Hyvinvointialueen kuntien kanssa tehdään tosiasiallista yhteistyötä koululaisten ja opiskelijoiden aamu-, iltapäivä ja loma-ajan hoidon järjestämisessä.',
    ],
    [
      'disability',
      'disability.2',
      '1,8',
      'Vammaispalvelujen asiantuntemusta hyödynnetään hyvinvointialueen kuntien esteettömyystyöryhmissä.',
    ],
    [
      'rescue',
      'rescue.1',
      '3,3',
      'Länsi-Uudenmaan pelastuslaitoksen palvelut ovat pysyneet samalla tasolla kuin ennen hyvinvointialueuudistusta.',
    ],
    [
      'rescue',
      'rescue.2',
      '3,8',
      'Länsi-Uudenmaan pelastuslaitos on toiminut arvojensa (inhimillisesti, ammatillisesti, luotettavasti, yhteistyössä) mukaisesti.',
    ],
    ['rescue', 'rescue.3', '3,8', 'Olemme ottaneet kaksikielisyyden huomioon yhteistyössämme.'],
    ['rescue', 'rescue.4', '3,7', 'Yhteistyö kunnan ja pelastuslaitoksen välillä on toimivaa.'],
    [
      'rescue',
      'rescue.5',
      '3,2',
      'Yhteistyö kuntalaisten turvallisuuden edistämisessä on vaikuttavaa.',
    ],
    [
      'rescue',
      'rescue.6',
      '3,0',
      'Paloriskikohteiden moniviranomaisyhteistyön kehittämiseen on panostettu.',
    ],
    [
      'rescue',
      'rescue.7',
      '3,2',
      'Länsi-Uudenmaan pelastuslaitoksen tuki rakentamisen ohjauksessa (rakennusvalvontayhteistyö) on vaikuttavaa.',
    ],
    ['rescue', 'rescue.8', '3,3', 'Yhteistyö ympäristövahinkojen torjunnassa on toimivaa.'],
    [
      'rescue',
      'rescue.9',
      '3,3',
      'Länsi-Uudenmaan pelastuslaitoksen tuki kunnan omalle varautumiselle ja valmiussuunnittelulle on riittävää.',
    ],
  ];

  it('has 24 sub-goals in all, in source order', () => {
    const all = survey2024.goals.flatMap((g) => g.subGoals.map((s) => [g.id, s.id]));
    expect(all).toEqual(subs.map(([g, s]) => [g, s]));
  });

  it.each(subs)('%s › %s: %s', (goalId, subId, printed, text) => {
    const s = goal(goalId).subGoals.find((x) => x.id === subId);
    expect(s?.text.fi).toBe(text);
    expectMean(s?.mean, printed, /^detail page: .+, (sub-)?goal \d$/);
  });

  it('the printed sub-goal counts match the listed sub-goals', () => {
    for (const g of survey2024.goals) {
      if (g.printedSubGoalCount !== undefined)
        expect(g.subGoals).toHaveLength(g.printedSubGoalCount);
    }
  });

  it('rescueGoals are the rescue goal’s 9 sub-goals, the same objects', () => {
    expect(survey2024.rescueGoals).toHaveLength(9);
    expect(survey2024.rescueGoals).toBe(goal('rescue').subGoals);
    expect(survey2024.rescueGoals.map((r) => r.mean.source.printed)).toEqual([
      '3,3',
      '3,8',
      '3,8',
      '3,7',
      '3,2',
      '3,0',
      '3,2',
      '3,3',
      '3,3',
    ]);
  });
});

describe(`survey2024: summary and quotes (${FILE})`, () => {
  it('has the summary page conclusion', () => {
    expect(survey2024.summary.fi).toMatch(
      /^Vastaajakunnat arvioivat strategisissa yhteistyötavoitteissa etenemisen keskimäärin kohtalaiseksi tai heikoksi\./,
    );
    expect(survey2024.summary.fi).toMatch(
      /Heikoimmaksi arvioitiin edistyminen osallisuuden, lasten, nuorten ja perheiden palvelujen sekä vammaispalvelujen yhteistyötavoitteissa\.$/,
    );
    expect(survey2024.summary.source.file).toBe(FILE);
  });

  it('has the three open-answer quotes: Lohja, Karkkila, Kauniainen', () => {
    expect(survey2024.quotes.map((q) => q.municipalityId)).toEqual([
      'lohja',
      'karkkila',
      'kauniainen',
    ]);
    const [lohja, karkkila, kauniainen] = survey2024.quotes;
    expect(lohja?.text.fi).toMatch(/^Hyvinvointialueen sisäinen työ .* yhteiskehittämistä\.$/);
    expect(karkkila?.text.fi).toMatch(
      /^Hyvinvointialueen ja kuntien yhteistyössä .* kuntia täytyy kuulla\.$/,
    );
    expect(karkkila?.text.fi).toContain('karkkilalaisten asukkaiden palveluiden heikentämistä');
    expect(kauniainen?.text.fi.split('\n\n')).toHaveLength(8);
    expect(kauniainen?.text.fi).toContain('[toiveena asukasilta oman kunnan alueella] - -');
    for (const q of survey2024.quotes) {
      expect(q.source.file).toBe(FILE);
      expect(q.text.fi).not.toMatch(/[”“"]/);
    }
  });
});

describe('survey2024: translations', () => {
  const texts = [
    survey2024.title,
    survey2024.summary,
    ...survey2024.sections.flatMap((s) => [s.title, s.shortTitle]),
    ...survey2024.goals.flatMap((g) => [g.text, ...g.subGoals.map((s) => s.text)]),
    ...survey2024.quotes.map((q) => q.text),
    ...survey2024.scale.levels.map((l) => l.label),
  ];

  it('every text has non-empty sv and en, marked unofficial, and differs from the Finnish', () => {
    for (const t of texts) {
      for (const l of LOCALES) expect(t[l].trim().length).toBeGreaterThan(0);
      expect(t.unofficial).toEqual(['sv', 'en']);
      expect(t.sv).not.toBe(t.fi);
      expect(t.en).not.toBe(t.fi);
    }
  });

  it('uses the agreed terms', () => {
    expect(goal('rescue').subGoals[0]?.text.sv).toContain('Västra Nylands räddningsverk');
    expect(goal('ss-2').text.en).toContain('wellbeing services county');
    expect(goal('ss-2').text.sv).toContain('Välfärdsområdets');
  });
});
