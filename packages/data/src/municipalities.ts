/**
 * The ten municipalities of the Länsi-Uusimaa welfare area, in the order of the 2024 survey's response table
 * (file 003_ae88570eab8abfd8.txt). Finnish and Swedish names are the official names of the municipalities
 * (Finnish as printed in the survey); English uses the Finnish name, so no locale is marked unofficial.
 */
import type { LocalizedText, Municipality, MunicipalityId } from './types';

function names(fi: string, sv: string): LocalizedText {
  return { fi, sv, en: fi, unofficial: [] };
}

export const municipalities: readonly Municipality[] = [
  { id: 'espoo', name: names('Espoo', 'Esbo') },
  { id: 'kauniainen', name: names('Kauniainen', 'Grankulla') },
  { id: 'kirkkonummi', name: names('Kirkkonummi', 'Kyrkslätt') },
  { id: 'siuntio', name: names('Siuntio', 'Sjundeå') },
  { id: 'vihti', name: names('Vihti', 'Vichtis') },
  { id: 'karkkila', name: names('Karkkila', 'Högfors') },
  { id: 'lohja', name: names('Lohja', 'Lojo') },
  { id: 'inkoo', name: names('Inkoo', 'Ingå') },
  { id: 'hanko', name: names('Hanko', 'Hangö') },
  { id: 'raasepori', name: names('Raasepori', 'Raseborg') },
];

/** The ids of the ten municipalities, in the same order. */
export const MUNICIPALITY_IDS: readonly MunicipalityId[] = municipalities.map((m) => m.id);

const byId = new Map<string, Municipality>(municipalities.map((m) => [m.id, m]));

/** Type guard: is `value` one of the ten municipality ids (exact, lower-case)? */
export function isMunicipalityId(value: unknown): value is MunicipalityId {
  return typeof value === 'string' && byId.has(value);
}

/** The municipality with this id (exact match), or undefined. */
export function municipalityById(id: string): Municipality | undefined {
  return byId.get(id);
}

/** Lower-case, trimmed, NFC-normalised (so a decomposed "ä" from a CSV matches) and single-spaced. */
function normalise(value: string): string {
  return value.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('fi');
}

const byName = new Map<string, Municipality>();
for (const m of municipalities) {
  for (const key of [m.id, m.name.fi, m.name.sv, m.name.en]) byName.set(normalise(key), m);
}

/**
 * Finds a municipality by id, Finnish or Swedish name, case-insensitively and ignoring surrounding
 * whitespace ("  LOHJA ", "Lojo", "lohja" all match). Returns undefined for anything else, including
 * non-string input at runtime.
 */
export function findMunicipality(nameOrId: string): Municipality | undefined {
  if (typeof nameOrId !== 'string') return undefined;
  return byName.get(normalise(nameOrId));
}
