/**
 * The 2024 municipal survey (kuntakysely) of the Länsi-Uusimaa welfare area, as published in
 * shared/seeds/003_ae88570eab8abfd8.txt. Every number is parsed from its printed form and carries its source.
 */
import type { Survey } from '../types';
import { quotes } from './quotes';
import { goals, rescueGoal } from './goals';
import { responseTable, responses } from './responses';
import { sections } from './sections';
import { summary } from './summary';
import { responsePeriod, scale, targetGroup, texts, title } from './texts';

export { SURVEY_2024_FILE } from './source';

export const survey2024: Survey = {
  id: 'kuntakysely-2024',
  title,
  responsePeriod,
  targetGroup,
  scale,
  responses,
  sections,
  goals,
  rescueGoals: rescueGoal.subGoals,
  summary,
  quotes,
  texts,
  responseTable,
};
