/**
 * The service strategy's goals per service area (adults' social services, older people, children, youth and
 * families, disability services) with the goals of their detail pages as sub-goals
 * (file 003_ae88570eab8abfd8.txt). These detail pages print no mean for the area as a whole.
 */
import type { SurveyGoal } from '../types';
import { item } from './source';

const D = 'detail page:';

export const themeGoals: readonly SurveyGoal[] = [
  {
    ...item('adult', '2,3', 'summary page, row 7', [
      'Aikuisten sosiaalipalvelut',
      'Socialservice för vuxna',
      'Social services for adults',
    ]),
    sectionId: 'adult-social-services',
    printedSubGoalCount: 2,
    subGoals: [
      item('adult.1', '2,2', `${D} Aikuisten sosiaalipalvelut, goal 1`, [
        'Palvelujen järjestämisessä on selkeä työnjako hyvinvointialueen sisällä sekä kuntien, TE-toimiston, järjestöjen ja muiden viranomaisten kanssa. Luomme yhteistyörakenteet tulevien työllisyysalueiden ja TE-hallinnon kanssa.',
        'I ordnandet av tjänsterna finns en tydlig arbetsfördelning inom välfärdsområdet och med kommunerna, TE-byrån, organisationerna och andra myndigheter. Vi skapar samarbetsstrukturer med de kommande sysselsättningsområdena och TE-förvaltningen.',
        'In organising services there is a clear division of labour within the wellbeing services county and with the municipalities, the TE Office, NGOs and other authorities. We will create cooperation structures with the future employment areas and the TE administration.',
      ]),
      item('adult.2', '2,3', `${D} Aikuisten sosiaalipalvelut, goal 2`, [
        'Maahanmuuttajien kotoutumista tuetaan sosiaali- ja terveyspalvelujen, kuntien ja järjestöjen yhteistyöllä.',
        'Invandrarnas integration stöds genom samarbete mellan social- och hälsovårdstjänsterna, kommunerna och organisationerna.',
        'The integration of immigrants is supported through cooperation between social and health services, the municipalities and NGOs.',
      ]),
    ],
  },
  {
    ...item('older', '2,7', 'summary page, row 8', [
      'Ikääntyneiden palvelut',
      'Tjänster för äldre',
      'Services for older people',
    ]),
    sectionId: 'older-people',
    subGoals: [
      item('older.1', '2,7', `${D} Ikääntyneiden palvelut, goal 1`, [
        'Ikäihmisten toimintakykyä ja kotona-asumisen edellytyksiä vahvistetaan ja yksinäisyyttä torjutaan yhteistyössä kuntien ja järjestöjen kanssa.',
        'De äldres funktionsförmåga och förutsättningar att bo hemma stärks och ensamhet motverkas i samarbete med kommunerna och organisationerna.',
        "Older people's functional capacity and ability to live at home are strengthened and loneliness is countered in cooperation with the municipalities and NGOs.",
      ]),
    ],
  },
  {
    ...item('children', '2,1', 'summary page, row 9', [
      'Lasten, nuorten ja perheiden palvelut',
      'Tjänster för barn, unga och familjer',
      'Services for children, young people and families',
    ]),
    sectionId: 'children-youth-families',
    printedSubGoalCount: 3,
    subGoals: [
      item('children.1', '2,7', `${D} Lasten, nuorten ja perheiden palvelut, goal 1`, [
        'Perheiden arjen sujuvuutta varmistetaan perhekeskuksen ammattilaisten tekemällä alueellisella yhteistyöllä kuntien ja järjestöjen kanssa.',
        'En smidig vardag för familjerna säkerställs genom familjecentrets yrkespersoners regionala samarbete med kommunerna och organisationerna.',
        "Families' everyday life is kept running smoothly through regional cooperation by family centre professionals with the municipalities and NGOs.",
      ]),
      item('children.2', '1,5', `${D} Lasten, nuorten ja perheiden palvelut, goal 2`, [
        'Yhteistyötä sijaishuollon ja kuntien sivistystoimen välillä kehitetään.',
        'Samarbetet mellan vården utom hemmet och kommunernas bildningsväsende utvecklas.',
        "Cooperation between substitute care and the municipalities' education and culture services is being developed.",
      ]),
      item('children.3', '2,2', `${D} Lasten, nuorten ja perheiden palvelut, goal 3`, [
        'Hyvinvointialue tekee tiivistä yhteistyötä kuntien kanssa, jotta opiskeluhuollon palvelut ovat jatkossakin saavutettavia ja lähellä oppilaita ja opiskelijoita.',
        'Välfärdsområdet samarbetar nära med kommunerna så att elevhälsans tjänster även i fortsättningen är tillgängliga och nära eleverna och de studerande.',
        'The wellbeing services county works closely with the municipalities so that student welfare services remain accessible and close to pupils and students.',
      ]),
    ],
  },
  {
    ...item('disability', '2,1', 'summary page, row 10', [
      'Vammaispalvelut',
      'Handikappservice',
      'Disability services',
    ]),
    sectionId: 'disability-services',
    printedSubGoalCount: 2,
    subGoals: [
      item('disability.1', '2,3', `${D} Vammaispalvelut, goal 1`, [
        'Hyvinvointialueen kuntien kanssa tehdään tosiasiallista yhteistyötä koululaisten ja opiskelijoiden aamu-, iltapäivä ja loma-ajan hoidon järjestämisessä.',
        'Med kommunerna i välfärdsområdet bedrivs ett verkligt samarbete kring ordnandet av morgon-, eftermiddags- och lovvård för skolelever och studerande.',
        'There is genuine cooperation with the municipalities of the wellbeing services county in arranging morning, afternoon and holiday care for schoolchildren and students.',
      ]),
      item('disability.2', '1,8', `${D} Vammaispalvelut, goal 2`, [
        'Vammaispalvelujen asiantuntemusta hyödynnetään hyvinvointialueen kuntien esteettömyystyöryhmissä.',
        'Handikappservicens sakkunskap utnyttjas i tillgänglighetsarbetsgrupperna i välfärdsområdets kommuner.',
        "The expertise of disability services is used in the accessibility working groups of the county's municipalities.",
      ]),
    ],
  },
];
