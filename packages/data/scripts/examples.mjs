// Writes packages/data/examples/: example export files in every layout and encoding the importers read,
// for the shipped 2024 survey and the Länsi-Uusimaa area, and README.md with the formats and the item ids
// (generated from schema/kuntakysely-2024.survey.json and schema/lansi-uusimaa.area.json, the shipped
// definitions). The ratings are invented (a fixed pseudo-random sequence) and the README says so.
// tests/data/examples.test.ts reads every file through importResponses and checks the README is current.
// Run with `node packages/data/scripts/examples.mjs` after changing a definition; `--check` writes
// nothing and exits 1 when a file differs from what the definitions give.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'prettier';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'examples');
const read = (file) => JSON.parse(readFileSync(join(ROOT, 'schema', file), 'utf8'));
export const survey = read('kuntakysely-2024.survey.json');
export const area = read('lansi-uusimaa.area.json');

/** The questions a respondent answers: goals without sub-goals, and sub-goals. */
export const items = survey.sections.flatMap((section) =>
  section.goals.flatMap((goal) => (goal.subGoals?.length ? goal.subGoals : [goal])),
);
const word = (value, locale) =>
  survey.scale.levels.find((level) => level.value === value).words[locale][0];

/** A fixed sequence of ratings 1–5 (and a few no-answers as null): the same files every run. */
function ratings() {
  let seed = 2024;
  return () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    const r = seed / 2 ** 31;
    return r < 0.06 ? null : 1 + Math.floor(r * 4.999);
  };
}

const csvCell = (text, delimiter) =>
  /["\r\n]/.test(text) || text.includes(delimiter) ? `"${text.replaceAll('"', '""')}"` : text;
const csvLine = (cells, delimiter) =>
  cells.map((c) => csvCell(String(c), delimiter)).join(delimiter);

/** Windows-1252 bytes of text with only Latin-1 letters (å, ä, ö and the like). */
function cp1252(text) {
  const bytes = Buffer.alloc(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0xff) throw new Error(`Not in Windows-1252: ${text[i]}`);
    bytes[i] = code;
  }
  return bytes;
}

export function exampleFiles() {
  const next = ratings();
  const answering = area.municipalities.slice(0, 4);
  const files = {};

  // Long, UTF-8, comma: one row per municipality and question id; no answer left empty.
  const long = [csvLine(['kunta', 'kysymys', 'vastaus'], ',')];
  for (const m of answering) {
    for (const item of items) long.push(csvLine([m.name.fi, item.id, next() ?? ''], ','));
  }
  files['long-utf8.csv'] = Buffer.from(long.join('\n') + '\n', 'utf8');

  // Wide, as Excel's Finnish "CSV (semicolon separated)": Windows-1252, sep=; line, decimal comma
  // ("4,0"), the municipalities by their Swedish names (Sjundeå: a byte only Windows-1252 gives).
  const wide = ['sep=;', csvLine(['Kunta', ...items.map((item) => item.id)], ';')];
  for (const m of answering) {
    const cells = items.map((_, index) => {
      const value = next();
      return value === null ? 'En osaa sanoa' : index % 2 ? `${value},0` : String(value);
    });
    wide.push(csvLine([m.name.sv, ...cells], ';'));
  }
  files['wide-excel-fi.csv'] = cp1252(wide.join('\r\n') + '\r\n');

  // One row per respondent, as Webropol exports it: UTF-8 with BOM, semicolons, the question texts as
  // headers, the scale's words, two respondents for some municipalities.
  const respondents = [
    csvLine(['Vastaajan ID', 'Aloitusaika', 'Kunta', ...items.map((item) => item.label.fi)], ';'),
  ];
  let id = 100;
  for (const m of [...answering, answering[0], answering[2]]) {
    id += 1;
    const answers = items.map(() => {
      const value = next();
      return value === null ? 'En osaa sanoa' : `${value} = ${word(value, 'fi')}`;
    });
    respondents.push(csvLine([`R-${id}`, '5.11.2024 10:00', m.name.fi, ...answers], ';'));
  }
  files['respondents-webropol-fi.csv'] = Buffer.from(
    '\ufeff' + respondents.join('\r\n') + '\r\n',
    'utf8',
  );

  // Excel "Unicode text": UTF-16LE with BOM, tabs; Swedish names and words.
  const unicode = [csvLine(['Kommun', 'Fråga', 'Svar'], '\t')];
  for (const m of answering.slice(0, 2)) {
    for (const item of items.slice(0, 6)) {
      const value = next();
      unicode.push(
        csvLine([m.name.sv, item.id, value === null ? 'Vet ej' : word(value, 'sv')], '\t'),
      );
    }
  }
  files['long-unicode-text-sv.txt'] = Buffer.concat([
    Buffer.from([0xff, 0xfe]),
    Buffer.from(unicode.join('\r\n') + '\r\n', 'utf16le'),
  ]);
  return files;
}

const table = (head, rows) =>
  [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`]
    .concat(
      rows.map(
        (row) => `| ${row.map((cell) => String(cell).replaceAll('|', '\\|')).join(' | ')} |`,
      ),
    )
    .join('\n');

export function readme() {
  const levels = [...survey.scale.levels].sort((a, b) => a.value - b.value);
  return `# Example export files

Files in every layout and encoding \`importResponses\`, \`parseResponsesCsv\` and the CLI
(\`yhdyspinta validate FILE\`, \`yhdyspinta render … --data FILE\`) read, for the shipped 2024 municipal
survey of the Länsi-Uusimaa welfare area. **The ratings in them are invented** (illustrative only, not
survey results); the question ids, texts, municipalities and scale words are the survey's.

| file | layout | encoding | made like |
| --- | --- | --- | --- |
| \`long-utf8.csv\` | long: municipality, question id, rating | UTF-8, \`,\` | a script or a database |
| \`wide-excel-fi.csv\` | wide: one row per municipality, one column per question id | Windows-1252, \`;\`, \`sep=;\` line | Excel (Finnish) "CSV (semicolon separated)" |
| \`respondents-webropol-fi.csv\` | one row per respondent, question texts as headers, scale words | UTF-8 with BOM, \`;\` | Webropol / Forms |
| \`long-unicode-text-sv.txt\` | long, Swedish headers, names and words | UTF-16LE with BOM, tab | Excel "Unicode text" |
| \`respondents-forms-sv.xlsx\` | one row per respondent (Swedish) | XLSX | Microsoft Forms |

Headers are found by their words in Finnish, Swedish or English (kunta / kommun / municipality,
kysymys / fråga / item, vastaus / svar / rating, vastaaja / respondent); a question column may hold the
id or the question's full text. Several respondents of one municipality are averaged for that
municipality first, then across municipalities. "En osaa sanoa", "Vet ej" and "Don't know" are no
answer. Every row is either read or reported with its line, column, value and reason.

## The scale

${table(
  ['value', 'fi', 'sv', 'en'],
  levels.map((level) => [level.value, ...['fi', 'sv', 'en'].map((l) => level.words[l].join(', '))]),
)}

No answer: ${['fi', 'sv', 'en'].map((l) => survey.noAnswer[l].map((w) => `"${w}"`).join(', ')).join('; ')}.

## The municipalities (${area.municipalities.length})

${table(
  ['id', 'fi', 'sv'],
  area.municipalities.map((m) => [`\`${m.id}\``, m.name.fi, m.name.sv]),
)}

## The questions (${items.length} item ids)

${table(
  ['id', 'question (fi)'],
  items.map((item) => [`\`${item.id}\``, item.label.fi]),
)}

This file and the examples are generated by \`packages/data/scripts/examples.mjs\` from the shipped
definitions (\`schema/*.json\`).
`;
}

const XLSX_FIXTURE = join(ROOT, '../../tests/fixtures/exports/msforms-sv.xlsx');

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const wanted = {
    ...exampleFiles(),
    'respondents-forms-sv.xlsx': readFileSync(XLSX_FIXTURE),
    'README.md': Buffer.from(
      await format(readme(), { parser: 'markdown', proseWrap: 'preserve' }),
      'utf8',
    ),
  };
  if (process.argv.includes('--check')) {
    const stale = Object.entries(wanted).filter(([name, bytes]) => {
      try {
        return !readFileSync(join(OUT, name)).equals(bytes);
      } catch {
        return true;
      }
    });
    if (stale.length > 0) {
      console.error(`Out of date in ${OUT}: ${stale.map(([name]) => name).join(', ')}`);
      process.exit(1);
    }
    console.log(`${OUT} is up to date`);
  } else {
    mkdirSync(OUT, { recursive: true });
    for (const [name, bytes] of Object.entries(wanted)) writeFileSync(join(OUT, name), bytes);
    console.log(`Wrote ${OUT}`);
  }
}
