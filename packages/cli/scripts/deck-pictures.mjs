// Pictures of a generated deck for Storybook's Slides page: the CLI is bundled, `yhdyspinta deck` writes
// the four charts as PowerPoint (fi at 16:9, sv at 4:3, native charts where PowerPoint has the type),
// LibreOffice (headless, in a temporary profile) converts each deck to PDF as a real client opens it, and
// pdftoppm draws its pages as PNG files into stories/docs/slides/deck/ (960 px wide).
//   node packages/cli/scripts/deck-pictures.mjs
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildCli } from './build.mjs';

const cliDir = fileURLToPath(new URL('..', import.meta.url));
const root = join(cliDir, '../..');
const target = join(root, 'stories/docs/slides/deck');
const DECKS = [
  { locale: 'fi', preset: 'slide-16x9' },
  { locale: 'sv', preset: 'slide-4x3' },
];

const cache = join(cliDir, 'node_modules/.cache');
await mkdir(cache, { recursive: true });
const outdir = await mkdtemp(join(cache, 'deck-pictures-'));
const work = await mkdtemp(join(tmpdir(), 'yhdyspinta-deck-pictures-'));
try {
  await buildCli({ outdir });
  const { main } = await import(pathToFileURL(join(outdir, 'yhdyspinta.js')).href);
  await mkdir(target, { recursive: true });
  for (const { locale, preset } of DECKS) {
    const deck = {
      name: 'deck',
      locales: [locale],
      presets: [preset],
      formats: ['pptx'],
      chartMode: 'native',
      out: work,
      charts: ['goal-bars', 'theme-heatmap', 'rescue-radar', 'coverage'],
    };
    const file = join(work, `deck-${locale}.json`);
    await writeFile(file, JSON.stringify(deck));
    const code = await main(['deck', file], {
      stdout: (text) => process.stdout.write(text),
      stderr: (text) => process.stderr.write(text),
    });
    if (code !== 0) throw new Error(`yhdyspinta deck exited ${code}`);
    const stem = `deck-${locale}-${preset}`;
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=${pathToFileURL(join(work, 'lo-profile')).href}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        work,
        join(work, `${stem}.pptx`),
      ],
      { stdio: 'ignore', timeout: 120_000 },
    );
    execFileSync('pdftoppm', [
      '-png',
      '-scale-to',
      '960',
      join(work, `${stem}.pdf`),
      join(work, stem),
    ]);
    const pages = (await readdir(work)).filter(
      (f) => f.startsWith(`${stem}-`) && f.endsWith('.png'),
    );
    for (const page of pages.sort()) {
      // pdftoppm numbers pages 1…N (zero-padded when there are 10 or more).
      const n = Number(/-(\d+)\.png$/.exec(page)?.[1]);
      const name = `${stem}-${n}.png`;
      await rename(join(work, page), join(target, name));
      process.stdout.write(`Wrote stories/docs/slides/deck/${name}\n`);
    }
  }
} finally {
  await rm(outdir, { recursive: true, force: true });
  await rm(work, { recursive: true, force: true });
}
