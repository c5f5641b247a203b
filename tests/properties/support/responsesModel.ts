/**
 * An independent model of the raw-response importers for the fuzz tests: cells drawn from known-good
 * and known-bad values, the verdict each row must get, and a CSV writer (any delimiter, line ending,
 * quoting, BOM, blank lines) so the same table can be written the ways spreadsheets export it.
 */
import fc from 'fast-check';
import { municipalities, survey2024 } from '@yhdyspinta/data';
import type { CsvDelimiter } from '@yhdyspinta/data';
import { HOSTILE_MARKUP } from './arbitraries';

/** Every item id the importers know by default (goals, sub-goals, rescue goals). */
export const ITEM_IDS: readonly string[] = [
  ...new Set([
    ...survey2024.goals.flatMap((g) => [g.id, ...g.subGoals.map((s) => s.id)]),
    ...survey2024.rescueGoals.map((g) => g.id),
  ]),
];

/** A cell and what it means: `valid` is the id / rating it must be read as, or undefined if rejected. */
export interface Cell<T> {
  readonly text: string;
  readonly valid: T | undefined;
}

const names = municipalities.flatMap((m) => [
  { text: m.id, valid: m.id },
  { text: m.name.fi, valid: m.id },
  { text: m.name.sv, valid: m.id },
  { text: `  ${m.name.fi.toUpperCase()} `, valid: m.id },
  { text: m.name.sv.normalize('NFD'), valid: m.id },
]);

const byName = new Map(names.map((n) => [n.text.normalize('NFC').trim().toLowerCase(), n.valid]));

/** The municipality a text names (trimmed, case- and NFC-insensitive), per the names above. */
export function municipalityNamed(text: string): string | undefined {
  return byName.get(text.normalize('NFC').trim().toLowerCase());
}

export const municipalityCell: fc.Arbitrary<Cell<string>> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...names) },
  {
    weight: 2,
    arbitrary: fc
      .constantFrom(
        'Helsinki',
        'Kyrksl\uFFFDtt',
        'KyrkslÃ¤tt',
        '',
        '  ',
        '__proto__',
        'constructor',
        ...HOSTILE_MARKUP,
      )
      .map((text) => ({ text, valid: undefined })),
  },
);

export const itemCell: fc.Arbitrary<Cell<string>> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...ITEM_IDS).map((id) => ({ text: id, valid: id })) },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom(...ITEM_IDS)
      .map((id) => ({ text: ` ${id.toUpperCase()}`, valid: id })),
  },
  {
    weight: 2,
    arbitrary: fc
      .constantFrom('ws-99', 'ss 1', '', 'toString', '"><img src=x onerror=alert(1)>')
      .map((text) => ({ text, valid: undefined })),
  },
);

/** Ratings: `valid` is the rating (null = no answer); undefined = the row must be rejected. */
export const ratingCell: fc.Arbitrary<Cell<number | null>> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.integer({ min: 1, max: 5 }).map((r) => ({ text: String(r), valid: r })),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      { text: '4,0', valid: 4 },
      { text: '2.0', valid: 2 },
      { text: ' 5 ', valid: 5 },
      { text: '+3', valid: 3 },
      { text: '', valid: null },
      { text: 'EOS', valid: null },
      { text: 'eos', valid: null },
      { text: '-', valid: null },
      { text: 'Ei  vastausta', valid: null },
    ),
  },
  {
    weight: 2,
    arbitrary: fc
      .constantFrom(
        '0',
        '6',
        '-1',
        '2,5',
        '3.5',
        '1e1',
        'NaN',
        'Infinity',
        '4 4',
        'x',
        '<script>alert(1)</script>',
        '3;',
      )
      .map((text) => ({ text, valid: undefined })),
  },
);

export interface LongRow {
  readonly municipality: Cell<string>;
  readonly item: Cell<string>;
  readonly rating: Cell<number | null>;
  /** An ignored extra column (timestamps and the like). */
  readonly note: string;
}

export const longRow: fc.Arbitrary<LongRow> = fc.record({
  municipality: municipalityCell,
  item: itemCell,
  rating: ratingCell,
  note: fc.oneof(
    fc.constantFrom('', '2024-11-06 10:00', 'a;b,c\t"d"', 'line\nbreak'),
    fc.string({ maxLength: 10 }),
  ),
});

/** Rows with some repeated (municipality, item) pairs: a repeat must be rejected as a duplicate. */
export const longRows: fc.Arbitrary<LongRow[]> = fc
  .tuple(
    fc.array(longRow, { maxLength: 10 }),
    fc.array(fc.tuple(fc.nat(), ratingCell), { maxLength: 3 }),
  )
  .map(([rows, repeats]) =>
    rows.length === 0
      ? rows
      : [
          ...rows,
          ...repeats.map(([k, rating]) => ({ ...(rows[k % rows.length] as LongRow), rating })),
        ],
  );

export interface Verdict {
  readonly accepted: boolean;
  readonly response?: { municipalityId: string; itemId: string; rating: number | null };
}

/**
 * The verdict of each long row: accepted iff municipality, item and rating are valid and no earlier row
 * named the same (municipality, item) pair (a pair belongs to the first row naming it, even a rejected one).
 */
export function judgeLong(rows: readonly LongRow[]): Verdict[] {
  const claimed = new Set<string>();
  return rows.map((row) => {
    const m = row.municipality.valid;
    const i = row.item.valid;
    let duplicate = false;
    if (m !== undefined && i !== undefined) {
      const key = `${m}|${i}`;
      duplicate = claimed.has(key);
      claimed.add(key);
    }
    const r = row.rating.valid;
    if (m === undefined || i === undefined || r === undefined || duplicate)
      return { accepted: false };
    return { accepted: true, response: { municipalityId: m, itemId: i, rating: r } };
  });
}

export interface CsvStyle {
  readonly delimiter: CsvDelimiter;
  readonly eol: '\n' | '\r\n' | '\r';
  readonly bom: boolean;
  readonly quoteAll: boolean;
  readonly finalEol: boolean;
  /** Insert a blank line (or a line of delimiters) before data row k when blankBefore includes k. */
  readonly blankBefore: readonly number[];
}

export const csvStyle: fc.Arbitrary<CsvStyle> = fc.record({
  delimiter: fc.constantFrom<CsvDelimiter>(';', ',', '\t'),
  eol: fc.constantFrom<CsvStyle['eol']>('\n', '\r\n', '\r'),
  bom: fc.boolean(),
  quoteAll: fc.boolean(),
  finalEol: fc.boolean(),
  blankBefore: fc.uniqueArray(fc.nat({ max: 12 }), { maxLength: 3 }),
});

function field(text: string, style: CsvStyle): string {
  const needs = style.quoteAll || /["\r\n]/.test(text) || text.includes(style.delimiter);
  return needs ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Writes a table; returns the text and the physical line each data row starts on. */
export function writeCsv(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  style: CsvStyle,
): { text: string; lines: number[] } {
  const out: string[] = [];
  const lines: number[] = [];
  let line = 1;
  const push = (cells: readonly string[]) => {
    const record = cells.map((c) => field(c, style)).join(style.delimiter);
    out.push(record);
    // A spreadsheet's rows: a line break inside a quoted cell does not start a row.
    line += 1;
  };
  push(header);
  rows.forEach((cells, k) => {
    if (style.blankBefore.includes(k)) {
      out.push(k % 2 === 0 ? '' : style.delimiter.repeat(2));
      line += 1;
    }
    lines.push(line);
    push(cells);
  });
  const body = out.join(style.eol) + (style.finalEol ? style.eol : '');
  return { text: (style.bom ? '\uFEFF' : '') + body, lines };
}

/** Text → bytes in Latin-1 (characters above U+00FF as '?'), as an ANSI spreadsheet export. */
export function latin1Bytes(text: string): Uint8Array {
  return Uint8Array.from(
    [...text].map((ch) => {
      const code = ch.codePointAt(0) ?? 63;
      return code <= 0xff ? code : 63;
    }),
  );
}

/** Bytes read as UTF-8 the way a browser or `TextDecoder` does (bad bytes become U+FFFD). */
export function decodeUtf8(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}

/** UTF-8 text read as Latin-1 (mojibake: "ä" → "Ã¤"). */
export function asMojibake(text: string): string {
  return new TextDecoder('latin1').decode(new TextEncoder().encode(text));
}
