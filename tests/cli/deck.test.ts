// `yhdyspinta deck`: a deck of the four charts × fi/sv × slide-16x9/slide-4x3 as PowerPoint, PDF and PNG
// in one run; LibreOffice opens every PowerPoint file and its pages are not blank; a chart that cannot be
// drawn is named with its message while the others are still written (exit 1); a bad deck file is
// refused with the path of every bad field.
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pixelStats } from './png';
import { buildTestCli, program, ROOT, runCli } from './pptxSupport';
import type { Run } from './pptxSupport';

const FIXTURES = join(ROOT, 'tests/fixtures/decks');
const BROKEN = join(ROOT, 'tests/fixtures/responses-broken.csv');
const EXAMPLE = join(ROOT, 'tests/fixtures/responses-example.csv');
let dir = '';
let entry = '';
let dispose: () => Promise<void> = async () => undefined;
let four: Run;

beforeAll(async () => {
  const cli = await buildTestCli();
  entry = cli.entry;
  dispose = cli.dispose;
  dir = await mkdtemp(join(tmpdir(), 'yhdyspinta-deck-'));
  await copyFile(join(FIXTURES, 'four-charts.json'), join(dir, 'four-charts.json'));
  four = await runCli(entry, ['deck', 'four-charts.json'], dir);
}, 180_000);

afterAll(async () => {
  await dispose();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const STEMS = ['fi-slide-16x9', 'fi-slide-4x3', 'sv-slide-16x9', 'sv-slide-4x3'];
const CHARTS = ['01-goal-bars', '02-theme-heatmap', '03-rescue-radar', '04-coverage'];

describe('yhdyspinta deck', () => {
  it('writes every chart × locale × preset × format and a summary', async () => {
    expect(four.stderr).toBe('');
    expect(four.code).toBe(0);
    const expected = STEMS.flatMap((stem) => [
      `four-charts-${stem}.pdf`,
      `four-charts-${stem}.pptx`,
      ...CHARTS.map((chart) => `four-charts-${stem}-${chart}.png`),
    ]).sort();
    expect((await readdir(join(dir, 'out'))).sort()).toEqual(expected);
    expect(four.stdout).toMatch(
      /\nTiedostoja kirjoitettu 24, kaavioita piirtämättä 0; aikaa \d+,\d s\.\n$/,
    );
    for (const file of expected) expect(four.stdout).toContain(`Kirjoitettu out/${file} (`);
    expect(four.stdout).toContain('Kirjoitettu out/four-charts-fi-slide-16x9.pptx (4 diaa)');
  });

  it('LibreOffice opens every PowerPoint file; each has four pages, none blank', async () => {
    const profile = join(dir, 'lo-profile');
    const pdfDir = join(dir, 'lo');
    await mkdir(pdfDir);
    const decks = STEMS.map((stem) => join(dir, 'out', `four-charts-${stem}.pptx`));
    const lo = await program('soffice', [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      pdfDir,
      ...decks,
    ]);
    expect(lo.code).toBe(0);
    expect(lo.stderr).not.toMatch(/error/i);
    for (const stem of STEMS) {
      const pdf = join(pdfDir, `four-charts-${stem}.pdf`);
      const info = await program('pdfinfo', [pdf]);
      expect(info.stdout).toMatch(/Pages:\s+4\n/);
      const prefix = join(pdfDir, stem);
      expect((await program('pdftoppm', ['-png', '-r', '30', pdf, prefix])).code).toBe(0);
      for (const page of [1, 2, 3, 4]) {
        const png = await readFile(`${prefix}-${page}.png`);
        // Title, chart and source line: well over 3 % of a page differs from the white page.
        expect(pixelStats(png).inked).toBeGreaterThan(0.03);
      }
    }
  }, 180_000);

  it('a chart that cannot be drawn is named with its message; the others are written; exit 1', async () => {
    const sub = join(dir, 'failing');
    await mkdir(sub);
    const deck = {
      presets: ['slide-4x3'],
      formats: ['pdf'],
      charts: [
        'coverage',
        { chart: 'goal-bars', data: BROKEN },
        { chart: 'rescue-radar', data: EXAMPLE },
        // Refused by the renderer (a RenderError, said in the command's language like the rest).
        { chart: 'goal-bars', chartData: { groups: [] }, source: 'Testi' },
      ],
    };
    await writeFile(join(sub, 'deck.json'), JSON.stringify(deck));
    const run = await runCli(entry, ['deck', 'deck.json'], sub);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Kirjoitettu deck-fi-slide-4x3.pdf (2 sivua)');
    expect(run.stdout).toMatch(
      /Ei piirretty: goal-bars: Datatiedostossa ".*responses-broken\.csv" on virheitä: \d+/,
    );
    expect(run.stdout).toContain(
      'Ei piirretty: goal-bars (fi, slide-4x3): Kaavion "goal-bars" datassa ei ole mitään piirrettävää: se tarvitsee vähintään yhden tavoitteen',
    );
    expect(run.stdout).toContain('Tiedostoja kirjoitettu 1, kaavioita piirtämättä 2');
    const pdf = join(sub, 'deck-fi-slide-4x3.pdf');
    const info = await program('pdfinfo', [pdf]);
    expect(info.stdout).toMatch(/Pages:\s+2\n/);
    // The radar from the data file: its source line names the file, with the base of its responses.
    const text = (await program('pdftotext', ['-f', '2', '-l', '2', pdf, '-'])).stdout;
    expect(text.replace(/\s+/g, ' ')).toMatch(/Lähde: responses-example\.csv · n = \d+\/10 kuntaa/);
  }, 60_000);

  it('a bad deck file is refused with the path of every bad field, nothing written', async () => {
    const sub = join(dir, 'bad');
    await mkdir(sub);
    await copyFile(join(FIXTURES, 'bad.json'), join(sub, 'bad.json'));
    const run = await runCli(entry, ['deck', 'bad.json', '-l', 'en'], sub);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    for (const line of [
      'has 7 problem(s):',
      '  colour: unknown field.',
      '  charts[1].chart: "pie" is not a chart.',
      '  charts[2].title.fr: unknown locale.',
      '  chartMode: "editable" is not one of native, image, both.',
      '  locales[1]: "de" is not one of fi, sv, en.',
      '  presets[0]: "intranet-card" is not one of slide-16x9, slide-4x3, a4-landscape.',
      '  formats: must be a non-empty list',
    ]) {
      expect(run.stderr).toContain(line);
    }
    // In Finnish by default: the same fields, the same count.
    const fi = await runCli(entry, ['deck', 'bad.json'], sub);
    expect(fi.code).toBe(1);
    for (const line of [
      'Koostetiedostossa "bad.json" on 7 ongelmaa:',
      '  colour: tuntematon kenttä.',
      '  charts[1].chart: "pie" ei ole kaavio.',
      '  charts[2].title.fr: tuntematon kieli.',
      '  locales[1]: "de" ei ole mikään näistä: fi, sv, en.',
      '  formats: pitää olla luettelo, jossa on jotakin',
    ]) {
      expect(fi.stderr).toContain(line);
    }
    expect(await readdir(sub)).toEqual(['bad.json']);
  }, 60_000);
});
