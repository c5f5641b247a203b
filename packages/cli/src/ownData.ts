/**
 * What a chart drawn from one's own data file is drawn with besides the data. Its coverage says "Ei
 * vastausta" ("Inget svar", "No answer") of a municipality with no rating in the file, not the 2024
 * survey's printed "Ei vastausta määräajassa" ("by the deadline"): a file has no deadline.
 */
export function ownDataProps(chart: string, ownData: boolean): object | undefined {
  return ownData && chart === 'coverage' ? { notAnsweredWording: 'plain' } : undefined;
}
