// The yhdyspinta CLI end to end, its failures: every one must exit non-zero with a message and leave no
// file behind, not even a temporary one (bundled once for the file, run with plain node in parallel).
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHART_NAMES, PRESET_NAMES } from '@yhdyspinta/charts/static';
import { BROKEN, cli, exec, ROOT, TIMEOUT, tempDir, useRenderCli } from '../support/cliRender';

useRenderCli();

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
        'a missing data file, in Finnish by default',
        'render goal-bars -d missing.csv -o x.png',
        /Datatiedosto "missing\.csv" ei ole olemassa tai se ei ole tiedosto\./,
        1,
      ],
      [
        'a missing data file, in English with -l en',
        'render goal-bars -l en -d missing.csv -o x.png',
        /The data file "missing\.csv" does not exist or is not a file\./,
        1,
      ],
      [
        'a data file of another type, in Swedish with -l sv',
        'render goal-bars -l sv -d results.ods -o x.png',
        /Datafilen "results\.ods" ska vara CSV \(\.csv, \.tsv, \.txt\), JSON \(\.json\) eller Excel/,
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
      // The summary in the command's language (Finnish by default), the errors under it.
      expect(run.stderr).toContain('on virheitä: 2; hylättyjä rivejä 2/3. Korjaa virheet');
      // The importer's messages are Finnish by default (the data package's locale option).
      expect(run.stderr).toMatch(/Rivi 3, sarake "Kunta": .*Atlantis/);
      expect(run.stderr).toMatch(/Rivi 4, sarake "Arvio": .*9/);
      expect(await readdir(run.cwd)).toEqual([]);
      const en = await cli('render goal-bars -l en -o x.svg --data', BROKEN);
      expect(en.stderr).toContain('has 2 error(s); 2 of 3 rows rejected. Fix them and try again:');
      expect(en.stderr).toMatch(/Line 3, column "Kunta": .*Atlantis/);
    });

    it('never prints a control or invisible character of the file raw to the terminal', async () => {
      const file = join(tempDir(), 'hostile.csv');
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
      const file = join(tempDir(), 'unicode.txt');
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
      const file = join(tempDir(), 'broken.json');
      await writeFile(file, '{ "Espoo": { "ws-1": 4 }, }');
      const run = await cli('render coverage -o x.png --data', file);
      expect(run.code).toBe(1);
      // The importer's whole-input error, in the command's language (fi by default).
      expect(run.stderr).toMatch(
        /^yhdyspinta: error: Datatiedostossa ".*broken\.json" on virheitä: 1;/,
      );
      expect(run.stderr).toMatch(/tiedostoa ei voi lukea \(.*JSON/);
      expect(await readdir(run.cwd)).toEqual([]);
    });

    it('leaves an existing output file untouched when the render fails', async () => {
      const cwd = join(tempDir(), 'existing');
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
