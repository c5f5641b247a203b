/**
 * The 2024 municipal survey's title, period, target group, scale and printed headings
 * (file 003_ae88570eab8abfd8.txt). Swedish and English are this project's translations.
 */
import type { RatingScale, SourcedText, Survey, SurveyTexts } from '../types';
import { ref, sourced, translated } from './source';

export const title: SourcedText = sourced(
  'title page',
  'Hyvinvointialueen ja kuntien välisen yhteistyön arviointi',
  'Utvärdering av samarbetet mellan välfärdsområdet och kommunerna',
  'Evaluation of cooperation between the wellbeing services county and the municipalities',
);

export const responsePeriod: Survey['responsePeriod'] = {
  start: '2024-11-06',
  end: '2024-12-05',
  source: ref('title page: "Kyselyn vastausaika oli 6.11.-5.12.2024."', '6.11.-5.12.2024'),
};

export const targetGroup: Survey['targetGroup'] = {
  ...translated('kunnanjohto', 'kommunledningen', 'municipal management'),
  source: ref('title page: "Kyselyn kohderyhmä oli kunnanjohto."', 'kunnanjohto'),
};

export const scale: RatingScale = {
  min: 1,
  max: 5,
  neutral: 3,
  levels: [
    { value: 5, label: translated('Erinomaisesti', 'Utmärkt', 'Excellently') },
    { value: 4, label: translated('Hyvin', 'Bra', 'Well') },
    { value: 3, label: translated('Kohtalaisesti', 'Måttligt', 'Moderately') },
    { value: 2, label: translated('Heikosti', 'Svagt', 'Poorly') },
    { value: 1, label: translated('Ei lainkaan', 'Inte alls', 'Not at all') },
  ],
  source: ref(
    'title page: Arviointiasteikko (repeated on every detail page)',
    '5 = Erinomaisesti; 4 = Hyvin; 3 = Kohtalaisesti; 2 = Heikosti; 1 = Ei lainkaan',
  ),
};

const detail = 'every detail page';

export const texts: SurveyTexts = {
  header: sourced(
    'page header of every page',
    'KUNTAKYSELY: HYVINVOINTIALUEEN JA KUNTIEN VÄLISTEN STRATEGISTEN YHTEISTYÖTAVOITTEIDEN TOTEUTUMINEN',
    'KOMMUNENKÄT: FÖRVERKLIGANDET AV DE STRATEGISKA SAMARBETSMÅLEN MELLAN VÄLFÄRDSOMRÅDET OCH KOMMUNERNA',
    'MUNICIPAL SURVEY: ACHIEVEMENT OF THE STRATEGIC COOPERATION GOALS BETWEEN THE WELLBEING SERVICES COUNTY AND THE MUNICIPALITIES',
  ),
  introduction: sourced(
    'title page: introduction',
    'Osana strategioiden kokonaisarvioinnin prosessia lähestyimme alueen kuntia kyselyn muodossa.\n\n' +
      'Kyselyn tarkoituksena on koota kuntien näkemyksiä siitä, miten hyvinvointialueen ja kunnan ' +
      'yhteistyötä koskevissa tavoitteissa on tähän mennessä edistytty.',
    'Som en del av processen för en helhetsutvärdering av strategierna vände vi oss till kommunerna i ' +
      'området med en enkät.\n\n' +
      'Syftet med enkäten är att samla in kommunernas synpunkter på hur långt man hittills har kommit med ' +
      'de mål som gäller samarbetet mellan välfärdsområdet och kommunen.',
    'As part of the process of evaluating the strategies as a whole, we approached the municipalities of ' +
      'the area with a survey.\n\n' +
      "The purpose of the survey is to gather the municipalities' views on how much progress has been made " +
      'so far towards the goals concerning cooperation between the wellbeing services county and the ' +
      'municipality.',
  ),
  instruction: sourced(
    detail,
    'Arvioikaa, miten hyvin tavoitteissa on edustamanne kunnan näkökulmasta edistytty tähänastisessa yhteistyössä.',
    'Bedöm hur väl målen, ur den kommun ni representerar, har framskridit i samarbetet hittills.',
    'Assess how well the goals have progressed in the cooperation so far, from the point of view of the municipality you represent.',
  ),
  scaleTitle: sourced(
    'title page and every detail page',
    'Arviointiasteikko',
    'Bedömningsskala',
    'Rating scale',
  ),
  summaryTitle: sourced(
    'summary page: heading',
    'Yhteenveto kuntien vastauksista',
    'Sammandrag av kommunernas svar',
    "Summary of the municipalities' answers",
  ),
  goalColumn: sourced(
    'summary page: column heading',
    'Tavoite tai teema',
    'Mål eller tema',
    'Goal or theme',
  ),
  meanColumn: sourced(
    'summary page: column heading',
    'Kuntien vastausten keskiarvo',
    'Medelvärde av kommunernas svar',
    "Mean of the municipalities' answers",
  ),
  mainGoalColumn: sourced(
    'detail pages Palvelustrategia 1/4–4/4',
    'Päätavoite',
    'Huvudmål',
    'Main goal',
  ),
  subGoalsColumn: sourced(
    'detail pages Palvelustrategia 1/4–4/4',
    'Alatavoitteet',
    'Delmål',
    'Sub-goals',
  ),
  detailGoalColumn: sourced('the other detail pages', 'Tavoite', 'Mål', 'Goal'),
  detailMeanColumn: sourced(
    detail,
    'Keskiarvo kuntien vastauksista (1-5)',
    'Medelvärde av kommunernas svar (1–5)',
    "Mean of the municipalities' answers (1–5)",
  ),
  quotesTitle: sourced(
    'open answers page: heading',
    'Poimintoja kuntien avoimista vastauksista',
    'Utdrag ur kommunernas öppna svar',
    "Excerpts from the municipalities' open answers",
  ),
};
