/**
 * Goals of the welfare area strategy (rated directly) and the service strategy's shared goals 1/4–4/4 with
 * their sub-goals (file 003_ae88570eab8abfd8.txt). `mean` is the summary page's; `detailMean` is the same
 * goal's mean as repeated on its detail page.
 */
import type { SurveyGoal } from '../types';
import { item, mean } from './source';

const WS = 'detail page: Hyvinvointialuestrategia';

export const welfareAreaStrategyGoals: readonly SurveyGoal[] = [
  {
    ...item('ws-1', '2,2', 'summary page, row 1', [
      'Rakennetaan kuntien kanssa vaikuttavat palvelujen yhteistyömallit erityisesti lasten ja nuorten palveluissa, työllisyyden edistämisessä sekä maahanmuuttajapalveluissa.',
      'Vi bygger tillsammans med kommunerna upp verkningsfulla samarbetsmodeller för tjänsterna, särskilt inom tjänsterna för barn och unga, främjandet av sysselsättningen och tjänsterna för invandrare.',
      'Effective service cooperation models will be built with the municipalities, especially in services for children and young people, in promoting employment and in services for immigrants.',
    ]),
    sectionId: 'welfare-area-strategy',
    detailMean: mean('2,2', `${WS}, goal 1`),
    subGoals: [],
  },
  {
    ...item('ws-2', '2,7', 'summary page, row 2', [
      'Teemme saumatonta yhteistyötä kolmannen sektorin toimijoiden ja kuntien kanssa hyvinvoinnin ja terveyden edistämiseksi sekä ongelmien ennaltaehkäisemiseksi',
      'Vi samarbetar sömlöst med aktörer inom tredje sektorn och med kommunerna för att främja välfärd och hälsa och förebygga problem',
      'We work seamlessly with third-sector actors and the municipalities to promote well-being and health and to prevent problems',
    ]),
    sectionId: 'welfare-area-strategy',
    detailMean: mean('2,7', `${WS}, goal 2`),
    subGoals: [],
  },
];

const SS = 'detail page: Palvelustrategia';

export const serviceStrategyGoals: readonly SurveyGoal[] = [
  {
    ...item('ss-1', '2,7', 'summary page, row 3', [
      'Kuntien ja muiden keskeisten toimijoiden kanssa tehtävä yhteistyö on toimivaa ja tavoitteellista.',
      'Samarbetet med kommunerna och andra centrala aktörer fungerar väl och är målinriktat.',
      'Cooperation with the municipalities and other key actors works well and is goal-oriented.',
    ]),
    sectionId: 'service-strategy-1',
    printedSubGoalCount: 4,
    detailMean: mean('2,7', `${SS} 1/4, main goal (Päätavoite)`),
    subGoals: [
      item('ss-1.1', '2,3', `${SS} 1/4, sub-goal 1`, [
        'Luomme selkeän yhdyspintarakenteen, joissa eri toimijoiden vastuut ja roolit ovat määritelty. Toimintamallit ja yhteistyökäytännöt rakennetaan yhdessä asukkaita varten. Luomme yhteiset tavoitteet kuntien kanssa hyvinvoinnin ja terveyden edistämiseen, työllisyyden tukemiseen, maahanmuuttajien kotoutumisen tukemiseen ja sivistystoimen kanssa tehtävään yhteistyöhön. Käymme säännöllistä vuoropuhelua kuntakohtaisista erityispiirteistä.',
        'Vi skapar en tydlig struktur för gränsytorna, där de olika aktörernas ansvar och roller är definierade. Verksamhetsmodellerna och samarbetsrutinerna byggs upp tillsammans för invånarnas skull. Vi ställer upp gemensamma mål med kommunerna för främjandet av välfärd och hälsa, stödet för sysselsättningen, stödet för invandrarnas integration och samarbetet med bildningsväsendet. Vi för en regelbunden dialog om kommunspecifika särdrag.',
        'We will create a clear interface structure in which the responsibilities and roles of the different actors are defined. Operating models and cooperation practices are built together for the residents. We will set shared goals with the municipalities for promoting well-being and health, supporting employment, supporting the integration of immigrants and cooperating with education and culture services. We hold a regular dialogue on the specific features of each municipality.',
      ]),
      item('ss-1.2', '2,8', `${SS} 1/4, sub-goal 2`, [
        'Kehitämme yhteistä tietopohjaa kuntien kanssa alueen väestöstä, jonka avulla pystymme vastaamaan ennakoivasti palvelutarpeeseen.',
        'Vi utvecklar tillsammans med kommunerna ett gemensamt kunskapsunderlag om befolkningen i området, med vars hjälp vi kan möta servicebehovet proaktivt.',
        "We are developing a shared knowledge base on the area's population with the municipalities, which enables us to respond proactively to the need for services.",
      ]),
      item('ss-1.3', '2,5', `${SS} 1/4, sub-goal 3`, [
        'Käymme avointa vuoropuhelua hyvinvointialueen toimitilojen omistus- ja toimitilasuunnittelusta kuntien kanssa.',
        'Vi för en öppen dialog med kommunerna om ägandet av välfärdsområdets lokaler och om lokalplaneringen.',
        "We hold an open dialogue with the municipalities on the ownership and planning of the wellbeing services county's premises.",
      ]),
      item('ss-1.4', '3,2', `${SS} 1/4, sub-goal 4`, [
        'Hyvinvointialueen hyvinvointikertomus – ja suunnitelma tehdään yhdessä kuntien ja muiden keskeisten sidosryhmien kanssa. Länsi-Uudenmaan hyvinvointialueella toimii alueen kuntien ja hyvinvointialueen yhteinen LU-hyte-verkosto. Verkosto toimii alustana alueellisen hyvinvointikertomuksen ja -suunnitelman yhteistyössä.',
        'Välfärdsområdets välfärdsberättelse och välfärdsplan utarbetas tillsammans med kommunerna och andra centrala intressentgrupper. I Västra Nylands välfärdsområde finns LU-hyte-nätverket, som är gemensamt för kommunerna i området och välfärdsområdet. Nätverket fungerar som plattform för samarbetet kring den regionala välfärdsberättelsen och välfärdsplanen.',
        "The wellbeing services county's well-being report and plan are prepared together with the municipalities and other key stakeholders. The Western Uusimaa Wellbeing Services County has the LU-hyte network, shared by the area's municipalities and the county. The network serves as a platform for cooperation on the regional well-being report and plan.",
      ]),
    ],
  },
  {
    ...item('ss-2', '2,2', 'summary page, row 4', [
      'Hyvinvointialueen asukkaat, henkilöstö ja sidosryhmät ovat mukana palvelujemme suunnittelussa ja kehittämisessä.',
      'Välfärdsområdets invånare, personal och intressentgrupper deltar i planeringen och utvecklingen av våra tjänster.',
      "The wellbeing services county's residents, staff and stakeholders take part in planning and developing our services.",
    ]),
    sectionId: 'service-strategy-2',
    detailMean: mean('2,2', `${SS} 2/4, main goal (Päätavoite)`),
    subGoals: [
      item('ss-2.1', '2,2', `${SS} 2/4, sub-goal 1`, [
        'Hyvinvointialueella asuvat, työskentelevät ja vaikuttavat ihmiset, kunnat, yhteisöt ja yritykset tietävät palveluistamme, toiminnastamme ja suunnitelmistamme ja osallistuvat aktiivisesti hyvinvointialueen kehittämiseen.',
        'Människor som bor, arbetar och verkar i välfärdsområdet samt kommuner, sammanslutningar och företag känner till våra tjänster, vår verksamhet och våra planer och deltar aktivt i utvecklingen av välfärdsområdet.',
        'People who live, work and are active in the wellbeing services county, as well as municipalities, communities and companies, know about our services, activities and plans and take an active part in developing the county.',
      ]),
    ],
  },
  {
    ...item('ss-3', '2,3', 'summary page, row 5', [
      'Vahvistamme perustason palveluihin pääsyä, kevennämme palvelurakennetta ja lisäämme sisäistä yhteistyötä.',
      'Vi förbättrar tillgången till tjänster på basnivå, gör servicestrukturen lättare och ökar det interna samarbetet.',
      'We will improve access to basic-level services, lighten the service structure and increase internal cooperation.',
    ]),
    sectionId: 'service-strategy-3',
    detailMean: mean('2,3', `${SS} 3/4, main goal (Päätavoite)`),
    subGoals: [
      item('ss-3.1', '2,3', `${SS} 3/4, sub-goal 1`, [
        'Sovimme kuntien ja järjestöjen kanssa tehtävässä yhteistyössä painopisteet, jolla voimme tunnistaa eriarvoisuuteen, terveyteen ja hyvinvointiin liittyvät riskitekijöitä',
        'I samarbetet med kommunerna och organisationerna kommer vi överens om prioriteringar som gör det möjligt för oss att identifiera riskfaktorer som gäller ojämlikhet, hälsa och välfärd',
        'In cooperation with the municipalities and NGOs, we agree on priorities that allow us to identify risk factors related to inequality, health and well-being',
      ]),
    ],
  },
  {
    ...item('ss-4', '2,8', 'summary page, row 6', [
      'Turvaamme väestöllemme kaikissa olosuhteissa terveyden ja toimintakyvyn kannalta keskeiset sosiaali- ja terveydenhuollon palvelut, terveellisen elinympäristön ja toimeentulon.',
      'Vi tryggar under alla förhållanden för vår befolkning de social- och hälsovårdstjänster som är centrala för hälsan och funktionsförmågan, en hälsosam livsmiljö och utkomsten.',
      'In all circumstances, we will secure for our population the social and health care services essential to health and functional capacity, a healthy living environment and a livelihood.',
    ]),
    sectionId: 'service-strategy-4',
    detailMean: mean('2,8', `${SS} 4/4, main goal (Päätavoite)`),
    subGoals: [
      item('ss-4.1', '2,8', `${SS} 4/4, sub-goal 1`, [
        'Valmiussuunnittelu perustuu kansallisesti yhtenäisiin perusteisiin ja sitä tehdään yhdessä kuntien ja HUS yhtymän kanssa.',
        'Beredskapsplaneringen bygger på nationellt enhetliga grunder och görs tillsammans med kommunerna och HUS-sammanslutningen.',
        'Preparedness planning is based on nationally uniform principles and is carried out together with the municipalities and the HUS Group.',
      ]),
    ],
  },
];
