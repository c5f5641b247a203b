/**
 * The 2024 municipal survey's definition (its structure: scale, no-answer words, sections, goals and
 * sub-goals with their texts), declared with `defineSurvey` from the same transcribed records as
 * `survey2024` (file 003_ae88570eab8abfd8.txt): goals.json, the sections' headings and the printed scale.
 * The importers read exports of this survey through it (item ids, question texts, level words).
 */
import { defineSurvey } from '../definitions/survey';
import type { DefinedText, SurveyDefinition } from '../definitions/types';
import type { LocalizedText, SurveySectionId } from '../types';
import { goals } from './goals';
import { sections } from './sections';
import { ref, SURVEY_2024_FILE } from './source';
import { scale, title } from './texts';

const text = ({ fi, sv, en }: LocalizedText): DefinedText => ({ fi, sv, en });

/** The printed scale's words; "ei vastausta" … as no-answer (this project's list, not printed). */
export const survey2024Definition: SurveyDefinition<string, SurveySectionId> = defineSurvey({
  id: 'kuntakysely-2024',
  name: text(title),
  year: 2024,
  scale: {
    min: scale.min,
    max: scale.max,
    levels: scale.levels.map((level) => ({
      value: level.value,
      words: { fi: [level.label.fi], sv: [level.label.sv], en: [level.label.en] },
    })),
  },
  noAnswer: {
    fi: ['-', 'EOS', 'ei vastausta', 'en osaa sanoa'],
    sv: ['vet ej', 'kan inte säga', 'inget svar'],
    en: ["don't know", 'no answer'],
  },
  sections: sections.map((section) => ({
    id: section.id,
    label: text(section.title),
    shortLabel: text(section.shortTitle),
    goals: goals
      .filter((goal) => goal.sectionId === section.id)
      .map((goal) => ({
        id: goal.id,
        label: text(goal.text),
        subGoals: goal.subGoals.map((sub) => ({ id: sub.id, label: text(sub.text) })),
      })),
  })),
  // The rescue service's radar: the questions of its section (the nine sub-goals of its one goal).
  radar: { section: 'rescue-service' },
  source: { file: SURVEY_2024_FILE, locator: ref('title page').locator },
});
