/**
 * The JSON definitions of another area and survey (schemas in @yhdyspinta/data's schema/), chosen on
 * the page: each file is read as an area when it has `municipalities`, as a survey when it has
 * `sections`, and checked by parseAreaJson / parseSurveyJson; problems come back with their paths.
 */
import { decodeText, parseAreaJson, parseSurveyJson } from '@yhdyspinta/data';
import type { Area, Locale, SurveyDefinition } from '@yhdyspinta/data';

export interface ChosenDefinitions {
  readonly area?: Area;
  readonly survey?: SurveyDefinition;
  /** Every problem, in the page's language, with the file's name and the field's path. */
  readonly problems: readonly string[];
  readonly names: readonly string[];
}

export async function readDefinitions(
  files: readonly File[],
  locale: Locale,
): Promise<ChosenDefinitions> {
  let area: Area | undefined;
  let survey: SurveyDefinition | undefined;
  const problems: string[] = [];
  for (const file of files) {
    const text = decodeText(new Uint8Array(await file.arrayBuffer())).text;
    const isArea = /"municipalities"\s*:/.test(text);
    const result = isArea ? parseAreaJson(text) : parseSurveyJson(text);
    if (result.ok) {
      if (isArea) area = result.definition as Area;
      else survey = result.definition as SurveyDefinition;
    } else {
      for (const problem of result.problems)
        problems.push(`${file.name}: ${problem.message[locale]}`);
    }
  }
  return { area, survey, problems, names: files.map((file) => file.name) };
}
