// `yhdyspinta deck` → PowerPoint, opened as the zip it is: the slide XML has alt text (descr) on every
// chart and picture, speaker notes with the data table, the base and the source, native charts with the
// exact published 2024 means, and the title and source line in each locale.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  formatScore,
  getMessages,
  goalBarFromSurvey,
  goalBarKeyFinding,
  radarKeyFinding,
  rescueRadarFromSurvey,
  themeHeatmapFromThemeCounts,
} from '@yhdyspinta/charts';
import { shippedSource } from '@yhdyspinta/charts/static';
import { survey2024 } from '@yhdyspinta/data';
import type { Locale } from '@yhdyspinta/data';
import { pixelStats } from './png';
import {
  buildTestCli,
  decode,
  drawingText,
  filesMatching,
  runCli,
  unzipFile,
  unzipText,
} from './pptxSupport';
import type { Run } from './pptxSupport';

const LOCALES: readonly Locale[] = ['fi', 'sv', 'en'];
const FOOTERS: Readonly<Record<Locale, string>> = {
  fi: 'Lähde: Kuntakysely 2024, Länsi-Uudenmaan hyvinvointialue · n = 6/10 kuntaa',
  sv: 'Källa: Kommunenkäten 2024, Västra Nylands välfärdsområde · n = 6/10 kommuner',
  en: 'Source: Municipal survey 2024, Western Uusimaa wellbeing services county · n = 6/10 municipalities',
};

let dir = '';
let entry = '';
let dispose: () => Promise<void> = async () => undefined;
let run: Run;
const decks = new Map<Locale, Map<string, string>>();
const media = new Map<Locale, Buffer>();

beforeAll(async () => {
  const cli = await buildTestCli();
  dispose = cli.dispose;
  entry = cli.entry;
  dir = await mkdtemp(join(tmpdir(), 'yhdyspinta-pptx-'));
  const deck = {
    name: 'deck',
    locales: LOCALES,
    presets: ['slide-16x9'],
    formats: ['pptx'],
    chartMode: 'both',
    charts: ['goal-bars', 'theme-heatmap', 'rescue-radar', 'coverage'],
  };
  await writeFile(join(dir, 'deck.json'), JSON.stringify(deck));
  run = await runCli(cli.entry, ['deck', 'deck.json'], dir);
  for (const locale of LOCALES) {
    const bytes = await readFile(join(dir, `deck-${locale}-slide-16x9.pptx`));
    decks.set(locale, await unzipText(bytes));
    media.set(locale, bytes);
  }
}, 120_000);

afterAll(async () => {
  await dispose();
  if (dir) await rm(dir, { recursive: true, force: true });
});

function deck(locale: Locale): Map<string, string> {
  const files = decks.get(locale);
  if (files === undefined) throw new Error(`no deck for ${locale}`);
  return files;
}

const slides = (locale: Locale) => filesMatching(deck(locale), /^ppt\/slides\/slide\d+\.xml$/);
const notes = (locale: Locale) =>
  filesMatching(deck(locale), /^ppt\/notesSlides\/notesSlide\d+\.xml$/).map(drawingText);
const charts = (locale: Locale) => filesMatching(deck(locale), /^ppt\/charts\/chart\d+\.xml$/);

/** The numbers of a chart part's first series (<c:val>), as written. */
function seriesValues(chartXml: string): string[] {
  const val = /<c:val>([\s\S]*?)<\/c:val>/.exec(chartXml)?.[1] ?? '';
  return [...val.matchAll(/<c:pt idx="\d+"><c:v>([^<]*)<\/c:v>/g)].map((m) => m[1] ?? '');
}

/** The slides of GoalBarChart: the first two (native chart and picture). */
const goalSlides = [0, 1];

describe('yhdyspinta deck → .pptx', () => {
  it('writes one deck per locale and says so', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    for (const locale of LOCALES) expect(run.stdout).toContain(`deck-${locale}-slide-16x9.pptx`);
    expect(run.stdout).toContain('kaavioita piirtämättä 0');
    // Every chart fits its slide (a split is tested in pptxSplit.test.ts). The goal bars and the radar cut
    // some of their long goal texts to fit the chart box, which is said, chart by chart; nothing else is.
    const warnings = run.stdout.split('\n').filter((line) => line.startsWith('varoitus'));
    expect(warnings).toHaveLength(2 * LOCALES.length);
    for (const locale of LOCALES) {
      for (const chart of ['goal-bars', 'rescue-radar']) {
        expect(warnings).toContainEqual(
          expect.stringMatching(
            new RegExp(
              `^varoitus: "${chart}" \\(${locale}, slide-16x9\\): \\d+ nimiötä lyhennettiin`,
            ),
          ),
        );
      }
    }
  });

  it.each(LOCALES)('%s: six slides, each with speaker notes', (locale) => {
    expect(slides(locale)).toHaveLength(6);
    expect(notes(locale)).toHaveLength(6);
  });

  it.each(LOCALES)('%s: goal bars and radar as native charts and as pictures', (l) => {
    expect(charts(l)).toHaveLength(2);
    expect(slides(l)[0]).toContain('<c:chart ');
    expect(slides(l)[1]).toContain('<asvg:svgBlip');
  });

  it.each(LOCALES)(
    '%s: every chart and picture has the chart description as alt text',
    (locale) => {
      const described = slides(locale).flatMap((xml) =>
        [
          ...xml.matchAll(
            /<p:(?:pic|graphicFrame)>\s*<p:nv\w+Pr>\s*<p:cNvPr [^>]*descr="([^"]*)"/g,
          ),
        ].map((m) => decode(m[1] ?? '')),
      );
      // One chart or picture a slide.
      expect(described).toHaveLength(6);
      for (const descr of described) expect(descr.length).toBeGreaterThan(40);
      const radar = radarKeyFinding(rescueRadarFromSurvey(survey2024, locale), locale);
      expect(described.filter((d) => d === radar)).toHaveLength(2);
      const goals = goalBarKeyFinding(goalBarFromSurvey(survey2024, locale), locale);
      expect(described.filter((d) => d === goals)).toHaveLength(2);
    },
  );

  it('the bar chart holds the 11 published goal means and the radar the 9 rescue means, exactly', () => {
    const [bar, radar] = charts('fi');
    expect(bar).toContain('<c:barChart>');
    expect(radar).toContain('<c:radarChart>');
    expect(seriesValues(bar ?? '')).toEqual(survey2024.goals.map((g) => String(g.mean.value)));
    expect(seriesValues(radar ?? '')).toEqual(
      survey2024.rescueGoals.map((g) => String(g.mean.value)),
    );
    // The 1–5 axis, its title naming the scale's words.
    expect(bar).toContain('<c:max val="5"/>');
    expect(bar).toContain('<c:min val="1"/>');
    expect(drawingText(bar ?? '')).toContain(
      'Keskiarvo (1 Ei lainkaan · 2 Heikosti · 3 Kohtalaisesti · 4 Hyvin · 5 Erinomaisesti)',
    );
  });

  it.each(LOCALES)('%s: the notes carry the data table, the base and the source', (locale) => {
    const goalNotes = notes(locale)
      .filter((_, i) => goalSlides.includes(i))
      .join('\n');
    const data = goalBarFromSurvey(survey2024, locale);
    const items = data.groups.flatMap((group) => group.items);
    expect(items).toHaveLength(11);
    for (const item of items) {
      expect(goalNotes).toContain(`${item.label} | `);
      expect(goalNotes).toContain(` | ${formatScore(item.value, locale)}`);
    }
    const [source, base] = FOOTERS[locale].split(' · ');
    for (const [i, text] of notes(locale).entries()) {
      // The heatmap (slide 3) is of the 2025 memos.
      if (i !== 2) expect(text).toContain(source);
    }
    expect(goalNotes).toContain(base);
  });

  it.each(LOCALES)('%s: the slide titles and the source line are in the locale', (locale) => {
    const m = getMessages(locale);
    // Each title is the slide's title placeholder (PowerPoint's outline and screen readers read it).
    for (const xml of slides(locale)) expect(xml).toMatch(/<p:ph[^>]*type="title"/);
    const texts = slides(locale).map(drawingText);
    expect(texts[0]).toContain(m.goalBar.title);
    expect(texts[0]).toContain(FOOTERS[locale]);
    expect(texts[3]).toContain(m.rescueRadar.title);
    expect(texts[3]).toContain(FOOTERS[locale]);
    expect(texts[5]).toContain(m.responseCoverage.title);
    // The heatmap's footer is the 2025 memos' line, the same as every static output draws.
    const memos = shippedSource(
      'theme-heatmap',
      themeHeatmapFromThemeCounts(undefined, locale),
      locale,
    );
    expect(memos).toMatch(/2025/);
    expect(texts[2]).toContain(memos);
  });

  it('sets a title of two lines smaller than 26 pt so that it ends above the chart (Swedish, 4:3)', async () => {
    const out = await runCli(
      entry,
      ['render', 'goal-bars', '-p', 'slide-4x3', '-l', 'sv', '-o', 't.pptx'],
      dir,
    );
    expect(out.code).toBe(0);
    const files = await unzipText(await readFile(join(dir, 't.pptx')));
    const slide = files.get('ppt/slides/slide1.xml') ?? '';
    const title = getMessages('sv').goalBar.title;
    // The title's run: its size in hundredths of a point.
    const run = new RegExp(`<a:rPr[^>]*sz="(\\d+)"[^>]*>(?:(?!</a:r>)[\\s\\S])*${title}`).exec(
      slide,
    );
    expect(Number(run?.[1])).toBe(2300);
    // A title of one line keeps 26 pt (the 16:9 deck's short titles); none is larger.
    const sizes = slides('fi').map(
      (xml) => /<p:ph\s[^>]*type="title"[\s\S]*?<a:rPr[^>]*sz="(\d+)"/.exec(xml)?.[1],
    );
    expect(sizes).toContain('2600');
    expect(sizes.every((size) => Number(size) <= 2600)).toBe(true);
  });

  it('every SVG picture has a drawn PNG fallback', async () => {
    const files = deck('fi');
    const pictures = filesMatching(files, /^ppt\/slides\/_rels\/slide\d+\.xml\.rels$/).flatMap(
      (rels) => [...rels.matchAll(/Target="\.\.\/media\/([^"]+\.png)"/g)].map((m) => m[1] ?? ''),
    );
    expect(pictures).toHaveLength(4);
    const bytes = media.get('fi') ?? Buffer.alloc(0);
    for (const name of pictures) {
      const png = await unzipFile(bytes, `ppt/media/${name}`);
      // pptxgenjs's placeholder for an SVG it cannot draw is a tiny one-colour image.
      expect(pixelStats(png ?? Buffer.alloc(0)).colours).toBeGreaterThan(20);
    }
  });
});
