// Property: no input is both accepted and different from what the file says. A seeded generator
// (mulberry32; fast-check is not used here) draws tables of answers — each cell a known-good writing of
// a rating (digit, decimal comma or point, the scale's word in fi/sv/en, "4 = Hyvin", a no-answer word,
// blank) or a known-bad one (out of range, 4.9999999999999999, 3,5, a word that disagrees with its
// number, an unknown municipality, one with a zero-width space, an extra cell) — writes them in every
// layout (long, respondent per row, wide), delimiter and encoding (UTF-8 with and without BOM, UTF-16LE,
// Windows-1252), reads the bytes back with importResponses, and compares with the model row by row:
// exactly the good rows land, each exactly as written; every bad row is rejected on its own line.
import { describe, expect, it } from 'vitest';
import { importResponses } from '@yhdyspinta/data';
import type { Rating, RawResponse } from '@yhdyspinta/data';
import { mulberry32 } from '../../bench/src/data';

type Rng = () => number;
const pick = <T>(rng: Rng, items: readonly T[]): T => {
  const item = items[Math.floor(rng() * items.length)];
  if (item === undefined) throw new Error('empty choice');
  return item;
};

const WORDS = [
  ['Ei lainkaan', 'Heikosti', 'Kohtalaisesti', 'Hyvin', 'Erinomaisesti'],
  ['Inte alls', 'Svagt', 'Måttligt', 'Bra', 'Utmärkt'],
  ['Not at all', 'Poorly', 'Moderately', 'Well', 'Excellently'],
] as const;
const NO_ANSWER = ['', 'En osaa sanoa', 'Vet ej', "Don't know", 'EOS', '-'];
const MUNICIPALITIES: readonly (readonly [string, string])[] = [
  ['Espoo', 'espoo'],
  ['Esbo', 'espoo'],
  ['Kyrkslätt', 'kirkkonummi'],
  ['Sjundeå', 'siuntio'],
  ['Högfors', 'karkkila'],
  ['Hanko', 'hanko'],
  ['Lojo', 'lohja'],
  ['raasepori', 'raasepori'],
];
const ITEMS = ['ws-1', 'ws-2', 'ss-1.1', 'ss-2.1'] as const;

/** A cell: its text, and the rating it means (null = no answer) or 'bad'. */
interface Cell {
  readonly text: string;
  readonly value: number | null | 'bad';
}

function ratingCell(rng: Rng, allowBad: boolean): Cell {
  const n = 1 + Math.floor(rng() * 5);
  const word = (lang: number) => WORDS[lang]?.[n - 1] ?? '';
  const good: Cell[] = [
    { text: String(n), value: n },
    { text: `${n},0`, value: n },
    { text: `${n}.0`, value: n },
    { text: word(Math.floor(rng() * 3)), value: n },
    { text: `${n} = ${word(0)}`, value: n },
    { text: pick(rng, NO_ANSWER), value: null },
  ];
  const bad: Cell[] = [
    { text: String(n + 5), value: 'bad' },
    { text: '0', value: 'bad' },
    { text: '4.9999999999999999', value: 'bad' },
    { text: '3,5', value: 'bad' },
    { text: `${(n % 5) + 1} = ${word(0)}`, value: 'bad' },
    { text: 'melko', value: 'bad' },
  ];
  return allowBad && rng() < 0.15 ? pick(rng, bad) : pick(rng, good);
}

interface Answer {
  readonly respondent: string;
  readonly municipality: Cell & { readonly id: string };
  readonly ratings: readonly Cell[];
  readonly extra: string;
}

function answers(rng: Rng, count: number, unicode: boolean): Answer[] {
  return Array.from({ length: count }, (_, i) => {
    const [name, id] = pick(rng, MUNICIPALITIES);
    const roll = rng();
    const municipality =
      roll < 0.05
        ? { text: 'Atlantis', value: 'bad' as const, id }
        : roll < 0.08 && unicode
          ? { text: `${name}\u200b`, value: 'bad' as const, id }
          : { text: name, value: 0, id };
    return {
      respondent: `R${i + 1}`,
      municipality,
      ratings: ITEMS.map(() => ratingCell(rng, true)),
      extra: rng() < 0.05 ? '5' : '',
    };
  });
}

type Layout = 'long' | 'respondent' | 'wide';

/** The table's rows (header first) and, per data row, the responses it must give (null = rejected). */
function table(layout: Layout, rows: readonly Answer[]) {
  const out: string[][] = [];
  const verdicts: (RawResponse[] | null)[] = [];
  const badRow = (a: Answer, cells: readonly Cell[]) =>
    a.municipality.value === 'bad' || a.extra !== '' || cells.some((c) => c.value === 'bad');
  if (layout === 'long') {
    out.push(['Vastaaja', 'Kunta', 'Kysymys', 'Vastaus']);
    for (const a of rows) {
      a.ratings.forEach((cell, k) => {
        const item = ITEMS[k] ?? '';
        out.push([
          a.respondent,
          a.municipality.text,
          item,
          cell.text,
          ...(a.extra ? [a.extra] : []),
        ]);
        verdicts.push(
          badRow(a, [cell])
            ? null
            : [
                {
                  municipalityId: a.municipality.id,
                  itemId: item,
                  rating: cell.value as Rating | null,
                  respondent: a.respondent,
                },
              ],
        );
      });
    }
  } else {
    const wide = layout === 'wide';
    out.push(wide ? ['Kunta', ...ITEMS] : ['Aikaleima', 'Vastaajan ID', 'Kunta', ...ITEMS]);
    const seen = new Set<string>();
    for (const a of rows) {
      if (wide && (seen.has(a.municipality.id) || a.municipality.value === 'bad')) continue;
      seen.add(a.municipality.id);
      const head = wide
        ? [a.municipality.text]
        : ['2024-11-05 10:00', a.respondent, a.municipality.text];
      out.push([...head, ...a.ratings.map((c) => c.text), ...(a.extra ? [a.extra] : [])]);
      verdicts.push(
        badRow(a, a.ratings)
          ? null
          : a.ratings.map((cell, k) => ({
              municipalityId: a.municipality.id,
              itemId: ITEMS[k] ?? '',
              rating: cell.value as Rating | null,
              ...(wide ? {} : { respondent: a.respondent }),
            })),
      );
    }
  }
  return { out, verdicts };
}

function serialise(rows: readonly string[][], delimiter: string, newline: string): string {
  const quote = (f: string) =>
    f.includes(delimiter) || /["\r\n]/.test(f) || f.includes(',')
      ? `"${f.replaceAll('"', '""')}"`
      : f;
  return rows.map((r) => r.map(quote).join(delimiter)).join(newline) + newline;
}

function encode(text: string, encoding: string): Uint8Array {
  if (encoding === 'utf-8') return Buffer.from(text, 'utf8');
  if (encoding === 'utf-8-bom')
    return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
  if (encoding === 'utf-16le')
    return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  return Buffer.from(text, 'latin1');
}

describe('importResponses: accepted means exactly as written', () => {
  it('holds for 240 seeded tables in every layout, delimiter and encoding', async () => {
    let accepted = 0;
    let rejected = 0;
    for (let seed = 1; seed <= 240; seed++) {
      const rng = mulberry32(seed);
      const layout = pick(rng, ['long', 'respondent', 'wide'] as const);
      const encoding = pick(rng, ['utf-8', 'utf-8-bom', 'utf-16le', 'windows-1252']);
      const delimiter = pick(rng, [';', ',', '\t']);
      const newline = pick(rng, ['\r\n', '\n']);
      const rows = answers(rng, 1 + Math.floor(rng() * 8), encoding !== 'windows-1252');
      const { out, verdicts } = table(layout, rows);
      const bytes = encode(serialise(out, delimiter, newline), encoding);
      const report = await importResponses(bytes, { locale: 'en' });
      const context = `seed ${seed}: ${layout}, ${encoding}, ${JSON.stringify(delimiter)}`;
      expect(report.layout, context).toBe(layout);
      const want = verdicts.flatMap((v) => v ?? []);
      expect(report.result.responses, context).toStrictEqual(want);
      expect(report.result.rowsRead, context).toBe(verdicts.length);
      expect(report.result.rowsRejected, context).toBe(verdicts.filter((v) => v === null).length);
      // Every rejected row has an error on its own physical line (header on line 1).
      const errorLines = new Set(report.result.errors.map((e) => e.line));
      verdicts.forEach((v, i) => {
        if (v === null) expect(errorLines.has(i + 2), `${context}, line ${i + 2}`).toBe(true);
      });
      accepted += report.result.rowsAccepted;
      rejected += report.result.rowsRejected;
    }
    // The generator really exercised both sides.
    expect(accepted).toBeGreaterThan(300);
    expect(rejected).toBeGreaterThan(100);
  });
});
