/**
 * Which data is the survey's: the shipped data (withShippedData) and data built from the survey's raw
 * responses through a chart definition (CLI, static, custom elements). Only such data gets the survey's
 * texts (title, axis title) by default; a caller's own data gets no invented title.
 */
const surveyData = new WeakSet<object>();

/** Marks `data` as the survey's (returns it). */
export function markSurveyData<T>(data: T): T {
  if (typeof data === 'object' && data !== null) surveyData.add(data);
  return data;
}

/** Whether `data` was marked by markSurveyData. */
export function isSurveyData(data: unknown): boolean {
  return typeof data === 'object' && data !== null && surveyData.has(data);
}
