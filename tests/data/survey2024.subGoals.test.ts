// The 2024 survey: every sub-goal with its detail-page mean.
// Every literal below is copied from shared/seeds/003_ae88570eab8abfd8.txt exactly as printed (see
// survey2024Support.ts).
import { describe, expect, it } from 'vitest';
import { survey2024 } from '@yhdyspinta/data';
import { expectMean, FILE, goal } from './survey2024Support';

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
