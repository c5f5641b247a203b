// `yhdyspinta render … --format pdf`: a vector PDF whose text is text (pdftotext extracts the title and
// the values), with Noto Sans embedded, at the page size of its preset.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getMessages } from '@yhdyspinta/charts';
import { buildTestCli, program, runCli } from './pptxSupport';
import { answeredAreaNames, areaFile as area } from './areaSupport';

let dir = '';
let entry = '';
let dispose: () => Promise<void> = async () => undefined;

beforeAll(async () => {
  const cli = await buildTestCli();
  entry = cli.entry;
  dispose = cli.dispose;
  dir = await mkdtemp(join(tmpdir(), 'yhdyspinta-pdf-'));
}, 120_000);

afterAll(async () => {
  await dispose();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const CASES = [
  { preset: 'slide-16x9', locale: 'fi', size: '960 x 540 pts' },
  { preset: 'a4-landscape', locale: 'sv', size: '841.89 x 595.276 pts' },
] as const;

describe('yhdyspinta render --format pdf', { timeout: 90_000 }, () => {
  it.each(CASES)('goal-bars, $preset, $locale: text, fonts and page size', async (c) => {
    const out = `goals-${c.preset}.pdf`;
    const run = await runCli(
      entry,
      ['render', 'goal-bars', '--format', 'pdf', '-p', c.preset, '-l', c.locale, '--out', out],
      dir,
    );
    // The page's chart box cuts some goal texts to fit: said (in the command's language), and only that.
    const cut = { fi: 'nimiötä lyhennettiin', sv: 'etiketter kortades' }[c.locale];
    const lines = run.stderr.split('\n').filter((line) => line !== '');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`"goal-bars" (${c.locale}, ${c.preset}): `);
    expect(lines[0]).toContain(cut);
    expect(run.code).toBe(0);
    // "Wrote" in the command's language.
    const wrote = { fi: 'Kirjoitettu', sv: 'Skrev', en: 'Wrote' }[c.locale];
    expect(run.stdout).toMatch(new RegExp(`^${wrote} ${out} \\(\\d+×\\d+ pt`));
    const file = join(dir, out);
    expect((await readFile(file)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const info = await program('pdfinfo', [file]);
    expect(info.code).toBe(0);
    expect(info.stdout).toMatch(/Pages:\s+1\n/);
    expect(info.stdout).toMatch(new RegExp(`Page size:\\s+${c.size}`));
    const text = await program('pdftotext', ['-layout', file, '-']);
    expect(text.code).toBe(0);
    const words = text.stdout.replace(/\s+/g, ' ');
    expect(words).toContain(getMessages(c.locale).goalBar.title);
    // The highest published goal mean (3,4: the rescue service's service level decision).
    expect(words).toContain('3,4');
    expect(words).toContain(
      c.locale === 'fi' ? 'Lähde: Kuntakysely 2024' : 'Källa: Kommunenkäten 2024',
    );
    const fonts = await program('pdffonts', [file]);
    expect(fonts.stdout).toMatch(/NotoSans-Regular\s+CID TrueType\s+Identity-H\s+yes/);
    expect(fonts.stdout).toMatch(/NotoSans-Bold\s+CID TrueType\s+Identity-H\s+yes/);
    expect(fonts.stdout).not.toMatch(/Helvetica/);
  });

  it('a title of two lines (Swedish, 4:3) is set smaller so that it ends above the chart', async () => {
    const out = 'goals-sv-43.pdf';
    const run = await runCli(
      entry,
      ['render', 'goal-bars', '--format', 'pdf', '-p', 'slide-4x3', '-l', 'sv', '--out', out],
      dir,
    );
    expect(run.code).toBe(0);
    const layout = await program('pdftotext', ['-bbox-layout', join(dir, out), '-']);
    const lines = [
      ...layout.stdout.matchAll(
        /<line [^>]*yMin="([\d.]+)"[^>]*yMax="([\d.]+)">([\s\S]*?)<\/line>/g,
      ),
    ].map(([, top, bottom, words]) => ({
      top: Number(top),
      bottom: Number(bottom),
      text: [...(words ?? '').matchAll(/>([^<]*)<\/word>/g)].map((w) => w[1]).join(' '),
    }));
    const title = getMessages('sv').goalBar.title;
    const [first, second, next] = lines;
    // The title takes two lines at this width; the chart's first text ("n = 6/10 kommuner") comes next.
    expect(`${first?.text} ${second?.text}`).toBe(title);
    expect(next?.text).toMatch(/^n = 6\/10/);
    // The chart's box starts 1.25 in (90 pt) from the top: the title ends above it.
    expect(second?.bottom).toBeLessThanOrEqual(90);
    expect((first?.bottom ?? 0) - (first?.top ?? 0)).toBeLessThan(26 * 1.36);
  });

  it("another area's heatmap of 23 municipalities at 16:9 does not fit one page: a page a part, each municipality on one", async () => {
    const out = 'heatmap-area.pdf';
    const run = await runCli(
      entry,
      [
        'render',
        'theme-heatmap',
        '--format',
        'pdf',
        '--data',
        area('rannikko-long.csv'),
        '--area',
        area('rannikko.area.json'),
        '--survey',
        area('rannikko-2026.survey.json'),
        '--out',
        out,
      ],
      dir,
    );
    expect(run.code).toBe(0);
    const parts = Number(/jaettiin (\d+) osaan/.exec(run.stderr)?.[1]);
    expect(parts).toBeGreaterThanOrEqual(2);
    const file = join(dir, out);
    expect((await program('pdfinfo', [file])).stdout).toMatch(new RegExp(`Pages:\\s+${parts}\\n`));
    const pages = await Promise.all(
      Array.from({ length: parts }, async (_, i) => {
        const page = String(i + 1);
        const text = await program('pdftotext', ['-f', page, '-l', page, file, '-']);
        return text.stdout.replace(/\s+/g, ' ');
      }),
    );
    const title = 'Kuvitteellinen kuntakysely 2026 (havainnollistava)';
    pages.forEach((page, i) => expect(page).toContain(`${title} (${i + 1}/${parts})`));
    // The 23 municipalities that answered are drawn, each on one page only (the two without answers are
    // named in the first page's note).
    const names = await answeredAreaNames();
    expect(names).toHaveLength(23);
    for (const name of names) {
      // Long names wrap over lines: their first word is enough to find them.
      const word = name.split(' ')[0] ?? name;
      expect(
        pages.filter((page) => page.includes(word)),
        name,
      ).toHaveLength(1);
    }
  });
});
