// PowerPoint and PDF of another area's export (--area, --survey, --data) and of a chart's typed data
// (--chart-data): the same chart data as the SVG and PNG outputs, on slides and pages. Everything in
// tests/fixtures/areas is invented and illustrative.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildTestCli,
  decode,
  filesMatching,
  program,
  ROOT,
  runCli,
  unzipText,
} from './pptxSupport';

const FIXTURES = join(ROOT, 'tests/fixtures/areas');
const DEFINED = [
  '--area',
  join(FIXTURES, 'rannikko.area.json'),
  '--survey',
  join(FIXTURES, 'rannikko-2026.survey.json'),
  '--data',
  join(FIXTURES, 'rannikko-long.csv'),
];

let dir = '';
let entry = '';
let dispose: () => Promise<void> = async () => undefined;

beforeAll(async () => {
  ({ entry, dispose } = await buildTestCli());
  dir = await mkdtemp(join(tmpdir(), 'yhdyspinta-defs-slides-'));
}, 60_000);

afterAll(async () => {
  await dispose();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('slides of another area', () => {
  it('goal-bars as PowerPoint: the survey’s name as the title, its goals and the export’s means in the native chart', async () => {
    const run = await runCli(entry, ['render', 'goal-bars', ...DEFINED, '-o', 'goals.pptx'], dir);
    // The slide's chart box cuts some of the 12 goal texts to fit; said, and nothing else.
    expect(run.stderr).toMatch(
      /^yhdyspinta: varoitus: "goal-bars" \(fi, slide-16x9\): \d+ nimiö(tä)? lyhennettiin \(…\)[^\n]*\n$/,
    );
    expect(run.code).toBe(0);
    const files = await unzipText(await readFile(join(dir, 'goals.pptx')));
    const slide = decode(files.get('ppt/slides/slide1.xml') ?? '');
    expect(slide).toContain('Kuvitteellinen kuntakysely 2026 (havainnollistava)');
    const charts = filesMatching(files, /^ppt\/charts\/chart\d+\.xml$/);
    expect(charts.length).toBe(1);
    const chart = decode(charts[0] ?? '');
    expect(chart).toContain('Kunnat ja hyvinvointialue sopivat');
    expect(chart).toMatch(/<c:v>3\.3<\/c:v>/);
    // The 2024 survey is nowhere on the slide.
    expect(slide).not.toContain('Kuntakysely 2024');
  }, 60_000);

  it('coverage as PDF: every municipality of the area, the long joint authorities included', async () => {
    const run = await runCli(entry, ['render', 'coverage', ...DEFINED, '-o', 'coverage.pdf'], dir);
    expect(run.code).toBe(0);
    const text = (await program('pdftotext', [join(dir, 'coverage.pdf'), '-'])).stdout;
    expect(text.replace(/\s+/g, ' ')).toContain('Läntisten saaristokuntien');
    expect(text).toContain('23/25');
  }, 60_000);

  it('--chart-data as PowerPoint: the chart’s own data drawn as given', async () => {
    const data = join(FIXTURES, 'goal-bars.chart-data.json');
    const run = await runCli(
      entry,
      ['render', 'goal-bars', '--chart-data', data, '-o', 'data.pptx'],
      dir,
    );
    expect(run.code).toBe(0);
    const files = await unzipText(await readFile(join(dir, 'data.pptx')));
    expect(filesMatching(files, /^ppt\/charts\/chart\d+\.xml$/).length).toBe(1);
  }, 60_000);

  it('a deck of another area: its area and survey named once, every chart read with them', async () => {
    const deck = {
      name: 'rannikko',
      area: join(FIXTURES, 'rannikko.area.json'),
      survey: join(FIXTURES, 'rannikko-2026.survey.json'),
      locales: ['fi', 'sv'],
      presets: ['slide-16x9'],
      formats: ['pptx', 'png'],
      out: 'deck-out',
      charts: [
        { chart: 'goal-bars', data: join(FIXTURES, 'rannikko-long.csv') },
        { chart: 'coverage', data: join(FIXTURES, 'rannikko-long.csv') },
      ],
    };
    await writeFile(join(dir, 'deck.json'), JSON.stringify(deck));
    const run = await runCli(entry, ['deck', 'deck.json'], dir);
    expect(run.code).toBe(0);
    const out = join(dir, 'deck-out');
    expect((await readdir(out)).sort()).toEqual([
      'rannikko-fi-slide-16x9-01-goal-bars.png',
      'rannikko-fi-slide-16x9-02-coverage.png',
      'rannikko-fi-slide-16x9.pptx',
      'rannikko-sv-slide-16x9-01-goal-bars.png',
      'rannikko-sv-slide-16x9-02-coverage.png',
      'rannikko-sv-slide-16x9.pptx',
    ]);
    const sv = await unzipText(await readFile(join(out, 'rannikko-sv-slide-16x9.pptx')));
    const slides = filesMatching(sv, /^ppt\/slides\/slide\d+\.xml$/)
      .map(decode)
      .join('\n');
    expect(slides).toContain('Fiktiv kommunenkät 2026 (illustrativ)');
    // The coverage picture's alt text names the area's non-answering municipalities in Swedish.
    expect(slides).toContain('Havsfors och Åstrand svarade inte');
    expect(slides).toContain('n = 23/25 kommuner');
    expect(slides).not.toContain('2024');
  }, 90_000);
});
