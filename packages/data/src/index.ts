// Public API of @yhdyspinta/data: named exports, and every type of the modules that hold only types
// (types.ts, definitions/types.ts, negotiations/types.ts, responses/types.ts) as `export type *`.

// --- core types ---
export { LOCALES } from './types';
export type * from './types';
export { byLocale, everyLocale } from './byLocale';
export type { SideBySide } from './byLocale';

// --- survey, municipalities, coverage, consistency, formatting ---
export {
  lansiUusimaa,
  municipalities,
  MUNICIPALITY_IDS,
  isMunicipalityId,
  municipalityById,
  findMunicipality,
  municipalityFinder,
} from './municipalities';
export { survey2024, SURVEY_2024_FILE } from './survey2024';
export { survey2024Definition } from './survey2024/definition';

// --- definitions as data: any welfare area, any survey round ---
export { defineArea } from './definitions/area';
export { defineSurvey, surveyItems } from './definitions/survey';
export { parseAreaJson, parseSurveyJson, areaToJson, surveyToJson } from './definitions/json';
export { DefinitionError } from './definitions/messages';
export { contextFor } from './definitions/context';
export type { DefinitionContext, DefinitionContextOptions } from './definitions/context';
export { normalizeText, normalizeQuestion } from './definitions/normalize';
export type * from './definitions/types';
export { coverageOf, isValidPopulation } from './coverage';
export type { Coverage, CoverageCounts, CoverageOptions, PopulationCoverage } from './coverage';
export {
  checkConsistency,
  roundToOneDecimal,
  ROUNDING_TOLERANCE,
  FLOAT_EPSILON,
} from './consistency';
export type { ConsistencyStatus, GoalConsistency } from './consistency';
export {
  formatScore,
  formatShare,
  formatCount,
  intlLocale,
  INTL_LOCALES,
  MISSING_VALUE,
} from './format';

// --- themes and negotiations ---
export { themes, THEME_IDS, isThemeId, themeById } from './themes';
export type { Theme, ThemeId, ThemeOrigin } from './themes';
// The 2025 §14 negotiation memos: data, lookup and the municipality × theme matrix.
export { negotiations2025, negotiationPointById } from './negotiations/memos';
export type { LocatedNegotiationPoint } from './negotiations/memos';
export { MEMO_SECTIONS } from './negotiations/sections';
export { themeCounts } from './negotiations/matrix';
export type { ThemeCountMatrix } from './negotiations/matrix';
export type * from './negotiations/types';

// --- raw responses: parsing and aggregation ---
export { parseResponsesCsv } from './responses/csv';
export { decodeText } from './responses/decode';
export type { DecodedText, EncodingDecision, TextEncodingName } from './responses/decode';
export { parseResponsesJson } from './responses/json';
export { parseResponsesXlsx } from './responses/xlsx';
export type { XlsxParseOptions, XlsxParseResult } from './responses/xlsx';
export { importResponses } from './responses/importFile';
export type { ImportKind, ImportOptions, ImportReport } from './responses/importFile';
export { MAX_ERROR_OBJECTS } from './responses/collector';
export { aggregate } from './responses/aggregate';
export { summarizeRatings } from './responses/stats';
export { DEFAULT_NO_ANSWER_TOKENS } from './responses/cells';
export type * from './responses/types';
