// The yhdyspinta CLI end to end: built once with its own build script, then run with plain node as a
// user would (bin/yhdyspinta.js), in parallel. Every failure must exit non-zero with a message and leave
// no file behind, not even a temporary one.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHART_NAMES, PRESET_NAMES, PRESETS } from '@yhdyspinta/charts/static';
import { pixelStats, pngInfo } from './png';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'packages/cli/bin/yhdyspinta.js');
const EXAMPLE = join(ROOT, 'tests/fixtures/responses-example.csv');
const EXAMPLE_JSON = join(ROOT, 'tests/fixtures/responses-example.json');
const BROKEN = join(ROOT, 'tests/fixtures/responses-broken.csv');
// Generous: each case is a separate node process, and CI machines may be busy.
const TIMEOUT = { timeout: 60_000 };

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** The directory it ran in: empty before the run. */
  readonly cwd: string;
}

let dir = '';
let runs = 0;

function exec(args: readonly string[], cwd: string): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr, cwd });
    });
  });
}

/** Runs the CLI in a fresh empty directory: `command` split on spaces, then `extra` as given. */
async function cli(command: string, ...extra: string[]): Promise<Run> {
  const cwd = join(dir, `run-${++runs}`);
  await mkdir(cwd);
  return exec([...command.split(' ').filter(Boolean), ...extra], cwd);
}

async function expectPng(run: Run, file: string, width: number, height?: number) {
  expect(run.stderr).not.toContain('error');
  expect(run.code).toBe(0);
  expect(run.stdout).toMatch(new RegExp(`^Wrote ${file.replace('.', '\\.')} \\(\\d+×\\d+ px`));
  expect(await readdir(run.cwd)).toEqual([file]);
  const png = await readFile(join(run.cwd, file));
  const info = pngInfo(png);
  expect(info.width).toBe(width);
  if (height !== undefined) expect(info.height).toBe(height);
  const stats = pixelStats(png);
  expect(stats.colours).toBeGreaterThan(20);
  expect(stats.inked).toBeGreaterThan(0.02);
  return info;
}

beforeAll(async () => {
  await promisify(execFile)(process.execPath, [join(ROOT, 'packages/cli/scripts/build.mjs')]);
  dir = await mkdtemp(join(tmpdir(), 'yhdyspinta-cli-'));
}, 60_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe.concurrent('yhdyspinta render: PNG', TIMEOUT, () => {
  it.each(PRESET_NAMES)('goal-bars, %s: a PNG of the preset size that is not blank', async (p) => {
    const run = await cli(
      `render goal-bars --locale sv --preset ${p} --format png --out goals.png`,
    );
    const { width, height } = PRESETS[p];
    const info = await expectPng(run, 'goals.png', width, height);
    if (height === undefined) expect(info.height).toBeGreaterThan(width);
  });

  it.each(CHART_NAMES.filter((name) => name !== 'goal-bars'))('%s: a 16:9 PNG', async (chart) => {
    await expectPng(await cli(`render ${chart} -o chart.png`), 'chart.png', 1920, 1080);
  });

  it('fails on a chart that needs more room than the size, naming the size; --fit shrink scales it with a warning', async () => {
    // English at 1440 px wide needs about 920 px even with one-line labels; 860 is too little.
    const [refused, shrunk] = await Promise.all([
      cli('render goal-bars -l en -p slide-4x3 --height 860 -o refused.png'),
      cli('render goal-bars -l en -p slide-4x3 --height 860 --fit shrink -o en.png'),
    ]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /does not fit slide-4x3 \(1440×860 px\) with text of at least 20 px/,
    );
    expect(existsSync(join(refused.cwd, 'refused.png'))).toBe(false);
    expect(shrunk.code).toBe(0);
    expect(shrunk.stderr).toMatch(
      /^yhdyspinta: warning: .* scaled to 9\d % to fit \(--fit shrink\), its smallest text is \d+(\.\d)? px/,
    );
    const info = pngInfo(await readFile(join(shrunk.cwd, 'en.png')));
    expect([info.width, info.height]).toEqual([1440, 860]);
  });

  it('--scale 2 doubles the pixels', async () => {
    const run = await cli('render goal-bars --preset intranet-card --scale 2 --out card.png');
    expect(run.code).toBe(0);
    expect(pngInfo(await readFile(join(run.cwd, 'card.png'))).width).toBe(800);
  });
});

describe.concurrent('yhdyspinta render: SVG and --data', TIMEOUT, () => {
  it('writes an SVG document (format from the extension)', async () => {
    const run = await cli('render goal-bars -l sv-FI -p slide-4x3 -o goals.svg');
    expect(run.code).toBe(0);
    const svg = await readFile(join(run.cwd, 'goals.svg'), 'utf8');
    expect(svg).toMatch(
      /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="1440" height="1080" viewBox="0 0 1440 1080" /,
    );
    expect(svg).toContain('<title>Hur de strategiska samarbetsmålen');
  });

  it('charts a raw CSV export with --data (goal-bars: PNG and SVG)', async () => {
    const [svgRun, pngRun] = await Promise.all([
      cli('render goal-bars --out own.svg --data', EXAMPLE),
      cli('render goal-bars --locale sv --out own.png --data', EXAMPLE),
    ]);
    expect(svgRun.code).toBe(0);
    const svg = await readFile(join(svgRun.cwd, 'own.svg'), 'utf8');
    expect(svg).toContain('n = 3/10 kuntaa');
    expect(svg).toContain('>3,0<');
    await expectPng(pngRun, 'own.png', 1920, 1080);
  });

  it.each(CHART_NAMES.filter((name) => name !== 'goal-bars'))(
    '%s: --data (JSON)',
    async (chart) => {
      const run = await cli(`render ${chart} -p intranet-card -o own.svg --data`, EXAMPLE_JSON);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const svg = await readFile(join(run.cwd, 'own.svg'), 'utf8');
      expect(svg).toMatch(/^<\?xml /);
      // The base: municipalities with a rating (3/10; for the rescue goals only Espoo and Hanko, 2/10).
      expect(svg).toContain(chart === 'rescue-radar' ? '2/10' : '3/10');
    },
  );
});

describe.concurrent(
  'yhdyspinta: bad arguments fail with a message and write nothing',
  TIMEOUT,
  () => {
    it.each([
      [
        'an unknown chart',
        'render pie --out x.png',
        /Unknown chart "pie"\. Charts: goal-bars, /,
        2,
      ],
      [
        'an unknown preset',
        'render goal-bars -p poster -o x.png',
        /Unknown preset "poster"\. Presets: slide-16x9, /,
        2,
      ],
      [
        'an unsupported locale',
        'render goal-bars -l de -o x.png',
        /Unknown locale "de"\. Use one of: fi, sv, en \(or a tag such as sv-FI\)/,
        2,
      ],
      [
        'a wrong output extension',
        'render goal-bars --out x.jpg',
        /"x\.jpg" must end in \.svg, \.png, \.pptx or \.pdf/,
        2,
      ],
      [
        'an extension unlike --format',
        'render goal-bars -f png -o x.svg',
        /"x\.svg" must end in \.png/,
        2,
      ],
      ['no --out', 'render goal-bars', /Give the output file with --out/, 2],
      [
        'an unknown option',
        'render goal-bars --colour red -o x.png',
        /Unknown option '--colour'/,
        2,
      ],
      ['no command', '', /No command given/, 2],
      [
        'a missing output directory',
        'render goal-bars -o no-such-dir/x.png',
        /output directory "no-such-dir" does not exist/,
        1,
      ],
      [
        'a missing data file',
        'render goal-bars -d missing.csv -o x.png',
        /data file "missing\.csv" does not exist/,
        1,
      ],
      [
        'a data file of another type',
        'render goal-bars -d results.ods -o x.png',
        /must be CSV \(\.csv, \.tsv, \.txt\), XLSX \(\.xlsx\) or JSON/,
        1,
      ],
    ] as const)('%s', async (_, command, message, code) => {
      const run = await cli(command);
      expect(run.code).toBe(code);
      expect(run.stderr).toMatch(/^yhdyspinta: error: /);
      expect(run.stderr).toMatch(message);
      expect(run.stdout).toBe('');
      expect(await readdir(run.cwd)).toEqual([]);
    });

    it('lists the parse errors of an unparseable data file', async () => {
      const run = await cli('render goal-bars -o x.svg --data', BROKEN);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('has 2 error(s); 2 of 3 rows rejected');
      // The importer's messages are Finnish by default (the data package's locale option).
      expect(run.stderr).toMatch(/Rivi 3, sarake "Kunta": .*Atlantis/);
      expect(run.stderr).toMatch(/Rivi 4, sarake "Arvio": .*9/);
      expect(await readdir(run.cwd)).toEqual([]);
    });

    it('never prints a control or invisible character of the file raw to the terminal', async () => {
      const file = join(dir, 'hostile.csv');
      // An ESC sequence that would clear the screen, a fake success line, a zero-width space, a NUL.
      const hostile = 'Espoo\u001b[2J\u001b[HWrote goals.png';
      await writeFile(
        file,
        `kunta;kohta;arvio\n${hostile};ws-1;4\nHanko\u200b;ws-1;4\nInkoo;ws-1;4\u0000\n`,
      );
      const run = await cli('render goal-bars -o x.svg --data', file);
      expect(run.code).toBe(1);
      const unseen = [...run.stderr].filter((c) => {
        const code = c.charCodeAt(0);
        return (code < 0x20 && c !== '\n') || code === 0x7f || code === 0x200b;
      });
      expect(unseen).toEqual([]);
      expect(run.stderr).toContain('"Espoo\\u001b[2J\\u001b[HWrote goals.png"');
      expect(run.stderr).toContain('"Hanko\\u200b" ei ole Länsi-Uudenmaan hyvinvointialueen kunta');
      expect(run.stderr).toContain('"4\\u0000"');
      expect(run.stdout).toBe('');
      expect(await readdir(run.cwd)).toEqual([]);
    });

    it("reads Excel's Windows-1252 CSV and UTF-16 'Unicode text', saying which encoding it used", async () => {
      const latin = await cli(
        'render coverage -o x.svg --data',
        join(ROOT, 'tests/fixtures/responses-latin1.csv'),
      );
      expect(latin.code).toBe(0);
      expect(latin.stderr).toMatch(
        /^yhdyspinta: read .*responses-latin1\.csv as Windows-1252 text\.\n$/,
      );
      const file = join(dir, 'unicode.txt');
      const tsv = 'Kunta\tKohta\tArvio\r\nIngå\tws-1\t4\r\n';
      await writeFile(
        file,
        Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(tsv, 'utf16le')]),
      );
      const unicode = await cli('render coverage -o x.svg --data', file);
      expect(unicode.code).toBe(0);
      expect(unicode.stderr).toMatch(/as UTF-16LE text\.\n$/);
      expect(await readFile(join(unicode.cwd, 'x.svg'), 'utf8')).toContain('1/10 kuntaa');
    });

    it('reports a data file that is not valid JSON', async () => {
      const file = join(dir, 'broken.json');
      await writeFile(file, '{ "Espoo": { "ws-1": 4 }, }');
      const run = await cli('render coverage -o x.png --data', file);
      expect(run.code).toBe(1);
      // The importer's whole-input error, in the command's language (fi by default).
      expect(run.stderr).toMatch(/^yhdyspinta: error: The data file ".*broken\.json" has 1 error/);
      expect(run.stderr).toMatch(/tiedostoa ei voi lukea \(.*JSON/);
      expect(await readdir(run.cwd)).toEqual([]);
    });

    it('leaves an existing output file untouched when the render fails', async () => {
      const cwd = join(dir, 'existing');
      await mkdir(cwd);
      await writeFile(join(cwd, 'goals.png'), 'old');
      const run = await exec(['render', 'goal-bars', '-o', 'goals.png', '--data', BROKEN], cwd);
      expect(run.code).toBe(1);
      expect(await readdir(cwd)).toEqual(['goals.png']);
      expect(await readFile(join(cwd, 'goals.png'), 'utf8')).toBe('old');
    });

    it('--help lists the charts and presets', async () => {
      const run = await cli('render --help');
      expect(run.code).toBe(0);
      for (const name of [...CHART_NAMES, ...PRESET_NAMES]) expect(run.stdout).toContain(name);
    });
  },
);
