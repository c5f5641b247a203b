// `yhdyspinta deck` → PowerPoint with a chart too tall for one slide: another (invented) area's heatmap of
// 23 municipalities × 12 goals at 16:9. The command says it split the chart; each part is a slide of its
// own, titled "(i/N)", drawn as a picture with its own alt text, and every municipality is in one
// slide's notes (the part's data table).
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestCli, decode, drawingText, filesMatching, runCli, unzipText } from './pptxSupport';
import type { Run } from './pptxSupport';
import { answeredAreaNames, areaFile as area } from './areaSupport';

const TITLE = 'Kuvitteellinen kuntakysely 2026 (havainnollistava)';

let dir = '';
let entry = '';
let dispose: () => Promise<void> = async () => undefined;
let run: Run;
let slides: string[] = [];
let notes: string[] = [];

beforeAll(async () => {
  const cli = await buildTestCli();
  dispose = cli.dispose;
  entry = cli.entry;
  dir = await mkdtemp(join(tmpdir(), 'yhdyspinta-pptx-split-'));
  run = await runAreaDeck('split', 'slide-16x9', 'pptx');
  const files = await unzipText(await readFile(join(dir, 'split-fi-slide-16x9.pptx')));
  slides = filesMatching(files, /^ppt\/slides\/slide\d+\.xml$/);
  notes = filesMatching(files, /^ppt\/notesSlides\/notesSlide\d+\.xml$/).map((xml) =>
    drawingText(xml).replace(/\s+/g, ' '),
  );
}, 120_000);

/** `yhdyspinta deck` of the invented area's heatmap (Finnish) at one preset, in one format. */
async function runAreaDeck(name: string, preset: string, format: string): Promise<Run> {
  const deck = {
    name,
    locales: ['fi'],
    presets: [preset],
    formats: [format],
    area: area('rannikko.area.json'),
    survey: area('rannikko-2026.survey.json'),
    charts: [{ chart: 'theme-heatmap', data: area('rannikko-long.csv') }],
  };
  await writeFile(join(dir, `${name}.json`), JSON.stringify(deck));
  return runCli(entry, ['deck', `${name}.json`], dir);
}

afterAll(async () => {
  await dispose();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** The parts the command says it split the chart into. */
const parts = () => Number(/jaettiin (\d+) osaan/.exec(run.stdout)?.[1]);

describe('yhdyspinta deck → .pptx, a chart split over slides', () => {
  it('says the chart did not fit one slide and into how many parts it was split', () => {
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /varoitus: "theme-heatmap" \(fi, slide-16x9\) ei mahtunut yhdelle dialle, joten se jaettiin \d+ osaan\./,
    );
    expect(parts()).toBeGreaterThanOrEqual(2);
  });

  it('a slide a part, titled "(i/N)", each a picture described by its own rows', () => {
    expect(slides).toHaveLength(parts());
    const described = slides.map((xml) => {
      expect(xml).toContain('<asvg:svgBlip');
      return decode(/<p:cNvPr [^>]*descr="([^"]*)"/.exec(xml)?.[1] ?? '');
    });
    slides.forEach((xml, i) =>
      expect(drawingText(xml)).toContain(`${TITLE} (${i + 1}/${parts()})`),
    );
    for (const descr of described) expect(descr.length).toBeGreaterThan(40);
    expect(new Set(described).size).toBe(described.length);
  });

  it("every municipality with answers is in exactly one slide's notes (its part's data table)", async () => {
    const names = await answeredAreaNames();
    expect(names).toHaveLength(23);
    expect(notes).toHaveLength(parts());
    for (const name of names) {
      expect(
        notes.filter((text) => text.includes(`${name} | `)),
        name,
      ).toHaveLength(1);
    }
  });

  it('a chart no split plan fits is not drawn, and its advice names the deck field, not the API option', async () => {
    const narrow = await runAreaDeck('narrow', 'slide-4x3', 'pdf');
    expect(narrow.code).toBe(1);
    expect(narrow.stdout).toContain('Ei piirretty: theme-heatmap (fi, slide-4x3): ');
    expect(narrow.stdout).toContain('piirrä pienennettynä ("fit": "shrink", pienempi teksti)');
  });
});
