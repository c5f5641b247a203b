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
        'an unknown chart, in Finnish by default',
        'render pie --out x.png',
        /Tuntematon kaavio "pie"\. Kaaviot: goal-bars, /,
        2,
      ],
      [
        'an unknown preset, in English with -l en',
        'render goal-bars -l en -p poster -o x.png',
        /Unknown preset "poster"\. Presets: slide-16x9, /,
        2,
      ],
      [
        'an unsupported locale, said in Finnish',
        'render goal-bars -l de -o x.png',
        /Tuntematon kieli "de"\. Valitse fi, sv tai en \(tai esim\. sv-FI\)/,
        2,
      ],
      [
        'a wrong output extension, in Swedish with --locale=sv-FI',
        'render goal-bars --locale=sv-FI --out x.jpg',
        /Utdatafilen "x\.jpg" ska sluta på \.svg, \.png, \.pptx eller \.pdf\./,
        2,
      ],
      [
        'an extension unlike --format',
        'render goal-bars -f png -o x.svg',
        /Tulostiedoston "x\.svg" pääte on oltava \.png\./,
        2,
      ],
      ['no --out', 'render goal-bars', /Anna tulostiedosto valitsimella --out/, 2],
      ['no --out, in English', 'render goal-bars -len', /Give the output file with --out/, 2],
      [
        'an unknown option',
        'render goal-bars --colour red -o x.png',
        /Tuntematon valitsin --colour\./,
        2,
      ],
      ['no command', '', /Komento puuttuu\./, 2],
      [
        'an option without its value',
        'render goal-bars -l sv --out',
        /Flaggan --out behöver ett värde\./,
        2,
      ],
      [
        'a value for a switch',
        'validate x.csv --json=yes',
        /Valitsimelle --json ei anneta arvoa\./,
        2,
      ],
      [
        'a --fit that is not one',
        'render goal-bars -o x.png --fit squeeze',
        /Tuntematon --fit "squeeze"\. Valitse error tai shrink\./,
        2,
      ],
      [
        'a missing output directory',
        'render goal-bars -o no-such-dir/x.png',
        /Tuloskansiota "no-such-dir" ei ole\./,
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
      expect(run.stderr).toMatch(/^yhdyspinta: (virhe|fel|error): /);
      expect(run.stderr).toMatch(message);
      // A bad command line ends with where the help is, in the same language.
      if (code === 2) expect(run.stderr).toMatch(/(Ohjeet: |Hjälp: |Run "yhdyspinta --help").*\n$/);
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
        /^yhdyspinta: .*responses-latin1\.csv luettiin Windows-1252-tekstinä\.\n$/,
      );
      const file = join(tempDir(), 'unicode.txt');
      const tsv = 'Kunta\tKohta\tArvio\r\nIngå\tws-1\t4\r\n';
      await writeFile(
        file,
        Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(tsv, 'utf16le')]),
      );
      const unicode = await cli('render coverage -o x.svg --data', file);
      expect(unicode.code).toBe(0);
      expect(unicode.stderr).toMatch(/luettiin UTF-16LE-tekstinä\.\n$/);
      expect(await readFile(join(unicode.cwd, 'x.svg'), 'utf8')).toContain('1/10 kuntaa');
    });

    it('reports a data file that is not valid JSON', async () => {
      const file = join(tempDir(), 'broken.json');
      await writeFile(file, '{ "Espoo": { "ws-1": 4 }, }');
      const run = await cli('render coverage -o x.png --data', file);
      expect(run.code).toBe(1);
      // The importer's whole-input error, in the command's language (fi by default).
      expect(run.stderr).toMatch(
        /^yhdyspinta: virhe: Datatiedostossa ".*broken\.json" on virheitä: 1;/,
      );
      // Where the parser stopped: the trailing comma's "}" (line 1, character 27).
      expect(run.stderr).toMatch(
        /tiedosto ei ole kelvollista JSONia rivillä 1, merkissä 27 \(.*JSON/,
      );
      expect(await readdir(run.cwd)).toEqual([]);
    });

    it('says what the chart needs when its --chart-data has nothing to draw, in the language', async () => {
      const file = join(tempDir(), 'empty-goals.json');
      await writeFile(file, '{ "groups": [] }');
      const [fi, en] = await Promise.all([
        cli('render goal-bars -o x.svg --chart-data', file),
        cli('render goal-bars -l en -o x.svg --chart-data', file),
      ]);
      expect(fi.code).toBe(1);
      expect(fi.stderr).toMatch(
        /^yhdyspinta: virhe: Kaavion datatiedostossa ".*empty-goals\.json" ei ole mitään piirrettävää kaaviolle goal-bars: se tarvitsee vähintään yhden tavoitteen, jonka keskiarvo on asteikolla 1–5/,
      );
      expect(en.stderr).toMatch(
        /nothing to draw for goal-bars: it needs at least one goal with a mean on 1–5/,
      );
      expect(await readdir(fi.cwd)).toEqual([]);
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
