/**
 * The three quotes of the page "Poimintoja kuntien avoimista vastauksista" (file 003_ae88570eab8abfd8.txt).
 * The surrounding quotation marks are left out; the extraction's line breaks are joined, and the Kauniainen
 * quote's separate items are kept as paragraphs (blank line between). "- -" marks an omission, as printed.
 */
import type { MunicipalityId, OpenAnswerQuote } from '../types';
import { ref, translated } from './source';

function quote(
  n: number,
  municipalityId: MunicipalityId,
  name: string,
  paragraphs: readonly (readonly [fi: string, sv: string, en: string])[],
): OpenAnswerQuote {
  const join = (i: 0 | 1 | 2): string => paragraphs.map((p) => p[i]).join('\n\n');
  return {
    municipalityId,
    text: translated(join(0), join(1), join(2)),
    source: ref(`open answers page, quote ${n} (${name})`, name),
  };
}

export const quotes: readonly OpenAnswerQuote[] = [
  quote(1, 'lohja', 'Lohja', [
    [
      'Hyvinvointialueen sisäinen työ sekä hyvinvointialueen ja alueen kuntien välinen yhteistyö on meidän näkemyksemme mukaan osin vielä käynnistymisvaiheessa. Kuntakohtaisten erityispiirteiden huomioiminen ja kuntien osallistaminen hyvinvointialueen toiminnan suunnitteluun ei mielestämme tällä hetkellä toteudu riittävällä tasolla. Strateginen yhteistyö edellyttäisi parempia yhteistyörakenteita ja yhteiskehittämistä.',
      'Enligt vår uppfattning är välfärdsområdets interna arbete och samarbetet mellan välfärdsområdet och kommunerna i området delvis fortfarande i startskedet. Hänsynen till kommunspecifika särdrag och kommunernas delaktighet i planeringen av välfärdsområdets verksamhet förverkligas enligt vår mening för närvarande inte i tillräcklig grad. Ett strategiskt samarbete skulle förutsätta bättre samarbetsstrukturer och gemensam utveckling.',
      "In our view, the wellbeing services county's internal work and the cooperation between the county and the area's municipalities are in part still getting started. In our opinion, the specific features of each municipality are not currently taken into account, nor are the municipalities involved in planning the county's activities, to a sufficient degree. Strategic cooperation would require better cooperation structures and co-development.",
    ],
  ]),
  quote(2, 'karkkila', 'Karkkila', [
    [
      'Hyvinvointialueen ja kuntien yhteistyössä on kyse kahden tasavertaisen toimijan yhteistoiminnasta. Liian usein hyvinvointialue päättää asioista ilman, että huomioidaan päätösten vaikutuksia kuntien elinvoimaan tai niiden asukkaisiin. Hyvinvointialueen puolelta on tapahtunut monesti karkkilalaisten asukkaiden palveluiden heikentämistä, jotka toteutetaan sisäisinä muutoksina, toimipisteiden profilointina tai kriteerien tarkistamisina, eikä niistä tiedoteta ollenkaan kunnille. Tärkeistä asioista pitää käydä keskustelua ja kuntia täytyy kuulla.',
      'I samarbetet mellan välfärdsområdet och kommunerna handlar det om samverkan mellan två jämbördiga aktörer. Alltför ofta fattar välfärdsområdet beslut utan att beakta beslutens konsekvenser för kommunernas livskraft eller för deras invånare. Från välfärdsområdets sida har tjänsterna för invånarna i Högfors många gånger försämrats genom interna förändringar, profilering av verksamhetsställen eller justerade kriterier, och kommunerna informeras inte alls om det. Viktiga frågor ska diskuteras och kommunerna måste höras.',
      "Cooperation between the wellbeing services county and the municipalities is a matter of two equal actors working together. Too often the county decides on matters without considering the effects of its decisions on the municipalities' vitality or on their residents. On the county's side, services for Karkkila's residents have often been cut through internal changes, the profiling of service points or revised criteria, and the municipalities are not informed of this at all. Important matters must be discussed and the municipalities must be heard.",
    ],
  ]),
  quote(3, 'kauniainen', 'Kauniainen', [
    [
      'Kuntien eri väestöryhmien erityistarpeet huomioiva lähestymistapa.',
      'Ett förhållningssätt som beaktar de särskilda behoven hos kommunernas olika befolkningsgrupper.',
      "An approach that takes into account the specific needs of the municipalities' different population groups.",
    ],
    [
      'Ennaltaehkäisevä työ ja varhainen tuki - yhteistyön tiivistäminen erilaisissa teemakohtaisissa kokonaisuuksissa.',
      'Förebyggande arbete och tidigt stöd - ett tätare samarbete inom olika tematiska helheter.',
      'Preventive work and early support - closer cooperation in various thematic areas.',
    ],
    [
      'Palveluiden saavutettavuus ja lähestyttävyys, hyvinvointialueen palvelut ovat edelleen hyvin piilossa tavalliselle kuntalaiselle. Yhteydenottotapoja tulee kehittää avoimemmaksi ja saavutettavammaksi.',
      'Tjänsternas tillgänglighet och lättillgänglighet, välfärdsområdets tjänster är fortfarande mycket dolda för den vanliga kommuninvånaren. Sätten att ta kontakt bör utvecklas så att de blir öppnare och mer tillgängliga.',
      "Accessibility and approachability of services, the county's services are still very much hidden from ordinary residents. The ways of getting in touch should be made more open and accessible.",
    ],
    [
      'Resurssien jakaminen, varsinkin senioreihin liittyvässä toiminnassa. - -',
      'Delning av resurser, särskilt i verksamhet som gäller seniorer. - -',
      'Sharing resources, especially in activities for seniors. - -',
    ],
    [
      'Asukkaiden osallistaminen ja vaikuttamismahdollisuudet [toiveena asukasilta oman kunnan alueella] - -',
      'Invånarnas delaktighet och möjligheter att påverka [önskemålet är en invånarkväll i den egna kommunen] - -',
      "Involving residents and their opportunities to have a say [a residents' evening in the municipality's own area is hoped for] - -",
    ],
    [
      'Viestintä ja tiedon jakaminen.',
      'Kommunikation och informationsdelning.',
      'Communication and sharing information.',
    ],
    [
      'Konkreettisia toimia ja selkeitä vastuita kaivataan edelleen.',
      'Konkreta åtgärder och tydliga ansvar efterlyses fortfarande.',
      'Concrete measures and clear responsibilities are still called for.',
    ],
    [
      'Kuntakohtaiset erityispiirteet olisi hyvä ottaa huomioon.',
      'Det vore bra att beakta kommunspecifika särdrag.',
      'The specific features of each municipality ought to be taken into account.',
    ],
  ]),
];
