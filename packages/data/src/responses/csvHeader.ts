/**
 * Reading the header row: which layout, and which column is which.
 *
 * - long: a header cell names the item or the rating column (kysymys / fråga / item, vastaus / svar /
 *   rating, …, see ROLE_NAMES), or the mapping names them. Municipality, item and rating columns are
 *   required, a respondent column (vastaaja / svarande / respondent) is optional; other named columns
 *   are skipped (survey tools add timestamps).
 * - respondent: a header cell is a respondent column or a survey tool's bookkeeping column (aikaleima /
 *   tidstämpel / timestamp, e-mail, …): one row per respondent; the municipality column is found by its
 *   word (kunta / kommun / municipality) or the mapping; the other named columns are items, by id or
 *   question text, or listed in `columns.ignore`, or else judged by their cells once every row is read
 *   (csv.ts): text only (an open answer) is skipped and named in `skippedColumns`, a rating an error.
 * - wide: otherwise; the first column (or the municipality column) names the municipality, the others
 *   are items by id or question text; one row per municipality.
 *
 * Every header problem is reported and all of them are fatal: no data row is read.
 */
import type { Collector } from './collector';
import type { ParseContext } from './context';
import type { CsvRecord } from './csvTokenize';
import { isMetaColumn, roleOf, ROLE_NAMES } from './headerWords';
import type { Role } from './headerWords';
import type { ErrorPlace } from './messages';
import { columnLetters } from './columnLetters';
import type { ColumnMapping, ResponsesFormat, SkippedColumn } from './types';

export { ROLE_NAMES } from './headerWords';

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
  readonly respondent?: HeaderColumn;
  /** The header's number of columns: a data row's cells beyond it are errors, never ignored. */
  readonly width: number;
}

/**
 * A wide / respondent column: an item, a column skipped (`skip`), one with a blank name, or (`free`) a
 * respondent file's column that is no question: skipped if its cells are text, an error if ratings.
 */
export type CellColumn = HeaderColumn & {
  readonly itemId: string | undefined;
  readonly skip: boolean;
  readonly free?: boolean;
};

export interface WideColumns {
  readonly municipality: HeaderColumn;
  readonly respondent?: HeaderColumn;
  /** Every header position but the municipality's, in order. */
  readonly cells: readonly CellColumn[];
  readonly width: number;
  /** The header's row. */
  readonly line: number;
  /** The `free` columns (by their index in `cells`) in which a cell held a rating. */
  readonly rated: Set<number>;
}

export type HeaderReading =
  | { readonly format: 'long'; readonly columns: LongColumns }
  | { readonly format: 'wide' | 'respondent'; readonly columns: WideColumns }
  | { readonly format: ResponsesFormat | null; readonly failed: true };

export interface HeaderContext {
  readonly context: ParseContext;
  readonly matchQuestion: (text: string) => string | undefined;
  readonly collector: Collector;
  readonly mapping: ColumnMapping;
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

const sameText = (a: string, b: string) =>
  a.trim().toLocaleLowerCase('fi') === b.trim().toLocaleLowerCase('fi');

/** A mapped column's position, or undefined after reporting it missing. */
function mapped(header: CsvRecord, spec: string | number, h: HeaderContext, role: Role | 'ignore') {
  const index =
    typeof spec === 'number'
      ? Number.isInteger(spec) && spec >= 1 && spec <= header.fields.length
        ? spec - 1
        : -1
      : header.fields.findIndex((field) => sameText(field.value, spec));
  if (index >= 0) return index;
  const place = { unit: 'line', line: header.line, column: role } as const;
  const names = [String(spec)];
  h.collector.report(place, 'missing-column', '', role === 'ignore' ? { names } : { names, role });
  return undefined;
}

/** Positions of each role: mapped, else by header word; a role named twice is an error. */
function findRoles(header: CsvRecord, h: HeaderContext): Map<Role, number> {
  const found = new Map<Role, number>();
  const roles: readonly Role[] = ['municipality', 'item', 'rating', 'respondent'];
  for (const role of roles) {
    const spec = h.mapping[role];
    if (spec === undefined) continue;
    const index = mapped(header, spec, h, role);
    if (index !== undefined) found.set(role, index);
  }
  header.fields.forEach((field, index) => {
    const role = roleOf(field.value);
    if (role === undefined || h.mapping[role] !== undefined) return;
    const first = found.get(role);
    if (first === undefined) found.set(role, index);
    else {
      h.collector.report(indexedPlace(field.line, index), 'duplicate-column', field.value, {
        first: first + 1,
      });
    }
  });
  return found;
}

function readLong(header: CsvRecord, roles: Map<Role, number>, h: HeaderContext): HeaderReading {
  const required: readonly Role[] = ['municipality', 'item', 'rating'];
  for (const role of required) {
    // A mapped role that is missing was reported when the mapping was read.
    if (roles.has(role) || h.mapping[role] !== undefined) continue;
    const place = { unit: 'line', line: header.line, column: role } as const;
    h.collector.report(place, 'missing-column', '', { names: ROLE_NAMES[role], role });
  }
  const at = (role: Role) => {
    const index = roles.get(role);
    return index === undefined ? undefined : column(header, index);
  };
  const [municipality, item, rating] = [at('municipality'), at('item'), at('rating')];
  if (h.collector.errorTotal() > 0 || !municipality || !item || !rating) {
    return { format: 'long', failed: true };
  }
  const respondent = at('respondent');
  const base = { municipality, item, rating, width: header.fields.length };
  return { format: 'long', columns: respondent ? { ...base, respondent } : base };
}

function ignored(header: CsvRecord, h: HeaderContext): Set<number> {
  const set = new Set<number>();
  for (const spec of h.mapping.ignore ?? []) {
    const index = mapped(header, spec, h, 'ignore');
    if (index !== undefined) set.add(index);
  }
  return set;
}

function readCells(header: CsvRecord, roles: Map<Role, number>, h: HeaderContext): HeaderReading {
  const skipped = ignored(header, h);
  const respondentAt = roles.get('respondent');
  const isRespondent =
    respondentAt !== undefined || header.fields.some((field) => isMetaColumn(field.value));
  const format = isRespondent ? 'respondent' : 'wide';
  const municipalityAt = roles.get('municipality') ?? (isRespondent ? undefined : 0);
  if (municipalityAt === undefined) {
    const place = { unit: 'line', line: header.line, column: 'municipality' } as const;
    const detail = { names: ROLE_NAMES.municipality, role: 'municipality' } as const;
    h.collector.report(place, 'missing-column', '', detail);
    return { format, failed: true };
  }
  const municipalityText = header.fields[municipalityAt]?.value ?? '';
  if (!isRespondent && h.context.matchItem(municipalityText) !== undefined) {
    h.collector.report(
      indexedPlace(header.line, municipalityAt),
      'missing-column',
      municipalityText,
    );
  }
  const firstAt = new Map<string, number>();
  const cells: CellColumn[] = [];
  header.fields.forEach((field, index) => {
    if (index === municipalityAt) return;
    const place = indexedPlace(field.line, index);
    const text = field.value;
    const skip = skipped.has(index) || index === respondentAt || isMetaColumn(text);
    const itemId =
      skip || text.trim() === '' ? undefined : (h.context.matchItem(text) ?? h.matchQuestion(text));
    // A respondent file's other named column (an open question) is judged by its cells (csvWide.ts).
    const free = isRespondent && !skip && text.trim() !== '' && itemId === undefined;
    if (!isRespondent && !skip && text.trim() !== '' && itemId === undefined) {
      h.collector.report(place, 'unknown-item', text);
    }
    if (itemId !== undefined) {
      const first = firstAt.get(itemId);
      if (first === undefined) firstAt.set(itemId, index + 1);
      else h.collector.report(place, 'duplicate-column', text, { first });
    }
    cells.push({ ...column(header, index), itemId, skip, ...(free ? { free } : {}) });
  });
  if (h.collector.errorTotal() === 0 && firstAt.size === 0) {
    const place = indexedPlace(header.line, municipalityAt === 0 ? 1 : 0);
    h.collector.report(place, 'missing-column', '', { expected: 'item-columns' });
  }
  if (h.collector.errorTotal() > 0) return { format, failed: true };
  const columns = {
    municipality: column(header, municipalityAt),
    cells,
    width: header.fields.length,
    line: header.line,
    rated: new Set<number>(),
  };
  return {
    format,
    columns:
      respondentAt === undefined
        ? columns
        : { ...columns, respondent: column(header, respondentAt) },
  };
}

export function readHeader(header: CsvRecord, h: HeaderContext): HeaderReading {
  const first = header.fields[0];
  if (first && h.context.matchMunicipality(first.value) !== undefined) {
    h.collector.report(indexedPlace(first.line, 0), 'missing-header', first.value);
    return { format: null, failed: true };
  }
  const roles = findRoles(header, h);
  const isLong = roles.has('item') || roles.has('rating');
  return isLong ? readLong(header, roles, h) : readCells(header, roles, h);
}

/**
 * A respondent file's columns that name no question, once every row is read: those with a rating in a
 * cell are an 'unknown-column' error (a question whose text does not match the survey's), the others
 * (text: open answers) are skipped, and returned to be named.
 */
export function freeColumns(columns: WideColumns, collector: Collector): SkippedColumn[] {
  const skipped: SkippedColumn[] = [];
  columns.cells.forEach((column, c) => {
    if (!column.free) return;
    if (columns.rated.has(c)) {
      collector.report(indexedPlace(columns.line, column.index), 'unknown-column', column.label);
    } else {
      const position = column.index + 1;
      skipped.push({ column: column.label, position, letter: columnLetters(position) });
    }
  });
  return skipped;
}
