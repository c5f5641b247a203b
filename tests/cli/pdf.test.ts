// `yhdyspinta render … --format pdf`: a vector PDF whose text is text (pdftotext extracts the title and
// the values), with Noto Sans embedded, at the page size of its preset.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getMessages } from '@yhdyspinta/charts';
import { buildTestCli, program, runCli } from './pptxSupport';

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
    expect(run.stderr).toBe('');
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

  it('goal-bars in English at 16:9 does not fit one page: two pages, "(1/2)" and "(2/2)", all 11 goals', async () => {
    const out = 'goals-en.pdf';
    const run = await runCli(
      entry,
      ['render', 'goal-bars', '--format', 'pdf', '-l', 'en', '--out', out],
      dir,
    );
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('was split into 2 parts');
    const file = join(dir, out);
    expect((await program('pdfinfo', [file])).stdout).toMatch(/Pages:\s+2\n/);
    const title = getMessages('en').goalBar.title;
    const pages = await Promise.all(
      [1, 2].map(async (page) => {
        const text = await program('pdftotext', [
          '-f',
          String(page),
          '-l',
          String(page),
          file,
          '-',
        ]);
        return text.stdout.replace(/\s+/g, ' ');
      }),
    );
    expect(pages[0]).toContain(`${title} (1/2)`);
    expect(pages[1]).toContain(`${title} (2/2)`);
    // Every goal's mean is on one of the pages: 11 values of the 1–5 scale (ticks are whole numbers).
    const means = pages.join(' ').match(/\b[1-5]\.\d\b/g) ?? [];
    expect(means).toHaveLength(11);
  });
});
