// The CLI draws another survey's own scale words (--survey's scale levels) in goal-bars: the axis names
// and the neutral line's legend in the chosen language, never the 2024 survey's words, and no warning
// about them; theme-heatmap's legend too; a deck's native PowerPoint chart. The CLI is bundled by its own
// build script into a private directory, then run with plain node. Everything in tests/fixtures/areas is
// invented and illustrative.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestCli, drawingText, filesMatching, unzipText, runCli } from './pptxSupport';
import type { Run as CliRun } from './pptxSupport';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURES = join(ROOT, 'tests/fixtures/areas');
const AREA = join(FIXTURES, 'rannikko.area.json');
const SURVEY = join(FIXTURES, 'rannikko-2026.survey.json');
const CSV = join(FIXTURES, 'rannikko-long.csv');
const CHART_DATA = join(FIXTURES, 'goal-bars.chart-data.json');
const TIMEOUT = { timeout: 60_000 };

/** A run of the bundled CLI in a folder of its own. */
type Run = CliRun & { readonly cwd: string };

let dir = '';
let runs = 0;
let entry = '';
let dispose: () => Promise<void> = async () => undefined;

async function cli(...args: string[]): Promise<Run> {
  const cwd = join(dir, `run-${++runs}`);
  await mkdir(cwd);
  return { ...(await runCli(entry, args, cwd)), cwd };
}

const defined = ['--area', AREA, '--survey', SURVEY, '--data', CSV];

/** The text of the SVG's <text> elements (tspans joined by spaces), with entities decoded. */
function drawnText(svg: string): string {
  const texts = [...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)].map((m) =>
    (m[1] ?? '').replace(/<[^>]+>/g, ' '),
  );
  return texts
    .join('\n')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/[ \t]+/g, ' ');
}

beforeAll(async () => {
  ({ entry, dispose } = await buildTestCli());
  dir = await mkdtemp(join(tmpdir(), 'yhdyspinta-scale-'));
}, 60_000);

afterAll(async () => {
  await dispose();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** The 2024 survey's level words in fi, sv and en (packages/charts/src/locale/common.ts). */
const WORDS_2024 = {
  fi: ['Ei lainkaan', 'Heikosti', 'Kohtalaisesti', 'Erinomaisesti'],
  sv: ['Inte alls', 'Svagt', 'Måttligt', 'Utmärkt'],
  en: ['Not at all', 'Poorly', 'Moderately', 'Excellently'],
} as const;

describe.concurrent('goal-bars of another survey draw its own scale words', TIMEOUT, () => {
  it.each([
    [
      'fi',
      'Täysin eri mieltä',
      'Täysin samaa mieltä',
      'Ei samaa eikä eri mieltä (3), asteikon keskikohta',
    ],
    [
      'sv',
      'Helt av annan åsikt',
      'Helt av samma åsikt',
      'Varken av samma eller annan åsikt (3), skalans mittpunkt',
    ],
    [
      'en',
      'Strongly disagree',
      'Strongly agree',
      'Neither agree nor disagree (3), the middle of the scale',
    ],
  ] as const)('in %s', async (locale, one, five, reference) => {
    const run = await cli('render', 'goal-bars', ...defined, '-l', locale, '--out', 'g.svg');
    expect(run.code).toBe(0);
    const text = drawnText(await readFile(join(run.cwd, 'g.svg'), 'utf8'));
    // An axis name may wrap onto two lines: compare with the lines joined.
    expect(text.replace(/\s+/g, ' ')).toContain(one);
    expect(text.replace(/\s+/g, ' ')).toContain(five);
    expect(text).toContain(reference);
    for (const word of WORDS_2024[locale]) expect(text).not.toContain(word);
    expect(run.stderr).not.toContain('2024');
  });

  it('on a 16:9 slide, with no warning about the scale', async () => {
    const run = await cli(
      'render',
      'goal-bars',
      ...defined,
      '--preset',
      'slide-16x9',
      '--format',
      'svg',
      '--out',
      'slide.svg',
    );
    expect(run.code).toBe(0);
    expect(run.stderr).not.toMatch(/2024|asteikon tasot/);
    const text = drawnText(await readFile(join(run.cwd, 'slide.svg'), 'utf8'));
    expect(text).toContain('Ei samaa eikä eri mieltä (3), asteikon keskikohta');
    expect(text).not.toContain('Kohtalaisesti');
  });

  it('theme-heatmap: its legend in the survey’s words, and no warning about them', async () => {
    const run = await cli(
      'render',
      'theme-heatmap',
      ...defined,
      '--out',
      'h.svg',
      '--fit',
      'shrink',
    );
    expect(run.code).toBe(0);
    expect(run.stderr).not.toMatch(/2024|asteikon tasot/);
    const text = drawnText(await readFile(join(run.cwd, 'h.svg'), 'utf8'));
    expect(text).toContain('3 Ei samaa eikä eri mieltä (keskikohta)');
    expect(text).toContain('1 Täysin eri mieltä');
    for (const word of WORDS_2024.fi) expect(text).not.toContain(word);
  });
});

describe.concurrent('goal-bars --chart-data with a scale', TIMEOUT, () => {
  it('draws the given words; a scale missing a level is refused with its problem', async () => {
    const base = JSON.parse(await readFile(CHART_DATA, 'utf8')) as Record<string, unknown>;
    const levels = ['Ei koskaan', 'Harvoin', 'Joskus', 'Usein', 'Aina'].map((label, i) => ({
      value: i + 1,
      label,
    }));
    const good = join(dir, 'scaled.json');
    await writeFile(good, JSON.stringify({ ...base, scale: { levels } }));
    const ok = await cli('render', 'goal-bars', '--chart-data', good, '--out', 'c.svg');
    expect(ok.code).toBe(0);
    const text = drawnText(await readFile(join(ok.cwd, 'c.svg'), 'utf8'));
    expect(text).toContain('Joskus (3), asteikon keskikohta');
    expect(text).toContain('Ei koskaan');

    const bad = join(dir, 'bad-scale.json');
    await writeFile(bad, JSON.stringify({ ...base, scale: { levels: levels.slice(0, 4) } }));
    const refused = await cli('render', 'goal-bars', '--chart-data', bad, '--out', 'd.svg');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('data.scale has no level 5');
  });
});

/** An invented radar (illustrative). */
const RADAR = {
  axes: [
    { id: 'x', label: 'Valmius' },
    { id: 'y', label: 'Tiedonkulku' },
    { id: 'z', label: 'Harjoitukset' },
  ],
  series: [{ id: 's', label: 'Alue', values: { x: 3.8, y: 2.2, z: 4.6 } }],
};

describe('deck slides of chart data with a scale', TIMEOUT, () => {
  it("title the native PowerPoint charts' 1–5 axis with the data's words", async () => {
    const base = JSON.parse(await readFile(CHART_DATA, 'utf8')) as Record<string, unknown>;
    const levels = ['Ei koskaan', 'Harvoin', 'Joskus', 'Usein', 'Aina'].map((label, i) => ({
      value: i + 1,
      label,
    }));
    const out = join(dir, 'deck-out');
    const deck = {
      out,
      name: 'deck',
      locales: ['fi'],
      presets: ['slide-16x9'],
      formats: ['pptx'],
      source: 'Kuvitteellinen kysely (havainnollistava)',
      charts: [
        { chart: 'goal-bars', chartData: { ...base, scale: { levels } } },
        { chart: 'rescue-radar', chartData: { ...RADAR, scale: { levels } } },
      ],
    };
    const run = await cli('deck', await writeDeck(deck));
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const pptx = await readFile(join(out, 'deck-fi-slide-16x9.pptx'));
    const charts = filesMatching(await unzipText(pptx), /^ppt\/charts\/chart\d+\.xml$/);
    expect(charts.map((c) => /<c:(bar|radar)Chart>/.exec(c)?.[1])).toEqual(['bar', 'radar']);
    for (const chart of charts) {
      expect(drawingText(chart)).toContain(
        'Keskiarvo (1 Ei koskaan · 2 Harvoin · 3 Joskus · 4 Usein · 5 Aina)',
      );
      expect(drawingText(chart)).not.toContain('Ei lainkaan');
    }
  });
});

/** Writes a deck file into the test's directory. */
async function writeDeck(deck: unknown): Promise<string> {
  const file = join(dir, `deck-${++runs}.json`);
  await writeFile(file, JSON.stringify(deck));
  return file;
}
