/**
 * The importer benchmark's files, generated at bench time (seeded, so every run reads the same bytes):
 * long CSV exports as Excel and the survey tools write them — `;`, CRLF, a respondent column, Finnish
 * and Swedish municipality names, the survey's item ids, ratings mostly digits with some decimal commas,
 * scale words and "En osaa sanoa". Every row is valid: the importer must accept all of them.
 */
import { writeFileSync } from 'node:fs';
import { mulberry32 } from './data';

const MUNICIPALITIES = [
  'Espoo',
  'Esbo',
  'Kirkkonummi',
  'Kyrkslätt',
  'Siuntio',
  'Sjundeå',
  'Vihti',
  'Karkkila',
  'Högfors',
  'Lohja',
  'Hanko',
  'Hangö',
  'Inkoo',
  'Ingå',
  'Raasepori',
  'Kauniainen',
];
const ITEMS = [
  'ws-1',
  'ws-2',
  'ss-1.1',
  'ss-1.2',
  'ss-1.3',
  'ss-1.4',
  'ss-2.1',
  'ss-3.1',
  'ss-4.1',
  'adult.1',
  'adult.2',
  'older.1',
  'children.1',
  'children.2',
  'children.3',
  'disability.1',
  'disability.2',
  'rescue.1',
  'rescue.2',
  'rescue.3',
];
const RATINGS = ['1', '2', '3', '4', '5', '4', '3', '2,0', 'Hyvin', 'En osaa sanoa'];

export interface GeneratedFile {
  readonly path: string;
  readonly bytes: number;
  readonly rows: number;
}

/**
 * Writes a long CSV of `rows` data rows, or of at least `minBytes` bytes: each respondent answers every
 * item once (so no row is a duplicate), ratings drawn with the seed.
 */
export function writeLongCsv(
  path: string,
  limit: { rows?: number; minBytes?: number },
): GeneratedFile {
  const next = mulberry32(2024);
  const chunks: string[] = ['Vastaaja;Kunta;Kysymys;Vastaus\r\n'];
  let bytes = Buffer.byteLength(chunks[0] ?? '');
  let rows = 0;
  let respondent = 0;
  const done = () =>
    (limit.rows !== undefined && rows >= limit.rows) ||
    (limit.minBytes !== undefined && bytes >= limit.minBytes);
  while (!done()) {
    respondent += 1;
    const id = `V${String(respondent).padStart(7, '0')}`;
    const municipality = MUNICIPALITIES[Math.floor(next() * MUNICIPALITIES.length)] ?? 'Espoo';
    let block = '';
    for (const item of ITEMS) {
      if (done()) break;
      const rating = RATINGS[Math.floor(next() * RATINGS.length)] ?? '3';
      const line = `${id};${municipality};${item};${rating}\r\n`;
      block += line;
      bytes += Buffer.byteLength(line);
      rows += 1;
    }
    chunks.push(block);
  }
  writeFileSync(path, chunks.join(''));
  return { path, bytes, rows };
}
