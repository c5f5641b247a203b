/**
 * A small JSON Schema (draft 2020-12) validator for the subset the definitions' schemas use: type
 * (object, array, string, integer), required, properties, additionalProperties: false, items, minItems,
 * pattern, enum (of strings), oneOf and local $ref ("#/$defs/…"). Anything else in a schema is an error, so the subset cannot grow
 * unnoticed. Returns the JSON-pointer-like paths of the failures.
 */
type Schema = Readonly<Record<string, unknown>>;

const KNOWN = new Set([
  '$schema',
  '$id',
  '$defs',
  '$ref',
  'title',
  'description',
  'type',
  'required',
  'properties',
  'additionalProperties',
  'items',
  'minItems',
  'pattern',
  'enum',
  'oneOf',
]);

function isObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function resolve(root: Schema, ref: string): Schema {
  const name = /^#\/\$defs\/(.+)$/.exec(ref)?.[1];
  const defs = root.$defs;
  const target = name !== undefined && isObject(defs) ? defs[name] : undefined;
  if (!isObject(target)) throw new Error(`Unresolved $ref ${ref}`);
  return target;
}

function typeOk(type: unknown, value: unknown): boolean {
  switch (type) {
    case 'object':
      return isObject(value);
    case 'array':
      return Array.isArray(value);
    case 'string':
      return typeof value === 'string';
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    default:
      throw new Error(`Unsupported type ${String(type)}`);
  }
}

export function validateAgainstSchema(root: Schema, value: unknown): string[] {
  const failures: string[] = [];
  const visit = (schema: Schema, v: unknown, path: string): void => {
    for (const key of Object.keys(schema)) {
      if (!KNOWN.has(key)) throw new Error(`Unsupported schema keyword ${key} at ${path}`);
    }
    if (typeof schema.$ref === 'string') visit(resolve(root, schema.$ref), v, path);
    if (schema.type !== undefined && !typeOk(schema.type, v)) {
      failures.push(`${path}: not ${String(schema.type)}`);
      return;
    }
    if (Array.isArray(schema.enum) && !schema.enum.includes(v)) failures.push(`${path}: enum`);
    if (Array.isArray(schema.oneOf)) {
      const passing = schema.oneOf.filter(
        (sub) =>
          isObject(sub) && validateAgainstSchema({ $defs: root.$defs, ...sub }, v).length === 0,
      );
      if (passing.length !== 1) failures.push(`${path}: oneOf (${passing.length} match)`);
    }
    if (typeof schema.pattern === 'string' && typeof v === 'string') {
      if (!new RegExp(schema.pattern, 'u').test(v)) failures.push(`${path}: pattern`);
    }
    if (Array.isArray(v)) {
      if (typeof schema.minItems === 'number' && v.length < schema.minItems) {
        failures.push(`${path}: minItems`);
      }
      if (isObject(schema.items)) {
        const items = schema.items;
        v.forEach((item, i) => visit(items, item, `${path}/${i}`));
      }
    }
    if (isObject(v)) {
      const properties = isObject(schema.properties) ? schema.properties : {};
      for (const key of Array.isArray(schema.required) ? schema.required : []) {
        if (v[key as string] === undefined) failures.push(`${path}/${String(key)}: required`);
      }
      for (const [key, child] of Object.entries(v)) {
        const sub = properties[key];
        if (isObject(sub)) visit(sub, child, `${path}/${key}`);
        else if (schema.additionalProperties === false) failures.push(`${path}/${key}: additional`);
      }
    }
  };
  visit(root, value, '');
  return failures;
}
