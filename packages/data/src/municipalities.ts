/**
 * The Länsi-Uusimaa welfare area and its ten municipalities, declared with `defineArea`, in the order of the
 * 2024 survey's response table (file 003_ae88570eab8abfd8.txt). Finnish and Swedish names are the official
 * names of the municipalities (Finnish as printed in the survey); English uses the Finnish name, so no
 * locale is marked unofficial. The area's official names are its own (Finnish: "Länsi-Uudenmaan
 * hyvinvointialueella" in the survey's introduction).
 */
import { defineArea } from './definitions/area';
import type { Area } from './definitions/types';
import { normalizeText } from './definitions/normalize';
import type { Municipality, MunicipalityId } from './types';

/** The shipped area: Länsi-Uusimaa (Västra Nyland), its municipalities with literal ids. */
export const lansiUusimaa: Area<MunicipalityId> = defineArea({
  id: 'lansi-uusimaa',
  name: {
    fi: 'Länsi-Uudenmaan hyvinvointialue',
    sv: 'Västra Nylands välfärdsområde',
    en: 'Western Uusimaa Wellbeing Services County',
  },
  municipalities: [
    { id: 'espoo', name: { fi: 'Espoo', sv: 'Esbo' } },
    { id: 'kauniainen', name: { fi: 'Kauniainen', sv: 'Grankulla' } },
    { id: 'kirkkonummi', name: { fi: 'Kirkkonummi', sv: 'Kyrkslätt' } },
    { id: 'siuntio', name: { fi: 'Siuntio', sv: 'Sjundeå' } },
    { id: 'vihti', name: { fi: 'Vihti', sv: 'Vichtis' } },
    { id: 'karkkila', name: { fi: 'Karkkila', sv: 'Högfors' } },
    { id: 'lohja', name: { fi: 'Lohja', sv: 'Lojo' } },
    { id: 'inkoo', name: { fi: 'Inkoo', sv: 'Ingå' } },
    { id: 'hanko', name: { fi: 'Hanko', sv: 'Hangö' } },
    { id: 'raasepori', name: { fi: 'Raasepori', sv: 'Raseborg' } },
  ],
  source: { file: '003_ae88570eab8abfd8.txt', locator: 'title page: response table, column Kunta' },
});

export const municipalities: readonly Municipality<MunicipalityId>[] = lansiUusimaa.municipalities;

/** The ids of the ten municipalities, in the same order. */
export const MUNICIPALITY_IDS: readonly MunicipalityId[] = municipalities.map((m) => m.id);

const byId = new Map<string, Municipality<MunicipalityId>>(municipalities.map((m) => [m.id, m]));

/** Type guard: is `value` one of the ten municipality ids (exact, lower-case)? */
export function isMunicipalityId(value: unknown): value is MunicipalityId {
  return typeof value === 'string' && byId.has(value);
}

/** The municipality with this id (exact match), or undefined. */
export function municipalityById(id: string): Municipality<MunicipalityId> | undefined {
  return byId.get(id);
}

/**
 * A look-up of an area's municipalities by id, Finnish, Swedish or English name: case-insensitive, NFC,
 * whitespace collapsed and trimmed (see normalizeText). defineArea guarantees no two share a key.
 */
export function municipalityFinder<Id extends string>(
  area: Area<Id>,
): (nameOrId: string) => Municipality<Id> | undefined {
  const byName = new Map<string, Municipality<Id>>();
  for (const m of area.municipalities) {
    for (const key of [m.id, m.name.fi, m.name.sv, m.name.en]) byName.set(normalizeText(key), m);
  }
  return (nameOrId) =>
    typeof nameOrId === 'string' ? byName.get(normalizeText(nameOrId)) : undefined;
}

const findShipped = municipalityFinder(lansiUusimaa);

/**
 * Finds a municipality by id, Finnish or Swedish name, case-insensitively and ignoring surrounding
 * whitespace ("  LOHJA ", "Lojo", "lohja" all match). Returns undefined for anything else, including
 * non-string input at runtime.
 */
export function findMunicipality(nameOrId: string): Municipality<MunicipalityId> | undefined {
  return findShipped(nameOrId);
}
