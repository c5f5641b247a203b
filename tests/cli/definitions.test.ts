// The CLI with another area's and survey's JSON definitions (--area, --survey) and with a chart's typed
// data (--chart-data), end to end. The CLI is bundled by its own build script into a private directory
// (not packages/cli/dist, which other CLI tests rebuild), then run with plain node. Everything in
// tests/fixtures/areas is invented and illustrative.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { useDefinitionsCli } from './definitionsSupport';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURES = join(ROOT, 'tests/fixtures/areas');
const AREA = join(FIXTURES, 'rannikko.area.json');
const SURVEY = join(FIXTURES, 'rannikko-2026.survey.json');
const CSV = join(FIXTURES, 'rannikko-long.csv');
const CHART_DATA = join(FIXTURES, 'goal-bars.chart-data.json');
const TIMEOUT = { timeout: 60_000 };

const setup = useDefinitionsCli('yhdyspinta-defs-');
let runs = 0;
/** A run of the bundled CLI in a folder of its own. */
const cli = (...args: string[]) => setup.run(`run-${++runs}`, args);

const defined = ['--area', AREA, '--survey', SURVEY, '--data', CSV];

describe.concurrent(
  'render with --area and --survey (an invented 25-municipality area)',
  TIMEOUT,
  () => {
    it('goal-bars: the survey’s goals with the export’s means and its name as the title', async () => {
      const run = await cli('render', 'goal-bars', ...defined, '--out', 'goals.svg');
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^Kirjoitettu goals\.svg/);
      const svg = await readFile(join(run.cwd, 'goals.svg'), 'utf8');
      expect(svg).toContain('Kuvitteellinen kuntakysely 2026 (havainnollistava)');
      expect(svg).toContain(
        'Kunnat ja hyvinvointialue sopivat yhteisistä hyvinvointitavoitteista.',
      );
      // t1: 20 ratings (3 no-answers, 2 municipalities absent) with mean 3,25 → "3,3"; n = 23/25.
      expect(svg).toMatch(/Kunnat ja hyvinvointialue sopivat[^<]*<\/[^>]+>[\s\S]*?3,3/);
      expect(svg).toContain('n = 23/25');
      // The survey's own scale words are drawn (tests/cli/definitions.scale.test.ts): no warning.
      expect(run.stderr).toBe('');
    });

    it('coverage: every municipality of the area by name, the long joint authorities included', async () => {
      const run = await cli(
        'render',
        'coverage',
        ...defined,
        '--out',
        'who.svg',
        '--fit',
        'shrink',
      );
      expect(run.code).toBe(0);
      const svg = await readFile(join(run.cwd, 'who.svg'), 'utf8');
      for (const name of ['Kallioniemi', 'Lahdenperä', 'Ruohola', 'Merikoski', 'Jokivarsi']) {
        expect(svg).toContain(name);
      }
      expect(svg).toContain('Läntisten saaristokuntien');
    });

    it('in Swedish the municipalities’ Swedish names, and English falls back to Finnish with a warning', async () => {
      const sv = await cli(
        'render',
        'coverage',
        ...defined,
        '-l',
        'sv',
        '--out',
        'sv.svg',
        '--fit',
        'shrink',
      );
      expect(sv.code).toBe(0);
      const svg = await readFile(join(sv.cwd, 'sv.svg'), 'utf8');
      expect(svg).toContain('Bergudden');
      expect(svg).toContain('Fiktiv kommunenkät 2026 (illustrativ)');
      const en = await cli('render', 'goal-bars', ...defined, '-l', 'en', '--out', 'en.svg');
      expect(en.code).toBe(0);
      expect(en.stderr).toContain(
        'no English text for 21 heading(s) or question(s); they are shown in Finnish',
      );
    });

    it('validate reads the export with the definitions (exit 0); without them every row is rejected', async () => {
      const ok = await cli('validate', CSV, '--area', AREA, '--survey', SURVEY, '-l', 'en');
      expect(ok.code).toBe(0);
      expect(ok.stdout).toContain('345');
      const shipped = await cli('validate', CSV, '-l', 'en');
      expect(shipped.code).toBe(1);
      expect(shipped.stdout).toMatch(/rejected 345/);
    });

    it('rescue-radar cannot be drawn from another survey: exit 1 naming the charts that can', async () => {
      const run = await cli('render', 'rescue-radar', ...defined, '--out', 'r.svg');
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('goal-bars, theme-heatmap tai coverage');
      expect(await readdir(run.cwd)).toEqual([]);
    });

    it('an invalid area file: exit 1, every problem with its path, in the chosen language', async () => {
      const cwd = join(setup.dir(), 'bad-area');
      await mkdir(cwd);
      const bad = join(cwd, 'bad.area.json');
      await writeFile(
        bad,
        JSON.stringify({
          id: 'x',
          name: { fi: 'X' },
          municipalities: [
            { id: 'a', name: { fi: 'A', sv: 'A' } },
            { id: 'a', name: { fi: 'B', sv: 'B' } },
          ],
        }),
      );
      const fi = await cli('render', 'goal-bars', '--area', bad, '--data', CSV, '--out', 'x.svg');
      expect(fi.code).toBe(1);
      expect(fi.stderr).toContain('ei kelpaa (2 virhettä)');
      expect(fi.stderr).toContain('name.sv: puuttuu.');
      expect(fi.stderr).toContain(
        'municipalities[1].id: tunnus "a" on jo käytössä kohdassa municipalities[0].id.',
      );
      const sv = await cli('validate', CSV, '--area', bad, '-l', 'sv');
      expect(sv.code).toBe(1);
      expect(sv.stderr).toContain('name.sv: saknas.');
    });

    it('theme-heatmap too tall for a 4:3 slide: the parts to split it into, as even as they can be', async () => {
      const run = await cli(
        'render',
        'theme-heatmap',
        ...defined,
        '-p',
        'slide-4x3',
        '-l',
        'sv',
        '--out',
        'rows.png',
      );
      expect(run.code).toBe(1);
      // As even as four parts can be (the last three rows are three lines tall): filled one after
      // another they were 1–8, 9–16, 17–22 and the 23rd row alone.
      expect(run.stderr).toContain('Dela det i 4 delar (rader 1–7, 8–14, 15–20, 21–23 av 23)');
      expect(await readdir(run.cwd)).toEqual([]);
    });

    it('--area without --data is a usage error (exit 2)', async () => {
      const run = await cli('render', 'goal-bars', '--area', AREA, '--out', 'x.svg');
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('--data');
    });
  },
);

describe.concurrent('render --chart-data', TIMEOUT, () => {
  it('draws the chart’s typed data as given', async () => {
    const run = await cli('render', 'goal-bars', '--chart-data', CHART_DATA, '--out', 'own.svg');
    expect(run.code).toBe(0);
    const svg = await readFile(join(run.cwd, 'own.svg'), 'utf8');
    expect(svg).toContain('Kuvitteellinen tavoite A');
    expect(svg).toContain('3,4');
    expect(svg).toContain('n = 3/5');
  });

  it('invalid data: the chart’s own problems listed, exit 1, no file', async () => {
    const cwd = join(setup.dir(), 'bad-data');
    await mkdir(cwd);
    const bad = join(cwd, 'bad.json');
    await writeFile(
      bad,
      JSON.stringify({
        groups: [{ id: 'g', label: 'G', items: [{ id: 'a', label: 'A\u001b[2J', value: 7 }] }],
      }),
    );
    const run = await cli('render', 'goal-bars', '--chart-data', bad, '--out', 'x.svg', '-l', 'en');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('is not valid data for goal-bars');
    expect(run.stderr).toMatch(/value/);
    expect(run.stderr).not.toContain('\u001b');
    expect(await readdir(run.cwd)).toEqual([]);
  });

  it('--chart-data with --data is a usage error', async () => {
    const run = await cli(
      'render',
      'goal-bars',
      '--chart-data',
      CHART_DATA,
      '--data',
      CSV,
      '--out',
      'x.svg',
    );
    expect(run.code).toBe(2);
  });
});
