/**
 * The example export files shipped in @yhdyspinta/data (packages/data/examples/, made by
 * packages/data/scripts/examples.mjs from the shipped definitions): each reads completely through
 * importResponses with the layout and encoding its README states, and the folder is current.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importResponses, survey2024Definition } from '@yhdyspinta/data';

const ROOT = resolve(import.meta.dirname, '../..');
const EXAMPLES = join(ROOT, 'packages/data/examples');

const CASES = [
  { file: 'long-utf8.csv', kind: 'csv', encoding: 'utf-8', layout: 'long', read: 104 },
  { file: 'wide-excel-fi.csv', kind: 'csv', encoding: 'windows-1252', layout: 'wide', read: 4 },
  {
    file: 'respondents-webropol-fi.csv',
    kind: 'csv',
    encoding: 'utf-8',
    layout: 'respondent',
    read: 6,
  },
  { file: 'long-unicode-text-sv.txt', kind: 'csv', encoding: 'utf-16le', layout: 'long', read: 12 },
  {
    file: 'respondents-forms-sv.xlsx',
    kind: 'xlsx',
    encoding: null,
    layout: 'respondent',
    read: 10,
  },
] as const;

describe('packages/data/examples', () => {
  it.each(CASES)('$file reads completely: $layout, $encoding', async (expected) => {
    const bytes = new Uint8Array(readFileSync(join(EXAMPLES, expected.file)));
    const report = await importResponses(bytes, { fileName: expected.file });
    expect(report.result.errors).toEqual([]);
    expect({
      kind: report.kind,
      encoding: report.encoding,
      layout: report.layout,
      read: report.result.rowsRead,
      accepted: report.result.rowsAccepted,
    }).toEqual({
      kind: expected.kind,
      encoding: expected.encoding,
      layout: expected.layout,
      read: expected.read,
      accepted: expected.read,
    });
    expect(report.result.responses.length).toBeGreaterThan(0);
  });

  it('are what the shipped definitions give (examples.mjs --check)', () => {
    expect(() =>
      execFileSync(process.execPath, ['packages/data/scripts/examples.mjs', '--check'], {
        cwd: ROOT,
        stdio: 'pipe',
      }),
    ).not.toThrow();
  }, 30_000);

  it('the README lists every question id and says the ratings are invented', () => {
    const readme = readFileSync(join(EXAMPLES, 'README.md'), 'utf8');
    const ids = survey2024Definition.sections.flatMap((section) =>
      section.goals.flatMap((goal) =>
        goal.subGoals && goal.subGoals.length > 0 ? goal.subGoals.map((sub) => sub.id) : [goal.id],
      ),
    );
    expect(ids.length).toBeGreaterThan(20);
    for (const id of ids)
      expect(readme).toMatch(new RegExp(`\\| +\`${id.replaceAll('.', '\\.')}\` +\\|`));
    expect(readme).toContain('The ratings in them are invented');
  });
});
