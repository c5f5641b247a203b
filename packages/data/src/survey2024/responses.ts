/**
 * Which municipalities answered the 2024 survey by the deadline: the title page's response table
 * (file 003_ae88570eab8abfd8.txt), in its order.
 */
import type { MunicipalityId, SurveyResponseStatus, SurveyResponseTable } from '../types';
import { ref, translated } from './source';

const YES = 'Kyllä';
const NO = 'Ei vastausta määräajassa';

function status(
  municipalityId: MunicipalityId,
  name: string,
  printed: string,
): SurveyResponseStatus {
  if (printed !== YES && printed !== NO) throw new Error(`Unknown response status: "${printed}"`);
  return {
    municipalityId,
    answered: printed === YES,
    source: ref(`title page: response table, row ${name}`, printed),
  };
}

export const responses: readonly SurveyResponseStatus[] = [
  status('espoo', 'Espoo', 'Ei vastausta määräajassa'),
  status('kauniainen', 'Kauniainen', 'Kyllä'),
  status('kirkkonummi', 'Kirkkonummi', 'Kyllä'),
  status('siuntio', 'Siuntio', 'Ei vastausta määräajassa'),
  status('vihti', 'Vihti', 'Ei vastausta määräajassa'),
  status('karkkila', 'Karkkila', 'Kyllä'),
  status('lohja', 'Lohja', 'Kyllä'),
  status('inkoo', 'Inkoo', 'Ei vastausta määräajassa'),
  status('hanko', 'Hanko', 'Kyllä'),
  status('raasepori', 'Raasepori', 'Kyllä'),
];

export const responseTable: SurveyResponseTable = {
  municipalityColumn: translated('Kunta', 'Kommun', 'Municipality'),
  question: translated(
    'Vastasiko strategiakyselyyn?',
    'Svarade kommunen på strategienkäten?',
    'Did the municipality answer the strategy survey?',
  ),
  answeredLabel: translated(YES, 'Ja', 'Yes'),
  missingLabel: translated(NO, 'Inget svar inom utsatt tid', 'No answer by the deadline'),
  caption: translated(
    '6/10 alueen kuntaa vastasi strategisten yhteistyötavoitteiden arviointikyselyyn',
    '6/10 av kommunerna i området svarade på enkäten om utvärdering av de strategiska samarbetsmålen',
    "6/10 of the area's municipalities answered the survey evaluating the strategic cooperation goals",
  ),
  printedAnswered: 6,
  printedTotal: 10,
  source: ref('title page: response table and its caption', '6/10'),
};
