/**
 * The rescue service level decision's goal and its nine goals for cooperation between the municipalities and
 * the welfare area (file 003_ae88570eab8abfd8.txt). The summary page prints "(9 alatavoitetta)".
 */
import type { SurveyGoal } from '../types';
import { item } from './source';

const D = 'detail page: Pelastustoimen palvelutasopäätös, goal';

export const rescueGoal: SurveyGoal = {
  ...item('rescue', '3,4', 'summary page, row 11', [
    'Pelastustoimen palvelutasopäätös',
    'Räddningsväsendets servicenivåbeslut',
    "Rescue services' service level decision",
  ]),
  sectionId: 'rescue-service',
  printedSubGoalCount: 9,
  subGoals: [
    item('rescue.1', '3,3', `${D} 1`, [
      'Länsi-Uudenmaan pelastuslaitoksen palvelut ovat pysyneet samalla tasolla kuin ennen hyvinvointialueuudistusta.',
      'Västra Nylands räddningsverks tjänster har hållits på samma nivå som före välfärdsområdesreformen.',
      'The services of the Western Uusimaa Rescue Department have remained at the same level as before the wellbeing services county reform.',
    ]),
    item('rescue.2', '3,8', `${D} 2`, [
      'Länsi-Uudenmaan pelastuslaitos on toiminut arvojensa (inhimillisesti, ammatillisesti, luotettavasti, yhteistyössä) mukaisesti.',
      'Västra Nylands räddningsverk har agerat i enlighet med sina värderingar (mänskligt, professionellt, tillförlitligt, i samarbete).',
      'The Western Uusimaa Rescue Department has acted in line with its values (humanely, professionally, reliably, in cooperation).',
    ]),
    item('rescue.3', '3,8', `${D} 3`, [
      'Olemme ottaneet kaksikielisyyden huomioon yhteistyössämme.',
      'Vi har beaktat tvåspråkigheten i vårt samarbete.',
      'We have taken bilingualism into account in our cooperation.',
    ]),
    item('rescue.4', '3,7', `${D} 4`, [
      'Yhteistyö kunnan ja pelastuslaitoksen välillä on toimivaa.',
      'Samarbetet mellan kommunen och räddningsverket fungerar väl.',
      'Cooperation between the municipality and the rescue department works well.',
    ]),
    item('rescue.5', '3,2', `${D} 5`, [
      'Yhteistyö kuntalaisten turvallisuuden edistämisessä on vaikuttavaa.',
      'Samarbetet för att främja kommuninvånarnas säkerhet är verkningsfullt.',
      "Cooperation in promoting residents' safety is effective.",
    ]),
    item('rescue.6', '3,0', `${D} 6`, [
      'Paloriskikohteiden moniviranomaisyhteistyön kehittämiseen on panostettu.',
      'Man har satsat på att utveckla samarbetet mellan flera myndigheter kring objekt med brandrisk.',
      'Effort has been put into developing multi-authority cooperation on sites with a fire risk.',
    ]),
    item('rescue.7', '3,2', `${D} 7`, [
      'Länsi-Uudenmaan pelastuslaitoksen tuki rakentamisen ohjauksessa (rakennusvalvontayhteistyö) on vaikuttavaa.',
      'Västra Nylands räddningsverks stöd i styrningen av byggandet (samarbete med byggnadstillsynen) är verkningsfullt.',
      "The Western Uusimaa Rescue Department's support in guiding construction (cooperation with building control) is effective.",
    ]),
    item('rescue.8', '3,3', `${D} 8`, [
      'Yhteistyö ympäristövahinkojen torjunnassa on toimivaa.',
      'Samarbetet vid bekämpningen av miljöskador fungerar väl.',
      'Cooperation in responding to environmental damage works well.',
    ]),
    item('rescue.9', '3,3', `${D} 9`, [
      'Länsi-Uudenmaan pelastuslaitoksen tuki kunnan omalle varautumiselle ja valmiussuunnittelulle on riittävää.',
      'Västra Nylands räddningsverks stöd för kommunens egen beredskap och beredskapsplanering är tillräckligt.',
      "The Western Uusimaa Rescue Department's support for the municipality's own preparedness and contingency planning is sufficient.",
    ]),
  ],
};
