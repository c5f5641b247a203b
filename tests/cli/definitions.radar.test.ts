// `yhdyspinta render rescue-radar --area … --survey … --data …` (issue 13): another area's export drawn as
// the radar of the questions its survey's definition names (`radar`), to SVG; a survey naming none is
// refused with how to name one. The area, survey and export are the invented (illustrative) ones in
// tests/fixtures/areas; the survey with a radar is written here from that file plus its `radar`.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useDefinitionsCli } from './definitionsSupport';
import { ROOT } from './pptxSupport';

const FIXTURES = join(ROOT, 'tests/fixtures/areas');
const AREA = join(FIXTURES, 'rannikko.area.json');
const SURVEY = join(FIXTURES, 'rannikko-2026.survey.json');
const CSV = join(FIXTURES, 'rannikko-long.csv');

let radarSurvey = '';
const setup = useDefinitionsCli('yhdyspinta-radar-', async (dir) => {
  const survey = JSON.parse(await readFile(SURVEY, 'utf8')) as Record<string, unknown>;
  radarSurvey = join(dir, 'rannikko-radar.survey.json');
  await writeFile(radarSurvey, JSON.stringify({ ...survey, radar: { section: 'turvallisuus' } }));
});

function render(name: string, survey: string, ...extra: string[]) {
  const args = ['render', 'rescue-radar', '--area', AREA, '--survey', survey, '--data', CSV];
  return setup.run(name, [...args, '--out', 'radar.svg', ...extra]);
}

describe.concurrent(
  'render rescue-radar with another area’s definitions',
  { timeout: 60_000 },
  () => {
    it('draws the named section’s five questions with the area’s mean, to SVG', async () => {
      const run = await render('fi', radarSurvey);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^Kirjoitettu radar\.svg/);
      const svg = await readFile(join(run.cwd, 'radar.svg'), 'utf8');
      expect(svg).toMatch(/<svg[\s>]/);
      expect(svg).toContain('Kuntien vastausten keskiarvo');
      expect(svg).toMatch(/n = \d+\/25/);
      // The survey's own scale words name the rings.
      expect(svg).toContain('Täysin samaa mieltä');
    });

    it('in Swedish, with the survey’s Swedish words', async () => {
      const run = await render('sv', radarSurvey, '-l', 'sv');
      expect(run.code).toBe(0);
      const svg = await readFile(join(run.cwd, 'radar.svg'), 'utf8');
      expect(svg).toContain('Helt av samma åsikt');
    });

    it('a survey naming no radar: exit 1, how to name one, no file', async () => {
      const run = await render('none', SURVEY, '-l', 'en');
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('radar: { "section": "<section id>" }');
      expect(await readdir(run.cwd)).toEqual([]);
    });
  },
);
