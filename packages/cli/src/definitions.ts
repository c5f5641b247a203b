/**
 * --area FILE and --survey FILE: an area's and a survey's JSON definitions (schema in @yhdyspinta/data's
 * schema/), read in the encoding their bytes are in and checked by parseAreaJson / parseSurveyJson. Any
 * problem stops the command with every problem listed, with its path, in the chosen language.
 */
import { readFile, stat } from 'node:fs/promises';
import { decodeText, parseAreaJson, parseSurveyJson } from '@yhdyspinta/data';
import type { Area, DefinitionResult, Locale, SurveyDefinition } from '@yhdyspinta/data';
import { CliError } from './errors';

/** Largest definition file read (bytes): a definition is a few kB; 5 MB leaves room for any area. */
export const MAX_DEFINITION_BYTES = 5 * 1024 * 1024;

export interface Definitions {
  readonly area?: Area;
  readonly survey?: SurveyDefinition;
}

type Kind = 'area' | 'survey';

const TEXT: Readonly<
  Record<
    Locale,
    {
      readonly kind: Record<Kind, string>;
      readonly missing: (kind: string, path: string) => string;
      readonly large: (kind: string, path: string, mb: number) => string;
      readonly invalid: (kind: string, path: string, n: number) => string;
    }
  >
> = {
  fi: {
    kind: { area: 'Alueen määrittely', survey: 'Kyselyn määrittely' },
    missing: (kind, path) => `${kind} "${path}" ei ole olemassa tai ei ole tiedosto.`,
    large: (kind, path, mb) => `${kind} "${path}" on suurempi kuin ${mb} Mt.`,
    invalid: (kind, path, n) => `${kind} "${path}" ei kelpaa (${n} virhettä):`,
  },
  sv: {
    kind: { area: 'Områdesdefinitionen', survey: 'Enkätdefinitionen' },
    missing: (kind, path) => `${kind} "${path}" finns inte eller är inte en fil.`,
    large: (kind, path, mb) => `${kind} "${path}" är större än ${mb} MB.`,
    invalid: (kind, path, n) => `${kind} "${path}" är ogiltig (${n} fel):`,
  },
  en: {
    kind: { area: 'The area definition', survey: 'The survey definition' },
    missing: (kind, path) => `${kind} "${path}" does not exist or is not a file.`,
    large: (kind, path, mb) => `${kind} "${path}" is larger than ${mb} MB.`,
    invalid: (kind, path, n) => `${kind} "${path}" is not valid (${n} problem(s)):`,
  },
};

async function readDefinition<T>(
  path: string,
  kind: Kind,
  parse: (text: string) => DefinitionResult<T>,
  locale: Locale,
): Promise<T> {
  const t = TEXT[locale];
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile()) throw new CliError(t.missing(t.kind[kind], path));
  if (info.size > MAX_DEFINITION_BYTES) {
    throw new CliError(t.large(t.kind[kind], path, MAX_DEFINITION_BYTES / 1024 / 1024));
  }
  const result = parse(decodeText(await readFile(path)).text);
  if (result.ok) return result.definition;
  throw new CliError(t.invalid(t.kind[kind], path, result.problems.length), {
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
