// Public API of @yhdyspinta/data: explicit named exports only.

// --- core types ---
export { LOCALES } from './types';
export type {
  Locale,
  LocalizedText,
  SourceRef,
  MunicipalityId,
  Municipality,
  Rating,
  ScaleLevel,
  RatingScale,
  PublishedMean,
  SurveySectionId,
  SurveySection,
  SurveyItem,
  SurveyGoal,
  SurveyResponseStatus,
  OpenAnswerQuote,
  Survey,
} from './types';

// --- survey, municipalities, coverage, consistency, formatting ---

// --- themes and negotiations ---

// --- raw responses: parsing and aggregation ---
