/**
 * `defineArea` and the area's validation (shared with `parseAreaJson`): ids valid and unique, names
 * non-empty, no two municipalities answering to the same id or name (an export's "Lohja" / "Lojo" must
 * name one municipality), codes unique.
 */
import type { LocalizedText, Municipality } from '../types';
import { DefinitionError } from './messages';
import { normalizeText } from './normalize';
import { join, Reader, UniqueKeys } from './read';
import type { Area, AreaInput, DefinitionResult, PlaceName } from './types';

const AREA_FIELDS = ['$schema', 'id', 'name', 'municipalities', 'source'];
const MUNICIPALITY_FIELDS = ['id', 'name', 'code'];

/** A place name as LocalizedText: official fi and sv; en as given, else the Finnish name. */
function placeText(name: PlaceName): LocalizedText {
  return { fi: name.fi, sv: name.sv, en: name.en ?? name.fi, unofficial: [] };
}

function readPlaceName(reader: Reader, value: unknown, path: string): PlaceName | undefined {
  const text = reader.definedText(value, path, ['fi', 'sv']);
  return text?.sv === undefined ? undefined : { ...text, sv: text.sv };
}

function readMunicipality(
  reader: Reader,
  value: unknown,
  path: string,
  keys: { readonly ids: UniqueKeys; readonly names: UniqueKeys; readonly codes: UniqueKeys },
): Municipality | undefined {
  const record = reader.object(value, path, MUNICIPALITY_FIELDS, ['id', 'name']);
  if (record === undefined) return undefined;
  const id = reader.id(record.id, join(path, 'id'));
  const name = readPlaceName(reader, record.name, join(path, 'name'));
  const code = reader.text(record.code, join(path, 'code'));
  if (id !== undefined && keys.ids.claim(id, join(path, 'id'))) {
    keys.names.claim(normalizeText(id), join(path, 'id'), id);
  }
  if (name !== undefined) {
    // A name may repeat within one municipality (en = fi), not across two.
    const own = new Set<string>(id === undefined ? [] : [normalizeText(id)]);
    for (const locale of ['fi', 'sv', 'en'] as const) {
      const text = name[locale];
      if (text === undefined || own.has(normalizeText(text))) continue;
      own.add(normalizeText(text));
      keys.names.claim(normalizeText(text), join(join(path, 'name'), locale), text);
    }
  }
  if (code !== undefined) keys.codes.claim(code.trim(), join(path, 'code'), code);
  if (id === undefined || name === undefined) return undefined;
  return { id, name: placeText(name), ...(code === undefined ? {} : { code }) };
}

/** Validates an area given as an unknown value (TS literal or parsed JSON). */
export function readArea(value: unknown): DefinitionResult<Area> {
  const reader = new Reader();
  const record = reader.root(value, AREA_FIELDS, ['id', 'name', 'municipalities']);
  if (record === undefined) return reader.failed();
  const id = reader.id(record.id, 'id');
  const name = readPlaceName(reader, record.name, 'name');
  const source = reader.source(record.source, 'source');
  // Ids and names also share one key space: a municipality's name must not be another's id either.
  const keys = {
    ids: new UniqueKeys(reader, 'duplicate-id'),
    names: new UniqueKeys(reader, 'duplicate-name'),
    codes: new UniqueKeys(reader, 'duplicate-code'),
  };
  const list = reader.list(record.municipalities, 'municipalities') ?? [];
  const municipalities = list.map((m, i) =>
    readMunicipality(reader, m, join('municipalities', i), keys),
  );
  if (id === undefined || name === undefined) return reader.failed();
  return reader.result({
    id,
    name: placeText(name),
    municipalities: municipalities.filter((m) => m !== undefined),
    ...(source === undefined ? {} : { source }),
  });
}

/**
 * Declares a welfare area: `defineArea({ id, name: { fi, sv, en? }, municipalities: [{ id, name, code? }] })`.
 * The municipalities' literal ids are kept (`Area<'espoo' | …>`). Throws a DefinitionError (fi/sv/en,
 * with the path of each bad field) for an invalid area.
 */
export function defineArea<const Id extends string>(input: AreaInput<Id>): Area<Id> {
  const result = readArea(input);
  if (!result.ok) throw new DefinitionError('area', result.problems);
  return result.definition as Area<Id>;
}
