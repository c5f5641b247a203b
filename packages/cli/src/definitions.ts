/**
 * --area FILE and --survey FILE: an area's and a survey's JSON definitions (schema in @yhdyspinta/data's
 * schema/), read in the encoding their bytes are in and checked by parseAreaJson / parseSurveyJson. Any
 * problem stops the command with every problem listed, with its path, in the chosen language.
 */
import { readFile } from 'node:fs/promises';
import { decodeText, parseAreaJson, parseSurveyJson } from '@yhdyspinta/data';
import type { Area, DefinitionResult, Locale, SurveyDefinition } from '@yhdyspinta/data';
import { CliError } from './errors';
import { checkInputFile, INPUT_FILE_TEXTS } from './inputFile';
import { visible } from './visible';

/** Largest definition file read (bytes): a definition is a few kB; 5 MB leaves room for any area. */
export const MAX_DEFINITION_BYTES = 5 * 1024 * 1024;

export interface Definitions {
  readonly area?: Area;
  readonly survey?: SurveyDefinition;
}

type Kind = 'area' | 'survey';

/** "… is not valid (3 problems):", the problems listed under it. */
const INVALID: Readonly<Record<Locale, (kind: string, path: string, n: number) => string>> = {
  fi: (kind, path, n) => `${kind} "${path}" ei kelpaa (${n} virhettä):`,
  sv: (kind, path, n) => `${kind} "${path}" är ogiltig (${n} fel):`,
  en: (kind, path, n) => `${kind} "${path}" is not valid (${n} problem(s)):`,
};

async function readDefinition<T>(
  path: string,
  kind: Kind,
  parse: (text: string) => DefinitionResult<T>,
  locale: Locale,
): Promise<T> {
  await checkInputFile(path, kind, locale, { maxBytes: MAX_DEFINITION_BYTES });
  const result = parse(decodeText(await readFile(path)).text);
  if (result.ok) return result.definition;
  const name = INPUT_FILE_TEXTS[locale].kind[kind];
  throw new CliError(INVALID[locale](name, visible(path), result.problems.length), {
    details: result.problems.map((problem) => `  ${problem.message[locale]}`),
  });
}

/**
 * The --area and --survey files (a deck's "area" and "survey"): an area's and a survey's JSON definitions
 * the data files are read with; absent = the shipped Länsi-Uusimaa and 2024 survey.
 */
export interface DefinitionPaths {
  readonly area?: string;
  readonly survey?: string;
}

/** Reads the --area and --survey files given (either, both or none). */
export async function loadDefinitions(
  paths: DefinitionPaths,
  locale: Locale,
): Promise<Definitions> {
  const area =
    paths.area === undefined
      ? undefined
      : await readDefinition(paths.area, 'area', parseAreaJson, locale);
  const survey =
    paths.survey === undefined
      ? undefined
      : await readDefinition(paths.survey, 'survey', parseSurveyJson, locale);
  return { ...(area ? { area } : {}), ...(survey ? { survey } : {}) };
}
