/**
 * The ten sections of the 2024 survey, in source order: the detail pages' headings
 * (file 003_ae88570eab8abfd8.txt). Short titles are this project's abbreviations for chart labels.
 */
import type { SurveySection, SurveySectionId } from '../types';
import { ref, translated } from './source';

function section(
  id: SurveySectionId,
  title: [fi: string, sv: string, en: string],
  shortTitle: [fi: string, sv: string, en: string],
): SurveySection {
  return {
    id,
    title: translated(...title),
    shortTitle: translated(...shortTitle),
    source: ref(`detail page heading: ${title[0]}`, title[0]),
  };
}

const SS_FI = 'Palvelustrategian hyvinvointialueen ja kuntien yhteistyötä koskevat';
const SS_SV = 'Servicestrategins';
const SS_EN =
  'the service strategy for cooperation between the wellbeing services county and the municipalities';

function serviceStrategy(n: 1 | 2 | 3 | 4): SurveySection {
  return section(
    `service-strategy-${n}`,
    [
      `${SS_FI} yhteiset tavoitteet ${n}/4`,
      `${SS_SV} gemensamma mål för samarbetet mellan välfärdsområdet och kommunerna ${n}/4`,
      `Shared goals of ${SS_EN} ${n}/4`,
    ],
    [`Palvelustrategia ${n}/4`, `Servicestrategi ${n}/4`, `Service strategy ${n}/4`],
  );
}

function theme(id: SurveySectionId, fi: string, sv: string, en: string): SurveySection {
  return section(
    id,
    [
      `${SS_FI} tavoitteet: ${fi}`,
      `${SS_SV} mål för samarbetet mellan välfärdsområdet och kommunerna: ${sv}`,
      `Goals of ${SS_EN}: ${en}`,
    ],
    [fi, sv, en],
  );
}

export const sections: readonly SurveySection[] = [
  section(
    'welfare-area-strategy',
    [
      'Hyvinvointialuestrategian valtuustokauden hyvinvointialueen ja kuntien yhteistyötä koskevat tavoitteet',
      'Välfärdsområdesstrategins mål för samarbetet mellan välfärdsområdet och kommunerna under fullmäktigeperioden',
      "Goals of the wellbeing services county strategy for cooperation between the county and the municipalities during the council's term",
    ],
    ['Hyvinvointialuestrategia', 'Välfärdsområdesstrategin', 'County strategy'],
  ),
  serviceStrategy(1),
  serviceStrategy(2),
  serviceStrategy(3),
  serviceStrategy(4),
  theme(
    'adult-social-services',
    'Aikuisten sosiaalipalvelut',
    'Socialservice för vuxna',
    'Social services for adults',
  ),
  theme(
    'older-people',
    'Ikääntyneiden palvelut',
    'Tjänster för äldre',
    'Services for older people',
  ),
  theme(
    'children-youth-families',
    'Lasten, nuorten ja perheiden palvelut',
    'Tjänster för barn, unga och familjer',
    'Services for children, young people and families',
  ),
  theme('disability-services', 'Vammaispalvelut', 'Handikappservice', 'Disability services'),
  section(
    'rescue-service',
    [
      'Pelastustoimen palvelutasopäätös: Kuntien ja hyvinvointialueen yhteistyötä koskevat tavoitteet',
      'Räddningsväsendets servicenivåbeslut: Mål för samarbetet mellan kommunerna och välfärdsområdet',
      "Rescue services' service level decision: Goals for cooperation between the municipalities and the wellbeing services county",
    ],
    [
      'Pelastustoimen palvelutasopäätös',
      'Räddningsväsendets servicenivåbeslut',
      "Rescue services' service level decision",
    ],
  ),
];
