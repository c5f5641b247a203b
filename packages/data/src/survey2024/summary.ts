/**
 * The summary page's written conclusion (file 003_ae88570eab8abfd8.txt), three paragraphs.
 */
import type { SourcedText } from '../types';
import { sourced } from './source';

export const summary: SourcedText = sourced(
  'summary page: conclusion beside the table',
  'Vastaajakunnat arvioivat strategisissa yhteistyötavoitteissa etenemisen keskimäärin kohtalaiseksi tai heikoksi.\n\n' +
    'Edistyminen on ollut vahvinta pelastustoimen, valmiuden ja varautumisen, ikääntyneiden palvelujen, hyvinvoinnin ja terveyden edistämisen sekä yhteistyön tavoitteellisuuden saralla.\n\n' +
    'Heikoimmaksi arvioitiin edistyminen osallisuuden, lasten, nuorten ja perheiden palvelujen sekä vammaispalvelujen yhteistyötavoitteissa.',
  'De kommuner som svarade bedömde att de strategiska samarbetsmålen i genomsnitt har framskridit måttligt eller svagt.\n\n' +
    'Framstegen har varit störst när det gäller räddningsväsendet, beredskap och förberedelser, tjänsterna för äldre, främjandet av välfärd och hälsa samt samarbetets målinriktning.\n\n' +
    'Svagast bedömdes framstegen vara i samarbetsmålen för delaktighet, tjänsterna för barn, unga och familjer samt handikappservicen.',
  'The responding municipalities rated progress on the strategic cooperation goals as moderate or poor on average.\n\n' +
    'Progress has been strongest in rescue services, emergency readiness and preparedness, services for older people, the promotion of well-being and health, and the goal-orientation of cooperation.\n\n' +
    'Progress was rated weakest in the cooperation goals on participation, services for children, young people and families, and disability services.',
);
