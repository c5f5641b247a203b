/**
 * The importer benchmark's files, generated at bench time (seeded, so every run reads the same bytes):
 * long CSV exports as Excel and the survey tools write them — `;`, CRLF, a respondent column, Finnish
 * and Swedish municipality names, the survey's item ids, ratings mostly digits with some decimal commas,
 * scale words and "En osaa sanoa"; and a Webropol-shaped respondent-per-row export (respondent id and
 * time first, the survey's full Finnish question texts as headers). Every row is valid: the importer
 * must accept all of them.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mulberry32 } from './data';
import { REPO_DIR } from './paths';

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

interface SurveyItem {
  readonly text: readonly string[];
  readonly subGoals?: readonly SurveyItem[];
}

/** The 2024 survey's question texts in Finnish, goals and sub-goals in order, from its data file. */
function questionTexts(): string[] {
  const file = join(REPO_DIR, 'packages/data/src/survey2024/goals.json');
  const goals = JSON.parse(readFileSync(file, 'utf8')) as SurveyItem[];
  return goals
    .flatMap((goal) => [goal, ...(goal.subGoals ?? [])])
    .map((item) => item.text[0] ?? '');
}

/**
 * Writes a Webropol-shaped export of at least `minBytes` bytes (UTF-8 with BOM, `;`, CRLF): respondent
 * id, start time, municipality, then one column per question of the survey, every respondent answering
 * every question (ratings drawn with the seed, as in the long files).
 */
export function writeRespondentCsv(path: string, minBytes: number): GeneratedFile {
  const next = mulberry32(2025);
  const quoted = (text: string) => `"${text.replaceAll('"', '""')}"`;
  const header = ['Vastaajan ID', 'Aloitusaika', 'Kunta', ...questionTexts().map(quoted)];
  const chunks: string[] = [`\uFEFF${header.join(';')}\r\n`];
  let bytes = Buffer.byteLength(chunks[0] ?? '');
  let rows = 0;
  while (bytes < minBytes) {
    rows += 1;
    const municipality = MUNICIPALITIES[Math.floor(next() * MUNICIPALITIES.length)] ?? 'Espoo';
    const time = `5.11.2024 ${String(8 + (rows % 10)).padStart(2, '0')}:${String(rows % 60).padStart(2, '0')}`;
    const cells = header.slice(3).map(() => RATINGS[Math.floor(next() * RATINGS.length)] ?? '3');
    const line = `${String(1_000_000 + rows)};${time};${municipality};${cells.join(';')}\r\n`;
    chunks.push(line);
    bytes += Buffer.byteLength(line);
  }
  writeFileSync(path, chunks.join(''));
  return { path, bytes, rows };
}
