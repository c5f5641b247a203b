/**
 * Reading a definition from an unknown value (a TS literal at run time or parsed JSON) field by field,
 * collecting every problem with its path instead of stopping at the first.
 */
import { problem, visible } from './messages';
import type { ProblemDetail } from './messages';
import { ID_PATTERN } from './normalize';
import type {
  DefinedText,
  DefinitionProblem,
  DefinitionProblemCode,
  DefinitionResult,
} from './types';

export class Reader {
  readonly problems: DefinitionProblem[] = [];

  report(code: DefinitionProblemCode, path: string, detail?: ProblemDetail): void {
    this.problems.push(problem(code, path, detail));
  }

  /** An object with only `fields` (others are reported as unknown); `required` ones must be present. */
  object(
    value: unknown,
    path: string,
    fields: readonly string[],
    required: readonly string[] = fields,
  ): Readonly<Record<string, unknown>> | undefined {
    if (value === undefined) return undefined;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.report('not-an-object', path);
      return undefined;
    }
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      // The key is the user's text: shown with its control and invisible characters escaped.
      if (!fields.includes(key)) this.report('unknown-field', join(path, visible(key)));
    }
    for (const key of required)
      if (record[key] === undefined) this.report('missing', join(path, key));
    return record;
  }

  /** The whole definition: an object (`undefined` itself is reported missing). */
  root(
    value: unknown,
    fields: readonly string[],
    required: readonly string[],
  ): Readonly<Record<string, unknown>> | undefined {
    if (value === undefined) this.report('missing', '');
    return this.object(value, '', fields, required);
  }

  /** No definition: every problem found. */
  failed(): { readonly ok: false; readonly problems: readonly DefinitionProblem[] } {
    return { ok: false, problems: this.problems };
  }

  /** The definition read, unless a problem was found. */
  result<T>(definition: T): DefinitionResult<T> {
    return this.problems.length > 0 ? this.failed() : { ok: true, problems: [], definition };
  }

  list(value: unknown, path: string, nonEmpty = true): readonly unknown[] | undefined {
    if (value === undefined) return undefined;
    if (!Array.isArray(value)) {
      this.report('not-a-list', path);
      return undefined;
    }
    if (nonEmpty && value.length === 0) this.report('empty', path);
    return value;
  }

  /** A text with something besides whitespace (kept as given). Missing = undefined, reported by object(). */
  text(value: unknown, path: string): string | undefined {
    if (value === undefined) return undefined;
    if (typeof value !== 'string') {
      this.report('not-a-string', path);
      return undefined;
    }
    if (value.trim() === '') {
      this.report('empty', path);
      return undefined;
    }
    return value;
  }

  id(value: unknown, path: string): string | undefined {
    const text = this.text(value, path);
    if (text !== undefined && !ID_PATTERN.test(text)) {
      this.report('invalid-id', path, { value: text });
      return undefined;
    }
    return text;
  }

  wholeNumber(value: unknown, path: string): number | undefined {
    if (value === undefined) return undefined;
    if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
      this.report('not-a-whole-number', path, { value: String(value) });
      return undefined;
    }
    return value;
  }

  /** { fi, sv?, en? }; `required` languages must be present. */
  definedText(
    value: unknown,
    path: string,
    required: readonly ('fi' | 'sv' | 'en')[] = ['fi'],
  ): DefinedText | undefined {
    const record = this.object(value, path, ['fi', 'sv', 'en'], required);
    if (record === undefined) return undefined;
    const fi = this.text(record.fi, join(path, 'fi'));
    const sv = this.text(record.sv, join(path, 'sv'));
    const en = this.text(record.en, join(path, 'en'));
    if (fi === undefined) return undefined;
    return { fi, ...(sv === undefined ? {} : { sv }), ...(en === undefined ? {} : { en }) };
  }

  /** A SourceRef { file, locator, printed? } as given. */
  source(value: unknown, path: string) {
    if (value === undefined) return undefined;
    const record = this.object(value, path, ['file', 'locator', 'printed'], ['file', 'locator']);
    if (record === undefined) return undefined;
    const file = this.text(record.file, join(path, 'file'));
    const locator = this.text(record.locator, join(path, 'locator'));
    const printed = this.text(record.printed, join(path, 'printed'));
    if (file === undefined || locator === undefined) return undefined;
    return { file, locator, ...(printed === undefined ? {} : { printed }) };
  }
}

/** "a" + "b" → "a.b"; "" + "b" → "b"; "a" + 3 → "a[3]". */
export function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path === '' ? key : `${path}.${key}`;
}

/** Records the first path of each key; a key seen before is reported with `code` at the later path. */
export class UniqueKeys {
  private readonly seen = new Map<string, string>();

  constructor(
    private readonly reader: Reader,
    private readonly code: DefinitionProblemCode,
  ) {}

  /** true if `key` is new; otherwise reports it and returns false. */
  claim(key: string, path: string, shown: string = key): boolean {
    const first = this.seen.get(key);
    if (first === undefined) {
      this.seen.set(key, path);
      return true;
    }
    this.reader.report(this.code, path, { value: shown, other: first });
    return false;
  }
}
