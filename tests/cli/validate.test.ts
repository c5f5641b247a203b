// `yhdyspinta validate` end to end, run from the built CLI as a user would: the import report of real
// exports (tests/fixtures/exports) in fi/sv/en, --json for scripts, exit 0 only when every row landed,
// and no control character of the file reaching the terminal raw.
import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'packages/cli/bin/yhdyspinta.js');
const EXPORTS = join(ROOT, 'tests/fixtures/exports');
const BROKEN = join(ROOT, 'tests/fixtures/responses-broken.csv');
const TIMEOUT = { timeout: 60_000 };

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function cli(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

let dir = '';
beforeAll(async () => {
  await promisify(execFile)(process.execPath, [join(ROOT, 'packages/cli/scripts/build.mjs')]);
  dir = await mkdtemp(join(tmpdir(), 'yhdyspinta-validate-'));
}, 60_000);

describe('yhdyspinta validate', TIMEOUT, () => {
  it('reports a Windows-1252 Excel export in Finnish (default): encoding and how, layout, rows', async () => {
    const run = await cli('validate', join(EXPORTS, 'excel-fi-ansi-long.csv'));
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      'Merkistö: Windows-1252 (ei kelvollinen UTF-8)\nRakenne: CSV, pitkä (rivi per vastaus)\nRivejä luettu: 40 (hyväksytty 40, hylätty 0)\nKaikki rivit kelpaavat.\n',
    );
  });

  it('reports UTF-16 "Unicode text", Webropol and an xlsx in Swedish and English', async () => {
    const unicode = await cli('validate', '-l', 'sv', join(EXPORTS, 'excel-unicode-wide-sv.txt'));
    expect(unicode.code).toBe(0);
    expect(unicode.stdout).toContain('Teckenkodning: UTF-16LE (enligt byteordningsmärket)\n');
    expect(unicode.stdout).toContain('Struktur: CSV, bred (en rad per kommun)\n');
    expect(unicode.stdout).toContain('Rader lästa: 7 (godkända 7, avvisade 0)\n');
    const webropol = await cli('validate', '--locale', 'en', join(EXPORTS, 'webropol-fi.csv'));
    expect(webropol.stdout).toContain('Layout: CSV, a respondent per row\n');
    expect(webropol.stdout).toContain('Rows read: 10 (accepted 10, rejected 0)\n');
    // A workbook is not text: no encoding line (it said "Encoding: Excel (xlsx)").
    const book = await cli('validate', '-l', 'en', join(EXPORTS, 'msforms-sv.xlsx'));
    expect(book.stdout).toBe(
      'Layout: Excel (xlsx), a respondent per row\nRows read: 10 (accepted 10, rejected 0)\nEvery row was accepted.\n',
    );
    const drawn = await cli(
      'render',
      'goal-bars',
      '--data',
      join(EXPORTS, 'msforms-sv.xlsx'),
      '-o',
      join(dir, 'book.svg'),
    );
    expect(drawn.code).toBe(0);
    // Nor "read … as XLSX text" (a CSV in Windows-1252 or UTF-16 is said so: a wrong guess is seen); only
    // that the slide cut a goal text to fit.
    expect(drawn.stderr).not.toContain('XLSX');
    expect(drawn.stderr).toMatch(
      /^(yhdyspinta: varoitus: "goal-bars" \(fi, slide-16x9\): [^\n]* lyhennettiin \(…\)[^\n]*\n)?$/,
    );
    const xlsx = await cli('validate', '--json', join(EXPORTS, 'msforms-sv.xlsx'));
    expect(xlsx.code).toBe(0);
    expect(JSON.parse(xlsx.stdout)).toMatchObject({
      kind: 'xlsx',
      encoding: null,
      layout: 'respondent',
      read: 10,
      accepted: 10,
      rejected: 0,
      errors: [],
    });
  });

  it('exit 1 with the errors in the chosen language; --json as one object for scripts', async () => {
    const fi = await cli('validate', BROKEN);
    expect(fi.code).toBe(1);
    expect(fi.stdout).toContain('Rivejä luettu: 3 (hyväksytty 1, hylätty 2)\nVirheet: 2\n');
    expect(fi.stdout).toContain(
      '  Rivi 3, sarake "Kunta": "Atlantis" ei ole Länsi-Uudenmaan hyvinvointialueen kunta.\n',
    );
    const sv = await cli('validate', '-l', 'sv', BROKEN);
    expect(sv.stdout).toContain('Rad 4, kolumn "Arvio": "9" ligger utanför bedömningsskalan 1–5.');
    const json = await cli('validate', '--json', '-l', 'en', BROKEN);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout) as Record<string, unknown>;
    expect(report).toMatchObject({
      encoding: 'utf-8',
      layout: 'long',
      read: 3,
      accepted: 1,
      rejected: 2,
      errorCounts: { 'unknown-municipality': 1, 'rating-out-of-range': 1 },
    });
    expect(report.errors).toStrictEqual([
      {
        line: 3,
        column: 'Kunta',
        value: 'Atlantis',
        code: 'unknown-municipality',
        message:
          'Line 3, column "Kunta": "Atlantis" is not a municipality of the Länsi-Uusimaa welfare area.',
      },
      {
        line: 4,
        column: 'Arvio',
        value: '9',
        code: 'rating-out-of-range',
        message: 'Line 4, column "Arvio": "9" is outside the rating scale 1–5.',
      },
    ]);
  });

  it('rejects the silently-wrong cases: extra cells in a long file, 4.9999999999999999', async () => {
    const file = join(dir, 'silent.csv');
    await writeFile(
      file,
      'municipality,item,rating\nespoo,ws-1,4,5\nhanko,ws-1,4.9999999999999999\nlohja,ws-1,"4,0"\n',
    );
    const run = await cli('validate', '--json', file);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { errors: { line: number; code: string }[] };
    expect(report.errors.map((e) => [e.line, e.code])).toStrictEqual([
      [2, 'extra-cell'],
      [3, 'not-a-whole-number'],
    ]);
    expect(report).toMatchObject({ read: 3, accepted: 1, rejected: 2 });
  });

  it('never prints a control or invisible character of the file raw', async () => {
    const file = join(dir, 'hostile.csv');
    const hostile = 'Espoo\u001b[2J\u001b[HWrote goals.png';
    await writeFile(
      file,
      `kunta;kohta;arvio\n${hostile};ws-1;4\nHanko\u200b;ws-1;4\nInkoo;ws-1;4\u0000\n`,
    );
    for (const locale of ['fi', 'sv', 'en']) {
      const run = await cli('validate', '-l', locale, file);
      expect(run.code).toBe(1);
      const unseen = [...run.stdout].filter((c) => {
        const code = c.charCodeAt(0);
        return (code < 0x20 && c !== '\n') || code === 0x7f || code === 0x200b;
      });
      expect(unseen).toStrictEqual([]);
      expect(run.stdout).toContain('"Espoo\\u001b[2J\\u001b[HWrote goals.png"');
      expect(run.stdout).toContain('"Hanko\\u200b"');
      expect(run.stdout).toContain('"4\\u0000"');
    }
  });

  it('a file with a header and no ratings fails as render would: nothing to chart', async () => {
    const file = join(dir, 'headers-only.csv');
    await writeFile(file, 'kunta;kohta;arvio\nLohja;ws-1;\n');
    const [fi, json] = await Promise.all([
      cli('validate', file),
      cli('validate', '--json', '-l', 'en', file),
    ]);
    expect(fi.code).toBe(1);
    expect(fi.stdout).toContain('Virhe: tiedostossa ei ole yhtään arviota piirrettäväksi.');
    expect(fi.stdout).not.toContain('Kaikki rivit kelpaavat');
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ read: 1, accepted: 1, ratings: 0, errors: [] });
  });

  it("a respondent file's open-answer column is not read, and that is said: validate, --json, render", async () => {
    const file = join(dir, 'open.csv');
    await writeFile(
      file,
      'Vastaajan ID;Kunta;ws-1;Vapaa sana: perustele arviosi\nR1;Lohja;4;Hyvä yhteistyö\nR2;Hanko;3;\n',
    );
    const said =
      'open.csv: column D "Vapaa sana: perustele arviosi" is no question of the survey and holds only text (open answers): it was not read.';
    const [text, json, drawn] = await Promise.all([
      cli('validate', '-l', 'en', file),
      cli('validate', '--json', file),
      cli('render', 'goal-bars', '-l', 'en', '--data', file, '-o', join(dir, 'open.svg')),
    ]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(`\n${said}\n`);
    expect(JSON.parse(json.stdout)).toMatchObject({
      skippedColumns: [{ column: 'Vapaa sana: perustele arviosi', position: 4, letter: 'D' }],
      accepted: 2,
    });
    expect(drawn.code).toBe(0);
    expect(drawn.stderr).toContain(`yhdyspinta: warning: ${said}\n`);
  });

  it('a workbook whose answers are on its second sheet: read, and which sheet is said', async () => {
    const file = join(ROOT, 'tests/fixtures/workbooks/cover-sheet-first.xlsx');
    const run = await cli('validate', '-l', 'en', file);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'cover-sheet-first.xlsx: read sheet "Vastaukset", header row 1 (the rows above it and any sheets before it are not answers).',
    );
  });

  it('validate --help shows the help that describes validate', async () => {
    const run = await cli('validate', '--help', '-l', 'en');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: yhdyspinta <command>/);
    expect(run.stdout).toContain('validate <file>');
  });

  it('refuses a file of another type, in the chosen language', async () => {
    const run = await cli('validate', '-l', 'sv', join(dir, 'x.pdf'));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'ska vara CSV (.csv, .tsv, .txt), JSON (.json) eller Excel (.xlsx)',
    );
  });
});
