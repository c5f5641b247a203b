/**
 * Reading the header row: long or wide, and which column is which. Long when any header cell names the
 * item or the rating column (see ROLE_NAMES); wide otherwise (first column = municipality, the others =
 * item ids). Every header problem is reported, and all of them are fatal: no data row is read.
 */
import { makeError } from './messages';
import type { ErrorPlace } from './messages';
import type { ParseContext } from './context';
import type { CsvRecord } from './csvTokenize';
import type { ParseError, ResponsesFormat } from './types';

/** A column: 0-based position, and how errors name it (header text, or 1-based index if unnamed). */
export interface HeaderColumn {
  readonly index: number;
  readonly label: string;
  readonly indexed: boolean;
}

export interface LongColumns {
  readonly municipality: HeaderColumn;
  readonly item: HeaderColumn;
  readonly rating: HeaderColumn;
  /** The header's number of columns: a data row's cells beyond it are errors, never ignored. */
  readonly width: number;
}

export interface WideColumns {
  readonly municipality: HeaderColumn;
  /** Every header position after the first; `itemId` undefined for a column with a blank name. */
  readonly cells: readonly (HeaderColumn & { readonly itemId: string | undefined })[];
}

export type HeaderReading =
  | { readonly format: 'long'; readonly columns: LongColumns }
  | { readonly format: 'wide'; readonly columns: WideColumns }
  | { readonly format: ResponsesFormat | null; readonly errors: readonly ParseError[] };

type Role = Exclude<keyof LongColumns, 'width'>;

/** Accepted long-format header names per role (compared without case, spaces, '_' and '-'). */
export const ROLE_NAMES: Readonly<Record<Role, readonly string[]>> = {
  municipality: ['municipality', 'municipalityId', 'kunta', 'kommun'],
  item: ['item', 'itemId', 'question', 'kohta', 'kysymys', 'punkt', 'fråga'],
  rating: ['rating', 'answer', 'arvio', 'vastaus', 'bedömning', 'svar'],
};

const ROLES: readonly Role[] = ['municipality', 'item', 'rating'];

const squash = (text: string): string =>
  text
    .trim()
    .toLocaleLowerCase('fi')
    .replace(/[\s_-]+/g, '');

function roleOf(text: string): Role | undefined {
  return ROLES.find((role) => ROLE_NAMES[role].some((name) => squash(name) === squash(text)));
}

function column(record: CsvRecord, index: number): HeaderColumn {
  const label = record.fields[index]?.value.trim() ?? '';
  return label === ''
    ? { index, label: String(index + 1), indexed: true }
    : { index, label, indexed: false };
}

/** The place of header position `index` (0-based) on `line`: errors name it by its 1-based index. */
function indexedPlace(line: number, index: number): ErrorPlace {
  return { unit: 'line', line, column: String(index + 1), indexed: true };
}

function readLong(header: CsvRecord): HeaderReading {
  const errors: ParseError[] = [];
  const found = new Map<Role, HeaderColumn>();
  header.fields.forEach((field, index) => {
    const role = roleOf(field.value);
    if (role === undefined) return;
    const first = found.get(role);
    const here = column(header, index);
    if (first === undefined) found.set(role, here);
    else {
      const detail = { first: first.index + 1 };
      errors.push(
        makeError(indexedPlace(field.line, index), 'duplicate-column', field.value, detail),
      );
    }
  });
  for (const role of ROLES) {
    if (found.has(role)) continue;
    const place = { unit: 'line', line: header.line, column: role } as const;
    errors.push(makeError(place, 'missing-column', '', { expected: ROLE_NAMES[role].join(', ') }));
  }
  const municipality = found.get('municipality');
  const item = found.get('item');
  const rating = found.get('rating');
  if (errors.length > 0 || !municipality || !item || !rating) return { format: 'long', errors };
  return {
    format: 'long',
    columns: { municipality, item, rating, width: header.fields.length },
  };
}

function readWide(header: CsvRecord, context: ParseContext): HeaderReading {
  const errors: ParseError[] = [];
  const firstAt = new Map<string, number>();
  const cells: (HeaderColumn & { itemId: string | undefined })[] = [];
  header.fields.forEach((field, index) => {
    const place = indexedPlace(field.line, index);
    const itemId = field.value.trim() === '' ? undefined : context.matchItem(field.value);
    if (index === 0) {
      if (itemId !== undefined) errors.push(makeError(place, 'missing-column', field.value));
      return;
    }
    if (field.value.trim() !== '' && itemId === undefined) {
      errors.push(makeError(place, 'unknown-item', field.value));
    }
    if (itemId !== undefined) {
      const first = firstAt.get(itemId);
      if (first === undefined) firstAt.set(itemId, index + 1);
      else errors.push(makeError(place, 'duplicate-column', field.value, { first }));
    }
    cells.push({ ...column(header, index), itemId });
  });
  if (errors.length === 0 && firstAt.size === 0) {
    const place = indexedPlace(header.line, 1);
    errors.push(makeError(place, 'missing-column', '', { expected: 'item ids, e.g. "ws-1"' }));
  }
  if (errors.length > 0) return { format: 'wide', errors };
  return { format: 'wide', columns: { municipality: column(header, 0), cells } };
}

export function readHeader(header: CsvRecord, context: ParseContext): HeaderReading {
  const first = header.fields[0];
  if (first && context.matchMunicipality(first.value) !== undefined) {
    const place = indexedPlace(first.line, 0);
    return { format: null, errors: [makeError(place, 'missing-header', first.value)] };
  }
  const isLong = header.fields.some((field) => {
    const role = roleOf(field.value);
    return role === 'item' || role === 'rating';
  });
  return isLong ? readLong(header) : readWide(header, context);
}
