// PowerPoint and PDF of another area's export (--area, --survey, --data) and of a chart's typed data
// (--chart-data): the same chart data as the SVG and PNG outputs, on slides and pages. Everything in
// tests/fixtures/areas is invented and illustrative.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
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
    expect(run.stderr).toBe('');
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
});
